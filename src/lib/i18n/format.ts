/**
 * Figures as a reader says them, in the reader's language: numbers of people ("1.9 million"), a value with its
 * qualifier and unit ("more than 2 million", "nearly 30% of GDP"), the span of several values, and when a
 * figure applies. Pure: the language comes in as an I18n.
 */
import { ELSEWHERE } from '../data/vocabulary.ts';
import type { Statistic } from '../data/schema.ts';
import type { I18n } from './index.ts';

/**
 * A number of people: 1,900,000 → "1.9 million", 486,100 → "486,100". Derived numbers pass `significant`: a
 * share × total is no more precise than three digits (1,333,800 → "1.33 million").
 */
export function formatAmount(n: number, t: I18n, significant?: number): string {
  const v = significant ? roundSignificant(n, significant) : n;
  if (Math.abs(v) >= 1_000_000) return t.m.million(t.locale.number(v / 1_000_000, 2));
  return t.locale.number(v);
}

export function roundSignificant(n: number, digits: number): number {
  if (n === 0) return 0;
  const p = 10 ** (digits - Math.ceil(Math.log10(Math.abs(n))));
  return Math.round(n * p) / p;
}

/** When a figure applies: its period, else its year, else "year not stated". */
export function figureWhen(v: Pick<Statistic, 'period' | 'year'>, t: I18n): string {
  return v.period ?? (v.year !== undefined ? String(v.year) : t.m.yearNotStated);
}

/** A share in per cent to one decimal; a share too small to show as 0.1% says so rather than "0%". */
export function formatShare(pct: number, t: I18n): string {
  return pct > 0 && pct < 0.05 ? t.m.shareBelow(t.locale.number(0.1)) : t.m.unit.percent(t.locale.number(pct));
}

/** A period or year as the flows give it. */
export const periodOf = (f: { period?: string; year: number }) => f.period ?? String(f.year);

/** A date the source does not print the year of: "24 Nov 2025 (year inferred)". */
export function formatDateInferred(date: string | undefined, inferred: boolean | undefined, t: I18n): string {
  const shown = t.locale.date(date);
  return inferred && shown ? t.m.dateInferred(shown) : shown;
}

export function yearOf(date: string | undefined): string {
  return date ? date.slice(0, 4) : '';
}

type Described = Pick<Statistic, 'value' | 'value_max' | 'qualifier' | 'unit'>;

/** A figure with its qualifier and unit, as the source states it: "more than 2 million", "nearly 30% of GDP". */
export function describeValue(s: Described, t: I18n): string {
  if (s.qualifier === 'not_available' || s.value === undefined) return t.m.qualifier.not_available('', '');
  const amount = (n: number) => (s.unit === 'persons' || s.unit === 'count' ? formatAmount(n, t) : t.locale.number(n));
  return t.m.unit[s.unit](t.m.qualifier[s.qualifier](amount(s.value), s.value_max === undefined ? '' : amount(s.value_max)));
}

/**
 * "800,000 – more than 1.2 million": the lowest and highest of several published values (a range's upper end
 * and "more than N" over "N" count as higher), or the one value when they all read the same.
 */
export function describeSpan(values: Described[], t: I18n): string {
  const stated = values.filter((v) => v.value !== undefined && v.qualifier !== 'not_available');
  if (!stated.length) return t.m.qualifier.not_available('', '');
  const top = (v: Described) => (v.value_max ?? v.value!) + (v.qualifier === 'more_than' ? 0.5 : 0);
  const low = stated.reduce((a, b) => (b.value! < a.value! ? b : a));
  const high = stated.reduce((a, b) => (top(b) > top(a) ? b : a));
  const [lo, hi] = [describeValue(low, t), describeValue(high, t)];
  return lo === hi ? lo : t.m.span({ low: lo, high: hi });
}

/** A flow's end as the reader reads it: a country's name, or "Elsewhere" for the partners summed (flows.csv's ZZZ). */
export const placeName = (c: { iso3: string; name: string }, t: I18n): string => (c.iso3 === ELSEWHERE ? t.m.elsewhere : c.name);
