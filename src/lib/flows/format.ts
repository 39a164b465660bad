/**
 * Numbers of migrants as a reader says them. Published figures keep their precision; derived ones are rounded
 * to three significant digits, since a share × total is no more precise than that.
 */
import type { FigureValue } from '../queries/figures.ts';
import { messages as m, fill } from '../i18n/index.ts';

/** 1_900_000 → "1.9 million", 800_000 → "800,000"; with `significant`, rounded first (1_333_800, 3 → "1.33 million"). */
export function formatMigrants(n: number, significant?: number): string {
  const v = significant ? roundSignificant(n, significant) : n;
  if (Math.abs(v) >= 1_000_000) {
    return fill(m.million, { value: new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(v / 1_000_000) });
  }
  return new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(v);
}

export function roundSignificant(n: number, digits: number): number {
  if (n === 0) return 0;
  const p = 10 ** (digits - Math.ceil(Math.log10(Math.abs(n))));
  return Math.round(n * p) / p;
}

/** A published figure with its qualifier: "more than 2 million", "about 800,000", "0.65–0.7 million". */
export function formatFigure(v: Pick<FigureValue, 'qualifier' | 'value' | 'value_max'>): string {
  if (v.value === undefined) return m.qualifier.not_available;
  return fill(m.qualifier[v.qualifier], { value: formatMigrants(v.value), max: v.value_max === undefined ? '' : formatMigrants(v.value_max) });
}

/** When a figure applies: its period, else its year, else "year not stated". */
export function figureWhen(v: Pick<FigureValue, 'period' | 'year'>): string {
  return v.period ?? (v.year !== undefined ? String(v.year) : m.flows.yearNotStated);
}
