/**
 * A language's way with numbers, dates, lists, plurals and sorting, all through `Intl`: one object per
 * language, made once. Dates stay as precise as the source gives them ("2021", "Oct 2024", "30 Apr 2021").
 */

/** Text for each plural category the language uses (Intl.PluralRules decides which); `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type Locale = {
  /** The BCP 47 tag `Intl` formats with. */
  tag: string;
  /** 70.2 → "70.2", 13 → "13" (at most `maxFractionDigits`, 1 unless given). */
  number(n: number, maxFractionDigits?: number): string;
  /** 100,000 → "100k": for scale labels. */
  compact(n: number): string;
  /** A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD. */
  date(partial: string | undefined): string;
  /** ["a", "b", "c"] → "a, b and c". */
  list(items: string[]): string;
  /** The same list in parts, for items that are links or buttons: each item's index, and the words between. */
  listParts(count: number): ({ item: number } | { text: string })[];
  /** The form of `forms` for `n`. */
  plural(n: number, forms: PluralForms): string;
  /** For sorting names. */
  compare(a: string, b: string): number;
};

export function createLocale(tag: string): Locale {
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) =>
    numbers.get(digits) ?? numbers.set(digits, new Intl.NumberFormat(tag, { maximumFractionDigits: digits })).get(digits)!;
  const compact = new Intl.NumberFormat(tag, { notation: 'compact' });
  const utc = { timeZone: 'UTC' } as const;
  const day = new Intl.DateTimeFormat(tag, { ...utc, day: 'numeric', month: 'short', year: 'numeric' });
  const month = new Intl.DateTimeFormat(tag, { ...utc, month: 'short', year: 'numeric' });
  const list = new Intl.ListFormat(tag, { type: 'conjunction' });
  const plurals = new Intl.PluralRules(tag);
  const collator = new Intl.Collator(tag);
  return {
    tag,
    number: (n, digits = 1) => numberFormat(digits).format(n),
    compact: (n) => compact.format(n),
    date(partial) {
      if (!partial) return '';
      const [y, m, d] = partial.split('-').map(Number);
      if (m === undefined) return String(y);
      const at = new Date(Date.UTC(y!, m - 1, d ?? 1));
      return (d === undefined ? month : day).format(at);
    },
    list: (items) => list.format(items),
    listParts(count) {
      let item = 0; // the list keeps its items' order
      return list.formatToParts(Array.from({ length: count }, () => '·')).map((p) => (p.type === 'element' ? { item: item++ } : { text: p.value }));
    },
    plural: (n, forms) => forms[plurals.select(n)] ?? forms.other,
    compare: (a, b) => collator.compare(a, b),
  };
}
