/**
 * What the UN stock import takes from a table (scripts/undesa.ts), on a small made-up table: the threshold in
 * any year, "elsewhere" as the rest so each origin's rows add up to its total, pairs of the five once, `..` not
 * invented, and an unknown country above the threshold stopping the import by name.
 */
import { describe, expect, it } from 'vitest';
import { planImport, TABLE } from '../../scripts/undesa.ts';

const FIVE = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
const ORIGINS = [...FIVE, 'Germany', 'Tonga'];
const DESTS = [...FIVE, 'Russian Federation', 'Germany', 'Tonga'];
/** A table: `cells[year][dest][origin]`, everything else empty. */
function table(cells: Record<number, Record<string, Record<string, string>>>): string {
  const lines = [['Year', 'Dest', ...ORIGINS].join(',')];
  for (const year of [1990, 2019])
    for (const dest of DESTS) lines.push([year, dest, ...ORIGINS.map((o) => cells[year]?.[dest]?.[o] ?? '')].join(','));
  return lines.join('\n');
}
const base = {
  1990: {
    'Russian Federation': { Uzbekistan: '900000', Kazakhstan: '2000000' },
    Kazakhstan: { Uzbekistan: '3000', Germany: '20000' },
    Germany: { Uzbekistan: '..' },
    Tonga: { Uzbekistan: '100' },
    Uzbekistan: { Tonga: '10', Germany: '50000' },
  },
  2019: {
    'Russian Federation': { Uzbekistan: '1100000', Kazakhstan: '2000000' },
    Kazakhstan: { Uzbekistan: '6000', Germany: '15000' },
    Germany: { Uzbekistan: '40000' },
    Tonga: { Uzbekistan: '200' },
  },
};

describe('the UN stock import plan', () => {
  const plan = planImport(table(base));
  const rows = (origin: string) => plan.flows.filter((f) => f.origin === origin).map((f) => `${f.destination} ${f.year} ${f.migrants}`);

  it('keeps a partner at or above 5,000 people (or 1% of the total) in any year, every year of it, and sums the rest into elsewhere', () => {
    expect(plan.years).toEqual([1990, 2019]);
    // Kazakhstan: 3,000 in 1990 is below the threshold, 6,000 in 2019 is not: both years kept. Germany's ".." is not a 0.
    expect(rows('UZB').sort()).toEqual(
      ['DEU 2019 40000', 'KAZ 1990 3000', 'KAZ 2019 6000', 'RUS 1990 900000', 'RUS 2019 1100000', 'ZZZ 1990 100', 'ZZZ 2019 200'].sort(),
    );
    for (const year of plan.years) {
      const sum = plan.flows.filter((f) => f.origin === 'UZB' && f.year === year).reduce((a, f) => a + f.migrants, 0);
      expect(plan.totals.find((t) => t.country === 'UZB' && t.year === year)!.value, String(year)).toBe(sum);
    }
    const rest = plan.flows.find((f) => f.origin === 'UZB' && f.destination === 'ZZZ' && f.year === 2019)!;
    expect(rest.locator).toBe(`${TABLE}: origin Uzbekistan, 2019, the 5 destinations not listed separately, summed`);
    expect(plan.flows.find((f) => f.origin === 'UZB' && f.destination === 'RUS' && f.year === 1990)!.locator).toBe(
      `${TABLE}: destination Russian Federation, origin Uzbekistan, 1990`,
    );
  });

  it('imports both directions: people born anywhere living in the five, a pair of the five once, with each outside origin’s total', () => {
    expect(rows('DEU').sort()).toEqual(['KAZ 1990 20000', 'KAZ 2019 15000', 'UZB 1990 50000']);
    expect(plan.flows.filter((f) => f.origin === 'UZB' && f.destination === 'KAZ')).toHaveLength(2); // not again as Kazakhstan's inbound
    expect(plan.flows.find((f) => f.origin === 'ZZZ' && f.destination === 'UZB' && f.year === 1990)!.migrants).toBe(10); // Tonga's 10, summed
    expect(plan.totals.filter((t) => t.country === 'DEU').map((t) => [t.year, t.value])).toEqual([
      [1990, 70000],
      [2019, 15000],
    ]);
  });

  it('stops, naming it, when a country above the threshold has no ISO code yet; and when a column of the five is missing', () => {
    const big = structuredClone(base);
    (big[2019].Tonga as Record<string, string>).Uzbekistan = '90000';
    expect(() => planImport(table(big))).toThrow(/the UN's "Tonga" passes the import's threshold but has no ISO code/);
    expect(() => planImport(table(base).replace('Turkmenistan,Uzbekistan,Germany', 'Turkmenia,Uzbekistan,Germany'))).toThrow(
      'the UN table has no origin column "Turkmenistan"',
    );
    const bad = structuredClone(base);
    (bad[2019].Germany as Record<string, string>).Uzbekistan = 'many';
    expect(() => planImport(table(bad))).toThrow('not a number in the UN table: "many"');
  });
});
