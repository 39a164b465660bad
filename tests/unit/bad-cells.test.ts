/**
 * Bad input never half-loads: every cell of every CSV of the fixture dataset (tests/fixtures/data, which has a
 * value in every column somewhere) is tried with nonsense (and, where a cell has a value, with nothing). The
 * loader either names that file, row and field, or the column is one that holds free text, listed here, so
 * loosening a schema fails this test.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { loadDataset } from '../../src/lib/data/load.ts';
import { DataError } from '../../src/lib/data/csv.ts';
import { FILES } from '../../src/lib/data/schema.ts';
import { FIXTURE_DIR, fixtureWith, readFixture } from './helpers.ts';

/** Columns where any text is a valid value (titles, notes, citations, locators, free labels). */
const FREE_TEXT: Record<string, string[]> = {
  'agreements.csv': ['title', 'provisions', 'locator', 'note'],
  'countries.csv': ['name', 'anchor_place', 'locator'],
  'events.csv': ['title', 'locator', 'note'],
  'flows.csv': ['period', 'locator', 'note'],
  'instruments.csv': ['name', 'short_name', 'depositary', 'locator'],
  'laws.csv': ['title', 'number', 'locator', 'note'],
  'memberships.csv': ['locator', 'note'],
  'organisations.csv': ['org_name', 'short_name', 'locator'],
  'ratifications.csv': ['locator', 'note'],
  'sources.csv': ['short', 'citation', 'note'],
  'statistics.csv': ['period', 'attributed_to', 'locator', 'note'],
};

/** Columns that may be left empty (the first value in the column removed, the file still loads). */
const OPTIONAL: Record<string, string[]> = {
  'agreements.csv': ['date_inferred', 'note', 'provisions', 'signed'],
  'countries.csv': [],
  'events.csv': ['date_inferred', 'note', 'place_iso3'],
  'flows.csv': ['migrants', 'note', 'period'], // the first row with migrants also has a share; without share_pct a flow fails
  'instruments.csv': ['url'],
  'laws.csv': ['adopted', 'note', 'number'],
  'memberships.csv': ['note', 'since', 'until'], // checked: a record says whether it was checked (issue 16)
  'organisations.csv': ['founded', 'url'],
  'ratifications.csv': ['action', 'date', 'note'], // disputed and a record's checked always written out; signed where a UN treaty needs it
  'sources.csv': ['accessed', 'note', 'seed_file', 'url', 'year'],
  'statistics.csv': ['attributed_to', 'note', 'period', 'year'], // qualifier and value_max come as a pair
};

const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.csv'));

/**
 * The problems loading `file` raises with the cell at `row` (1 = first data row), `column` set to `value` (none
 * when it loads), and the line that row starts on (a quoted cell may span lines).
 */
function issuesWith(file: string, row: number, column: number, value: string) {
  const rows = csvParseRows(readFixture(file)!);
  rows[row]![column] = value;
  const line = csvFormatRows(rows.slice(0, row)).split('\n').length + 1;
  try {
    loadDataset(fixtureWith({ [file]: csvFormatRows(rows) }));
    return { line, issues: [] };
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return { line, issues: e.issues };
  }
}

describe('a bad cell is reported with its file, row and field', () => {
  it('tries every file the loader reads', () => {
    expect([...files].sort()).toEqual(
      Object.values(FILES)
        .map((f) => f.file)
        .sort(),
    );
  });

  for (const file of files) {
    it(file, () => {
      const [header, ...body] = csvParseRows(readFixture(file)!);
      const accepted: string[] = [];
      header!.forEach((name, column) => {
        const { line, issues } = issuesWith(file, 1, column, '@@ not a value @@');
        if (issues.length === 0) accepted.push(name);
        else
          expect(
            issues.some((i) => i.file === file && i.line === line && i.field === name),
            `${file} ${name}: ${issues.join('; ')}`,
          ).toBe(true);
      });
      expect(accepted.sort()).toEqual((FREE_TEXT[file] ?? []).sort());

      const emptied: string[] = [];
      header!.forEach((name, column) => {
        const row = body.findIndex((r) => r[column]) + 1;
        // The fixture gives every column a value somewhere, so that every column is tried empty too.
        expect(row, `${file} ${name}: empty in every row of the fixture`).toBeGreaterThan(0);
        const { line, issues } = issuesWith(file, row, column, '');
        if (issues.length === 0) emptied.push(name);
        else
          expect(
            issues.some((i) => i.file === file && i.line === line && (i.field === name || i.field === null)),
            `${file} ${name} empty: ${issues.join('; ')}`,
          ).toBe(true);
      });
      expect(emptied.sort()).toEqual((OPTIONAL[file] ?? []).sort());
    });
  }
});
