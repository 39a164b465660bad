/**
 * The UN's migrant stock in data/, checked against the shared file itself (../shared/data/undesa-ims-2019/):
 * every imported number is the table's, each Central Asian state's rows (with "elsewhere") add up to its
 * total, nothing at or above the threshold is missing, and the totals are the table's sums. Without the shared
 * folder the check is skipped, loudly (REQUIRE_SHARED=1, as in CI, makes that a failure).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CENTRAL_ASIA, MIN_PEOPLE, MIN_SHARE, SOURCE_ID, UN_NAMES } from '../../scripts/undesa.ts';
import { realDataset } from '../unit/helpers.ts';

const FILE = resolve(process.env.UNDESA_FILE || join(process.cwd(), '../shared/data/undesa-ims-2019/UN_MigrantStockByOriginAndDestination_2019.csv'));
const have = existsSync(FILE);
if (!have)
  console.warn(`\n*** SKIPPED: the UN migrant stock check (tests/data/undesa.test.ts): no file at ${FILE} (UNDESA_FILE points at another).\n`);

it.runIf(!have && process.env.REQUIRE_SHARED === '1')('finds the UN table where it is required (REQUIRE_SHARED=1)', () => {
  expect.fail(`no UN table at ${FILE}: CI must check the imported stock against it`);
});

describe.skipIf(!have)('the UN migrant stock in data/', () => {
  const table = csvParse(have ? readFileSync(FILE, 'utf8') : 'Year,Dest\n');
  const nameOf = new Map(Object.entries(UN_NAMES).map(([name, iso3]) => [iso3, name]));
  const value = (origin: string, dest: string, year: number) => {
    const raw = table.find((r) => r.Year === String(year) && r.Dest === dest)?.[origin];
    return raw === undefined || raw === '..' || raw === '' ? null : Number(raw.replace(/[\s,]/g, ''));
  };
  const data = realDataset();
  const flows = data.flows.filter((f) => f.source_id === SOURCE_ID);
  const years = [...new Set(table.map((r) => Number(r.Year)))];
  const destinations = [...new Set(table.map((r) => r.Dest!))];
  const origins = table.columns.filter((c) => c !== 'Year' && c !== 'Dest');
  const columnTotal = (origin: string, year: number) => destinations.reduce((s, d) => s + (value(origin, d, year) ?? 0), 0);
  const rowTotal = (dest: string, year: number) => origins.reduce((s, o) => s + (value(o, dest, year) ?? 0), 0);

  it('imports every year of the table, each row as the UN gives it, with the table, both ends and the year in its locator', () => {
    expect(new Set(flows.map((f) => f.year))).toEqual(new Set(years));
    const named = flows.filter((f) => f.origin_iso3 !== 'ZZZ' && f.destination_iso3 !== 'ZZZ');
    expect(named.length).toBeGreaterThan(500);
    for (const f of named) {
      const [o, d] = [nameOf.get(f.origin_iso3)!, nameOf.get(f.destination_iso3)!];
      expect(f.migrants, `${o} → ${d}, ${f.year}`).toBe(value(o, d, f.year));
      expect(f.basis).toBe('born_in_origin');
      expect(f.share_pct).toBeUndefined(); // shares are computed from the counts, and say so
      expect(f.locator).toContain(`destination ${d}, origin ${o}, ${f.year}`);
    }
  });

  it('adds up: each state’s emigrants and immigrants, rows and "elsewhere", are the table’s totals', () => {
    for (const [name, iso3] of Object.entries(CENTRAL_ASIA))
      for (const y of years) {
        const out = flows.filter((f) => f.origin_iso3 === iso3 && f.year === y).reduce((s, f) => s + f.migrants!, 0);
        expect(out, `born in ${name}, ${y}`).toBe(columnTotal(name, y));
        const inb = flows.filter((f) => f.destination_iso3 === iso3 && f.year === y).reduce((s, f) => s + f.migrants!, 0);
        expect(inb, `living in ${name}, ${y}`).toBe(rowTotal(name, y));
      }
  });

  it('leaves no destination of the five out that holds 5,000 people or 1% of its origin’s total in some year', () => {
    const imported = new Set(flows.map((f) => `${f.origin_iso3}|${f.destination_iso3}|${f.year}`));
    for (const [name, iso3] of Object.entries(CENTRAL_ASIA))
      for (const d of destinations) {
        const big = years.some((y) => (value(name, d, y) ?? 0) > 0 && value(name, d, y)! >= Math.min(MIN_PEOPLE, MIN_SHARE * columnTotal(name, y)));
        if (!big) continue;
        for (const y of years) if (value(name, d, y) !== null) expect(imported.has(`${iso3}|${UN_NAMES[d]}|${y}`), `${name} → ${d}, ${y}`).toBe(true);
      }
  }, 60_000); // reads the UN's table cell by cell: seconds on a busy machine

  it('keeps each origin’s total abroad, the base of its shares, as the table’s sum', () => {
    const totals = data.statistics.filter((s) => s.source_id === SOURCE_ID && s.indicator === 'born_in_origin_abroad');
    const origins = new Set(flows.map((f) => f.origin_iso3).filter((o) => o !== 'ZZZ'));
    expect(new Set(totals.map((t) => t.country_iso3))).toEqual(origins);
    for (const t of totals) expect(t.value, `${t.country_iso3} ${t.year}`).toBe(columnTotal(nameOf.get(t.country_iso3)!, t.year!));
    expect(totals.find((t) => t.country_iso3 === 'KAZ' && t.year === 2019)?.value).toBe(4_005_731); // as the table's README checked it
  });
});
