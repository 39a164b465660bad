/** Display formatting for dates and numbers as the sources give them (partial dates stay partial). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021" → "2021", "2024-10" → "Oct 2024", "2021-04-30" → "30 Apr 2021". */
export function formatDate(date: string | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A date whose year the source does not print: "24 Nov 2025 (year inferred)". */
export function formatDateInferred(date: string | undefined, inferred: boolean | undefined, m: { dateInferred: string }): string {
  const shown = formatDate(date);
  return inferred && shown ? m.dateInferred.replace('{date}', shown) : shown;
}

export function yearOf(date: string | undefined): string {
  return date ? date.slice(0, 4) : '';
}

/** 70.2 → "70.2", 0.4 → "0.4", 13 → "13". */
export function formatNumber(n: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
}

import type { Statistic } from './data/schema.ts';
import { fill } from './i18n/index.ts';
import type { Messages } from './i18n/en.ts';

/**
 * A number of people as a reader says it: 1,900,000 → "1.9 million", 486,100 → "486,100". Derived numbers
 * pass `significant`: a share × total is no more precise than three digits (1,333,800 → "1.33 million").
 */
export function formatAmount(n: number, m: Messages, significant?: number, locale = 'en'): string {
  const v = significant ? roundSignificant(n, significant) : n;
  if (Math.abs(v) >= 1_000_000) return fill(m.million, { value: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v / 1_000_000) });
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v);
}

export function roundSignificant(n: number, digits: number): number {
  if (n === 0) return 0;
  const p = 10 ** (digits - Math.ceil(Math.log10(Math.abs(n))));
  return Math.round(n * p) / p;
}

/** When a figure applies: its period, else its year, else "year not stated". */
export function figureWhen(v: Pick<Statistic, 'period' | 'year'>, m: Messages): string {
  return v.period ?? (v.year !== undefined ? String(v.year) : m.yearNotStated);
}

/** A figure with its qualifier and unit, as the source states it: "more than 2 million", "nearly 30% of GDP". */
export function describeValue(s: Pick<Statistic, 'value' | 'value_max' | 'qualifier' | 'unit'>, m: Messages, locale = 'en'): string {
  if (s.qualifier === 'not_available' || s.value === undefined) return m.qualifier.not_available;
  const amount = (n: number) => (s.unit === 'persons' || s.unit === 'count' ? formatAmount(n, m, undefined, locale) : formatNumber(n, locale));
  const qualified = fill(m.qualifier[s.qualifier], { value: amount(s.value), max: s.value_max === undefined ? '' : amount(s.value_max) });
  return fill(m.unit[s.unit], { value: qualified });
}

type Described = Pick<Statistic, 'value' | 'value_max' | 'qualifier' | 'unit'>;

/**
 * "800,000 – more than 1.2 million": the lowest and highest of several published values (a range's upper end
 * and "more than N" over "N" count as higher), or the one value when they all read the same.
 */
export function describeSpan(values: Described[], m: Messages, locale = 'en'): string {
  const stated = values.filter((v) => v.value !== undefined && v.qualifier !== 'not_available');
  if (!stated.length) return m.qualifier.not_available;
  const top = (v: Described) => (v.value_max ?? v.value!) + (v.qualifier === 'more_than' ? 0.5 : 0);
  const low = stated.reduce((a, b) => (b.value! < a.value! ? b : a));
  const high = stated.reduce((a, b) => (top(b) > top(a) ? b : a));
  const [lo, hi] = [describeValue(low, m, locale), describeValue(high, m, locale)];
  return lo === hi ? lo : `${lo} – ${hi}`;
}
