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
