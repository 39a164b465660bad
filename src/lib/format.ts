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

/** A number as a reader says it: 1,900,000 → "1.9 million", 486,100 → "486,100", 12 → "12". */
export function formatAmount(n: number, m: Messages, locale = 'en'): string {
  if (Math.abs(n) >= 1_000_000) return fill(m.million, { value: formatNumber(n / 1_000_000, locale) });
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
}

/** A figure with its qualifier and unit, as the source states it: "more than 2 million", "nearly 30% of GDP". */
export function describeValue(s: Pick<Statistic, 'value' | 'value_max' | 'qualifier' | 'unit'>, m: Messages, locale = 'en'): string {
  if (s.qualifier === 'not_available' || s.value === undefined) return m.qualifier.not_available;
  const amount = (n: number) => (s.unit === 'persons' || s.unit === 'count' ? formatAmount(n, m, locale) : formatNumber(n, locale));
  const qualified = fill(m.qualifier[s.qualifier], { value: amount(s.value), max: s.value_max === undefined ? '' : amount(s.value_max) });
  return fill(m.unit[s.unit], { value: qualified });
}
