/**
 * The seed documents' tables, re-read from ../shared/seeds/ and reproduced from data/: every number and row
 * in them must be in the dataset with its source and a locator pointing at the table. Without the seeds folder
 * (a checkout on its own) the comparison is skipped, and says so; where REQUIRE_SHARED=1 (CI, which has them
 * beside the project: .ci/run), a missing folder fails instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../unit/helpers.ts';

const SEEDS = resolve(process.env.SEEDS_DIR || join(process.cwd(), '../shared/seeds'));
const haveSeeds = existsSync(SEEDS);
if (!haveSeeds)
  console.warn(
    `\n*** SKIPPED: the seed-document comparison (tests/data/seed-tables.test.ts).\n` +
      `*** No seeds folder at ${SEEDS}${process.env.SEEDS_DIR ? ' (from SEEDS_DIR)' : ' (../shared/seeds beside the project)'}.\n` +
      `*** Put ../shared beside the project, or point at the folder: SEEDS_DIR=/path/to/seeds npx vitest run\n`,
  );

it.runIf(!haveSeeds && process.env.REQUIRE_SHARED === '1')('finds the seeds folder where it is required (REQUIRE_SHARED=1)', () => {
  expect.fail(`no seeds folder at ${SEEDS}: CI must compare the dataset with the seed documents`);
});

const data = realDataset();
const iso3 = new Map(data.countries.map((c) => [c.name, c.iso3]));

function seed(file: string): string {
  const path = join(SEEDS, file);
  if (!existsSync(path)) throw new Error(`seed document ${path} not found in ${SEEDS} (set SEEDS_DIR to the folder that holds it)`);
  return readFileSync(path, 'utf8');
}

/** The tab-separated rows of the table whose caption starts with `caption`, without its header row. */
function table(text: string, caption: string): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(caption));
  expect(start, caption).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.includes('\t')) rows.push(line.split('\t').map((c) => c.trim()));
    else if (rows.length) break;
  }
  return rows.slice(1);
}

const amount = (s: string) => {
  const m = s.match(/^([\d.,]+)\s*(million)?/)!;
  return Number(m[1]!.replaceAll(',', '')) * (m[2] ? 1_000_000 : 1);
};

describe.skipIf(!haveSeeds)('Asadov 2024 (000_35119cf0bd49671d.txt)', () => {
  const text = haveSeeds ? seed('000_35119cf0bd49671d.txt') : '';
  const cited = (indicator: string, country: string, locator: string) =>
    data.statistics.filter((s) => s.source_id === 'asadov-2024' && s.indicator === indicator && s.country_iso3 === country && s.locator === locator);

  it('Table 1, remittances as % of GDP (2022), row by row', () => {
    const rows = table(text, '**Table 1:**');
    expect(rows).toHaveLength(5);
    for (const [name, cell] of rows) {
      const [s] = cited('remittances_pct_gdp', iso3.get(name!)!, `Table 1, row ${name}`);
      expect(s, name).toBeDefined();
      expect(s!.year).toBe(2022);
      if (cell === 'N/A') expect(s!.qualifier).toBe('not_available');
      else expect([s!.value, s!.unit]).toEqual([Number(cell!.replace('%', '')), 'percent_of_gdp']);
    }
  });

  it('Table 2, labour migrants (2021), row by row, Kazakhstan as a receiving country', () => {
    const rows = table(text, '**Table 2:**');
    expect(rows).toHaveLength(5);
    for (const [name, cell] of rows) {
      const indicator = cell!.includes('(receiving)') ? 'labour_migrants_hosted' : 'labour_migrants_abroad';
      const [s] = cited(indicator, iso3.get(name!)!, `Table 2, row ${name}`);
      expect(s, name).toBeDefined();
      expect([s!.value, s!.year, s!.unit]).toEqual([amount(cell!), 2021, 'persons']);
    }
  });

  it('Table 4, bilateral agreements, row by row', () => {
    const rows = table(text, '**Table 4:**');
    expect(rows).toHaveLength(6);
    // Rows that describe an agreement documented elsewhere were merged into its row (issue 16), whose note
    // names the table row and keeps the paper's year; the others stand as the paper gives them.
    const rowRef = (n: number) => new RegExp(`Table 4, rows? (\\d+ and )?${n}\\b|Table 4, rows? ${n} and`);
    rows.forEach(([country, partner, provisions, year], i) => {
      const own = data.agreements.find((r) => r.source_id === 'asadov-2024' && r.locator.startsWith(`Table 4, row ${i + 1}`));
      const merged = data.agreements.find((r) => (r.source_id !== 'asadov-2024' || r.corroborated_by ? rowRef(i + 1).test(r.note ?? '') : false));
      const a = own ?? merged;
      expect(a, `row ${i + 1}`).toBeDefined();
      expect([...a!.parties].sort()).toEqual([iso3.get(country!), iso3.get(partner!)].sort());
      if (own) {
        expect([own.provisions, own.signed]).toEqual([provisions, year]);
        expect(own.corroboration, `row ${i + 1}: a table the paper calls illustrative`).not.toBe('confirmed');
      } else expect(merged!.signed?.startsWith(year!) || merged!.note!.includes(year!), `row ${i + 1}: the paper's year ${year}`).toBe(true);
    });
  });
});

describe.skipIf(!haveSeeds)('Kamilov 2025 (001_ac8ea4f449177cb6.txt)', () => {
  const text = haveSeeds ? seed('001_ac8ea4f449177cb6.txt').replace(/\s+/g, ' ') : '';

  it('destination shares of Uzbek labour migrants', () => {
    const list = text.match(/namely (Russia \([\d.]+%\).*?United Arab Emirates \([\d.]+%\))/)![1]!;
    const shares = [...list.matchAll(/([A-Z][A-Za-z ]+?) \(([\d.]+)%\)/g)].map(([, name, pct]) => [name!.replace(/^and /, '').trim(), Number(pct)]);
    expect(shares).toHaveLength(7);
    const alias: Record<string, string> = { Korea: 'KOR' };
    for (const [name, pct] of shares) {
      const dest = alias[name as string] ?? iso3.get(name as string);
      const f = data.flows.find((r) => r.origin_iso3 === 'UZB' && r.destination_iso3 === dest && r.source_id === 'kamilov-2025');
      expect(f?.share_pct, name as string).toBe(pct);
    }
  });

  it('sectors of employment abroad', () => {
    const list = text.match(/such as (construction \([\d.]+%\).*?trade \([\d.]+%\))/)![1]!;
    for (const [, sector, pct] of list.matchAll(/(\w+) \(([\d.]+)%\)/g)) {
      const s = data.statistics.find((r) => r.indicator === `migrant_sector_${sector}_pct` && r.source_id === 'kamilov-2025');
      expect(s?.value, sector).toBe(Number(pct));
    }
  });

  it('employment figures and migrants abroad at the end of 2024', () => {
    const value = (indicator: string, year?: number) =>
      data.statistics.find(
        (r) => r.country_iso3 === 'UZB' && r.indicator === indicator && r.source_id === 'kamilov-2025' && (year === undefined || r.year === year),
      )?.value;
    expect(text).toContain('5.8 percent by the end of 2024');
    expect(value('unemployment_rate', 2024)).toBe(5.8);
    expect(text).toContain('6.8 percent in 2023');
    expect(value('unemployment_rate', 2023)).toBe(6.8);
    expect(text).toContain('14 million 213 thousand');
    expect(value('employed_persons')).toBe(14_213_000);
    expect(text).toContain('1.9 million citizens were engaged in foreign employment');
    expect(value('labour_migrants_abroad', 2024)).toBe(1_900_000);
    expect(text).toContain('486.1 thousand');
    expect(value('departures_for_work')).toBe(486_100);
  });
});

describe.skipIf(!haveSeeds)('every seed document', () => {
  it('is cited by at least one source row, and every seed file named in sources exists', () => {
    const named = data.sources.filter((s) => s.seed_file).map((s) => s.seed_file!);
    for (const f of named) expect(seed(f).length, f).toBeGreaterThan(1000);
    expect(new Set(named).size).toBe(5);
  });
});
