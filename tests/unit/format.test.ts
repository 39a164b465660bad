import { describe, expect, it } from 'vitest';
import { describeSpan, describeValue, formatAmount, formatDate, formatDateInferred } from '../../src/lib/format.ts';
import { en } from '../../src/lib/i18n/en.ts';

describe('format', () => {
  it('spans several published values from the lowest to the highest, "more than N" above "N"', () => {
    const p = (value: number, qualifier: 'exact' | 'about' | 'more_than' = 'exact') => ({ value, qualifier, unit: 'persons' as const });
    expect(describeSpan([p(1_200_000, 'more_than'), p(800_000, 'about'), p(800_000)], en)).toBe('about 800,000 – more than 1.2 million');
    expect(describeSpan([p(1_000_000, 'about'), p(1_000_000, 'more_than')], en)).toBe('about 1 million – more than 1 million');
    expect(describeSpan([p(50_000, 'about'), p(50_000, 'about')], en)).toBe('about 50,000');
    expect(describeSpan([{ qualifier: 'not_available', unit: 'persons' }], en)).toBe('not available');
  });

  it('says figures the way the sources state them', () => {
    expect(describeValue({ value: 2_000_000, qualifier: 'more_than', unit: 'persons' }, en)).toBe('more than 2 million');
    expect(describeValue({ value: 1_900_000, qualifier: 'exact', unit: 'persons' }, en)).toBe('1.9 million');
    expect(describeValue({ value: 800_000, qualifier: 'about', unit: 'persons' }, en)).toBe('about 800,000');
    expect(describeValue({ value: 30, qualifier: 'nearly', unit: 'percent_of_gdp' }, en)).toBe('nearly 30% of GDP');
    expect(describeValue({ value: 650_000, value_max: 700_000, qualifier: 'range', unit: 'persons' }, en)).toBe('650,000–700,000');
    expect(describeValue({ value: undefined, qualifier: 'not_available', unit: 'percent_of_gdp' }, en)).toBe('not available');
    expect(describeValue({ value: 100, qualifier: 'fewer_than', unit: 'count' }, en)).toBe('fewer than 100');
  });

  it('formats partial dates as partial dates', () => {
    expect(formatDate('2021')).toBe('2021');
    expect(formatDate('2024-10')).toBe('Oct 2024');
    expect(formatDate('2021-04-30')).toBe('30 Apr 2021');
    expect(formatAmount(486_100, en)).toBe('486,100');
  });
});

describe('inferred dates', () => {
  it('say so', () => {
    expect(formatDateInferred('2025-11-24', true, en)).toBe('24 Nov 2025 (year inferred)');
    expect(formatDateInferred('2025-11-24', undefined, en)).toBe('24 Nov 2025');
    expect(formatDateInferred(undefined, true, en)).toBe('');
  });
});
