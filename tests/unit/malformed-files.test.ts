/**
 * Malformed copies of every real data file, through the loader the build runs (the dataset plugin's loadAll with
 * its languages): a column missing or extra, a wrong value in a typed cell, an unknown id, a row given twice or cut
 * short, a quote never closed, bytes that are not UTF-8, an empty file. Each is refused as a whole (a DataError,
 * no dataset: nothing half-loads) with the file, the line and the field. A byte-order mark and Windows line
 * endings are what a spreadsheet saves: those load, to the same dataset with the same line numbers.
 * (bad-cells.test.ts tries every cell of the fixture; data-load.test.ts the cross-file rules.)
 */
import { describe, expect, it } from 'vitest';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { loadAll } from '../../src/lib/data/load.ts';
import { DataError, type DataIssue } from '../../src/lib/data/csv.ts';
import { TRANSLATED } from '../../scripts/vite-plugin-dataset.ts';
import { readReal, readWith } from './helpers.ts';

const load = (overrides: Record<string, string | undefined>) => loadAll(readWith(overrides), TRANSLATED);

/** Per file: a typed cell to spoil, a column naming another file's id, the column a repeated row is named by, a free-text column. */
const FILES: Record<string, { typed: string; foreign?: string; repeated: string; text: string }> = {
  'sources.csv': { typed: 'year', repeated: 'source_id', text: 'citation' }, // sources name no other file
  'countries.csv': { typed: 'anchor_lng', foreign: 'source_id', repeated: 'iso3', text: 'name' },
  'flows.csv': { typed: 'share_pct', foreign: 'destination_iso3', repeated: 'destination_iso3', text: 'locator' },
  'statistics.csv': { typed: 'value', foreign: 'country_iso3', repeated: 'indicator', text: 'locator' },
  'organisations.csv': { typed: 'founded', foreign: 'source_id', repeated: 'org_id', text: 'org_name' },
  'memberships.csv': { typed: 'since', foreign: 'org_id', repeated: 'status', text: 'locator' },
  'instruments.csv': { typed: 'adopted', foreign: 'source_id', repeated: 'instrument_id', text: 'name' },
  'ratifications.csv': { typed: 'date', foreign: 'instrument_id', repeated: 'source_id', text: 'locator' },
  'agreements.csv': { typed: 'signed', foreign: 'parties', repeated: 'agreement_id', text: 'title' },
  'laws.csv': { typed: 'adopted', foreign: 'country_iso3', repeated: 'law_id', text: 'title' },
  'events.csv': { typed: 'date', foreign: 'participants', repeated: 'event_id', text: 'title' },
  // A language's names: `table` names one of the translated tables, `id` a row of it.
  'i18n/ru.csv': { typed: 'table', foreign: 'id', repeated: 'id', text: 'text' },
  'i18n/uz.csv': { typed: 'table', foreign: 'id', repeated: 'id', text: 'text' },
};

/** The real file as rows, and back (no cell of the real data spans lines, so row n is on line n + 1). */
const rowsOf = (file: string) => csvParseRows(readReal(file)!);
const format = (rows: string[][]) => csvFormatRows(rows) + '\n';

/** The problems loading the real data with `file` replaced; fails unless the whole load is refused with a DataError. */
function refused(file: string, text: string): DataIssue[] {
  let error: unknown;
  try {
    load({ [file]: text });
  } catch (e) {
    error = e;
  }
  expect(error, `${file} loaded`).toBeInstanceOf(DataError);
  return (error as DataError).issues;
}

/** Expects an issue at `file`:`line` on `field`, and the message a reader sees to say so. */
function expectNamed(issues: DataIssue[], file: string, line: number, field: string | null) {
  const hit = issues.find((i) => i.file === file && i.line === line && i.field === field);
  expect(hit, `no issue at ${file}:${line} ${field} in:\n${issues.join('\n')}`).toBeDefined();
  expect(new DataError(issues).message).toContain(`data/${file}:${line}: ${field ?? ''}`.trimEnd());
  return hit!;
}

/** `text` encoded as UTF-8 with one byte of Windows-1252 (é, 0xE9) for each \u0007, then decoded as the build reads files. */
const withLatin1 = (text: string) =>
  Buffer.concat(text.split('\u0007').flatMap((part, i) => (i ? [Buffer.from([0xe9]), Buffer.from(part)] : [Buffer.from(part)]))).toString('utf8');

const real = loadAll(readReal, TRANSLATED);

describe.each(Object.entries(FILES))('%s, malformed', (file, spec) => {
  const [header, ...body] = rowsOf(file);
  const col = (name: string) => {
    const i = header!.indexOf(name);
    expect(i, `${file} has no column ${name}`).toBeGreaterThanOrEqual(0);
    return i;
  };
  const last = body.length + 1; // the line of the last row

  it('a column missing: the header line names it', () => {
    const i = col(spec.typed);
    expectNamed(refused(file, format([header!, ...body].map((r) => r.filter((_, j) => j !== i)))), file, 1, spec.typed);
  });

  it('a column extra: the header line names it', () => {
    expectNamed(refused(file, format([[...header!, 'extra'], ...body.map((r) => [...r, ''])])), file, 1, 'extra');
  });

  it('a typed cell holding a word: its line and field', () => {
    const rows = rowsOf(file);
    rows[1]![col(spec.typed)] = spec.typed === 'table' ? 'constructor' : '12x';
    expectNamed(refused(file, format(rows)), file, 2, spec.typed);
  });

  if (spec.foreign)
    it(`an unknown id in ${spec.foreign}: its line and field`, () => {
      const rows = rowsOf(file);
      rows[2]![col(spec.foreign!)] = /iso3|parties|participants/.test(spec.foreign!) ? 'XKX' : 'no-such-id';
      expectNamed(refused(file, format(rows)), file, 3, spec.foreign!);
    });

  it('a row given twice: the copy’s line, naming the line it repeats', () => {
    const issue = expectNamed(refused(file, format([header!, ...body, body[0]!])), file, last + 1, spec.repeated);
    expect(issue.message).toMatch(/line 2\b/);
  });

  it('a row cut short: its line and the first field it lacks', () => {
    const cut = body.at(-1)!.slice(0, 2);
    expect(expectNamed(refused(file, format([header!, ...body.slice(0, -1), cut])), file, last, header![2]!).message).toContain(
      `2 cells but the header has ${header!.length}`,
    );
  });

  it('a quote never closed: the line and field it opens in, and no row after it', () => {
    const text = readReal(file)!.trimEnd().split('\n');
    const k = col(spec.text);
    const open = header!.map((_, j) => (j === k ? '"runs on' : 'x')).join(',');
    // The quote swallows the rows after it: the loader names the quote, not the rows it could no longer see.
    const issues = refused(file, [...text.slice(0, 2), open, ...text.slice(2)].join('\n') + '\n');
    expect(expectNamed(issues, file, 3, spec.text).message).toContain('quote');
  });

  it('a byte that is not UTF-8: its line and field', () => {
    const rows = rowsOf(file);
    rows[1]![col(spec.text)] = '\u0007' + rows[1]![col(spec.text)];
    expectNamed(refused(file, withLatin1(format(rows))), file, 2, spec.text);
  });

  it('an empty file: its first line', () => {
    expect(expectNamed(refused(file, ''), file, 1, null).message).toBe('has no header row');
  });

  it('tolerated: a byte-order mark and Windows line endings load the same dataset, the same lines', () => {
    const text = readReal(file)!;
    expect(load({ [file]: '\uFEFF' + text.replace(/\n/g, '\r\n') })).toEqual(real);
  });
});

describe('story.json, malformed', () => {
  const text = readReal('story.json')!;
  it('cut short, emptied, or a step with an unknown country: named', () => {
    for (const t of [text.slice(0, text.length / 2), ''])
      expect(refused('story.json', t).map(String)).toEqual([expect.stringMatching(/^data\/story\.json: is not valid JSON/)]);
    const story = JSON.parse(text) as { steps: { view: Record<string, unknown> }[] };
    story.steps[1]!.view.country = 'XKX';
    expect(refused('story.json', JSON.stringify(story)).map(String)).toContain('data/story.json: steps[1].view.country "XKX" is not in the dataset');
  });

  it('tolerated: a byte-order mark and Windows line endings', () => {
    expect(load({ 'story.json': '\uFEFF' + text.replace(/\n/g, '\r\n') })).toEqual(real);
  });
});
