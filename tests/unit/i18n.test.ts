import { describe, expect, it } from 'vitest';
import { describeSpan, describeValue, formatAmount, formatDateInferred } from '../../src/lib/i18n/format.ts';
import { i18n, pickLanguage } from '../../src/lib/i18n/index.ts';
import { createLocale } from '../../src/lib/i18n/locale.ts';

const t = i18n('en');

describe('figures in words', () => {
  it('span several published values from the lowest to the highest, "more than N" above "N"', () => {
    const p = (value: number, qualifier: 'exact' | 'about' | 'more_than' = 'exact') => ({ value, qualifier, unit: 'persons' as const });
    expect(describeSpan([p(1_200_000, 'more_than'), p(800_000, 'about'), p(800_000)], t)).toBe('about 800,000 – more than 1.2 million');
    expect(describeSpan([p(1_000_000, 'about'), p(1_000_000, 'more_than')], t)).toBe('about 1 million – more than 1 million');
    expect(describeSpan([p(50_000, 'about'), p(50_000, 'about')], t)).toBe('about 50,000');
    expect(describeSpan([{ qualifier: 'not_available', unit: 'persons' }], t)).toBe('not available');
  });

  it('say figures the way the sources state them', () => {
    expect(describeValue({ value: 2_000_000, qualifier: 'more_than', unit: 'persons' }, t)).toBe('more than 2 million');
    expect(describeValue({ value: 1_900_000, qualifier: 'exact', unit: 'persons' }, t)).toBe('1.9 million');
    expect(describeValue({ value: 800_000, qualifier: 'about', unit: 'persons' }, t)).toBe('about 800,000');
    expect(describeValue({ value: 30, qualifier: 'nearly', unit: 'percent_of_gdp' }, t)).toBe('nearly 30% of GDP');
    expect(describeValue({ value: 650_000, value_max: 700_000, qualifier: 'range', unit: 'persons' }, t)).toBe('650,000–700,000');
    expect(describeValue({ value: undefined, qualifier: 'not_available', unit: 'percent_of_gdp' }, t)).toBe('not available');
    expect(describeValue({ value: 100, qualifier: 'fewer_than', unit: 'count' }, t)).toBe('fewer than 100');
    expect(formatAmount(486_100, t)).toBe('486,100');
  });

  it('say a date whose year is inferred, so', () => {
    expect(formatDateInferred('2025-11-24', true, t)).toBe('24 Nov 2025 (year inferred)');
    expect(formatDateInferred('2025-11-24', undefined, t)).toBe('24 Nov 2025');
    expect(formatDateInferred(undefined, true, t)).toBe('');
  });
});

describe('a locale', () => {
  it('formats partial dates as partial dates, day before month in English', () => {
    expect(t.locale.date('2021')).toBe('2021');
    expect(t.locale.date('2024-10')).toBe('Oct 2024');
    expect(t.locale.date('2021-04-30')).toBe('30 Apr 2021');
    expect(t.locale.date(undefined)).toBe('');
  });

  it('formats numbers, scale labels and lists', () => {
    expect(t.locale.number(70.25)).toBe('70.3');
    expect(t.locale.number(1_333_800 / 1e6, 2)).toBe('1.33');
    expect(t.locale.compact(100_000)).toBe('100K');
    expect(t.locale.compact(1_000_000)).toBe('1M');
    expect(t.locale.list(['Russia', 'Kazakhstan', 'Turkey'])).toBe('Russia, Kazakhstan and Turkey');
  });

  it('picks plural forms by the language’s rules (Russian has four)', () => {
    const ru = createLocale('ru');
    const forms = { one: 'one', few: 'few', many: 'many', other: 'other' };
    expect([1, 2, 5, 21, 1.5].map((n) => ru.plural(n, forms))).toEqual(['one', 'few', 'many', 'one', 'other']);
    expect(t.m.citedBy(1)).toBe('cited once');
    expect(t.m.citedBy(3)).toBe('cited 3 times (data rows and story steps)');
    expect(t.m.destinationsCount(1)).toBe('1 destination');
    expect(t.m.destinationsCount(7)).toBe('7 destinations');
  });

  it('sorts names by the language’s collation', () => {
    expect(['Uzbekistan', 'Afghanistan', 'Österreich'].sort(t.locale.compare)).toEqual(['Afghanistan', 'Österreich', 'Uzbekistan']);
  });
});

describe('choosing the language', () => {
  it('takes the link’s, else the first of the browser’s we have, else English', () => {
    expect(pickLanguage('en', ['ru-RU'])).toBe('en');
    expect(pickLanguage(null, ['xx', 'en-US'])).toBe('en');
    expect(pickLanguage(null, ['xx-YY'])).toBe('en');
    expect(pickLanguage(null, [])).toBe('en');
    // Only our languages: Object's own keys are not languages.
    expect(pickLanguage(null, ['constructor', 'toString-x', '__proto__', 'ru'])).toBe('ru');
  });
});
