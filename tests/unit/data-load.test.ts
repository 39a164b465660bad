import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { DataError } from '../../src/lib/data/csv.ts';
import { editLine, lineOf, readReal, readWith, realDataset } from './helpers.ts';

function errorOf(read: (f: string) => string | undefined): string {
  try {
    loadDataset(read);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error('expected the dataset to be rejected');
}

describe('the real dataset', () => {
  it('loads without a single problem', () => {
    const d = realDataset();
    expect(d.countries.length).toBeGreaterThanOrEqual(17);
    expect(d.flows.length).toBeGreaterThanOrEqual(7);
  });

  it('has exactly one depositary record for every country and instrument', () => {
    const d = realDataset();
    const authoritative = new Set(d.sources.filter((s) => s.kind === 'depositary' || s.kind === 'official').map((s) => s.source_id));
    for (const c of d.countries)
      for (const i of d.instruments)
        expect(
          d.ratifications.filter((r) => r.country_iso3 === c.iso3 && r.instrument_id === i.instrument_id && authoritative.has(r.source_id)),
          `${c.iso3} ${i.instrument_id}`,
        ).toHaveLength(1);
  });

  it('keeps the papers’ contrary claims as disputed rows beside the depositary record', () => {
    const d = realDataset();
    const claim = (iso3: string, id: string, source: string) =>
      d.ratifications.find((r) => r.country_iso3 === iso3 && r.instrument_id === id && r.source_id === source);
    expect(claim('UZB', 'refugee-1951', 'untc')).toMatchObject({ status: 'not_party', disputed: false });
    expect(claim('UZB', 'refugee-1951', 'asadov-2024')).toMatchObject({ status: 'party', disputed: true });
    expect(claim('UZB', 'icrmw-1990', 'untc')).toMatchObject({ status: 'not_party', disputed: false });
    expect(claim('UZB', 'icrmw-1990', 'xolmirzayeva-2025')).toMatchObject({ status: 'party', disputed: true });
  });
});

describe('a broken copy names the broken cell', () => {
  it('reports a missing column with the file and the column', () => {
    const text = readReal('flows.csv')!.replace('share_pct,', '');
    expect(errorOf(readWith({ 'flows.csv': text }))).toContain('data/flows.csv:1: share_pct column is missing from the header');
  });

  it('reports a bad number with file, line, field and the value as written', () => {
    const line = lineOf('flows.csv', ',70.2,');
    const text = editLine('flows.csv', line, (l) => l.replace(',70.2,', ',7O.2,'));
    expect(errorOf(readWith({ 'flows.csv': text }))).toContain(`data/flows.csv:${line}: share_pct "7O.2" is not a number`);
  });

  it('reports an unknown country', () => {
    const line = lineOf('flows.csv', 'UZB,KOR');
    const text = editLine('flows.csv', line, (l) => l.replace('UZB,KOR', 'UZB,XKX'));
    expect(errorOf(readWith({ 'flows.csv': text }))).toContain(
      `data/flows.csv:${line}: destination_iso3 "XKX" is not a country in data/countries.csv`,
    );
  });

  it('reports an unknown source', () => {
    const line = lineOf('agreements.csv', 'uzb-eec-memorandum-2021');
    const text = editLine('agreements.csv', line, (l) => l.replace('askarov-polatova', 'askarov-2099'));
    expect(errorOf(readWith({ 'agreements.csv': text }))).toContain(
      `data/agreements.csv:${line}: source_id "askarov-2099" is not a source_id in data/sources.csv`,
    );
  });

  it('reports a status word that does not exist', () => {
    const line = lineOf('memberships.csv', 'cis,UZB,member');
    const text = editLine('memberships.csv', line, (l) => l.replace('cis,UZB,member', 'cis,UZB,membre'));
    expect(errorOf(readWith({ 'memberships.csv': text }))).toMatch(
      new RegExp(`data/memberships.csv:${line}: status "membre" is not one of: member, observer`),
    );
  });

  it('reports an impossible date', () => {
    const line = lineOf('agreements.csv', '2021-04-30');
    const text = editLine('agreements.csv', line, (l) => l.replace('2021-04-30', '2021-02-30'));
    expect(errorOf(readWith({ 'agreements.csv': text }))).toContain(`data/agreements.csv:${line}: signed "2021-02-30" is not a real calendar date`);
  });

  it('reports a duplicate row against the line it repeats', () => {
    const lines = readReal('flows.csv')!.trimEnd().split('\n');
    const text = [...lines, lines[1]].join('\n') + '\n';
    expect(errorOf(readWith({ 'flows.csv': text }))).toContain(
      `data/flows.csv:${lines.length + 1}: destination_iso3 "UZB|RUS|2023|first three months of 2023|kamilov-2025" duplicates line 2`,
    );
  });

  it('reports a row with the wrong number of cells', () => {
    const text = readReal('flows.csv')!.trimEnd() + '\nUZB,RUS,2023\n';
    const n = text.trimEnd().split('\n').length;
    expect(errorOf(readWith({ 'flows.csv': text }))).toContain(`data/flows.csv:${n}: has 3 cells but the header has`);
  });

  it('reports a missing file', () => {
    expect(errorOf(readWith({ 'agreements.csv': undefined }))).toContain('data/agreements.csv: is missing');
  });

  const withRatification = (cells: Record<string, string>) => {
    const rows = readReal('ratifications.csv')!.trimEnd().split('\n');
    const header = rows[0]!.split(',');
    return { text: [...rows, header.map((h) => cells[h] ?? '').join(',')].join('\n') + '\n', line: rows.length + 1 };
  };

  it('refuses an unknown instrument', () => {
    const { text, line } = withRatification({
      country_iso3: 'UZB',
      instrument_id: 'ilo-c999',
      status: 'party',
      source_id: 'asadov-2024',
      locator: 'x',
      disputed: 'true',
    });
    expect(errorOf(readWith({ 'ratifications.csv': text }))).toContain(
      `data/ratifications.csv:${line}: instrument_id "ilo-c999" is not an instrument_id in data/instruments.csv`,
    );
  });

  it('refuses a contrary claim that is not marked disputed', () => {
    const { text, line } = withRatification({
      country_iso3: 'UZB',
      instrument_id: 'ilo-c097',
      status: 'party',
      source_id: 'asadov-2024',
      locator: 'x',
      disputed: 'false',
    });
    expect(errorOf(readWith({ 'ratifications.csv': text }))).toMatch(
      new RegExp(`data/ratifications.csv:${line}: disputed "false" must be true: the claim "party" contradicts the record "not_party" on line \\d+`),
    );
  });

  it('refuses a second depositary record for the same country and instrument', () => {
    const { text, line } = withRatification({
      country_iso3: 'UZB',
      instrument_id: 'ilo-c097',
      status: 'party',
      source_id: 'ilo-normlex',
      locator: 'x',
      disputed: 'false',
    });
    expect(errorOf(readWith({ 'ratifications.csv': text }))).toMatch(
      new RegExp(`data/ratifications.csv:${line}: source_id "ilo-normlex" is a second depositary record for UZB and ilo-c097`),
    );
  });

  it('requires the date of signature for a ratification of a UN treaty, and no later than the ratification', () => {
    const rows = readReal('ratifications.csv')!.split('\n');
    const i = rows.findIndex((l) => l.startsWith('RUS,untoc-2000,party,ratification,2004-05-26,2000-12-12,'));
    expect(i).toBeGreaterThan(0);
    const unsigned = rows.map((l, j) => (j === i ? l.replace(',2004-05-26,2000-12-12,', ',2004-05-26,,') : l)).join('\n');
    expect(errorOf(readWith({ 'ratifications.csv': unsigned }))).toContain(
      `data/ratifications.csv:${i + 1}: signed is required for a ratification (the date of signature)`,
    );
    const late = rows.map((l, j) => (j === i ? l.replace(',2004-05-26,2000-12-12,', ',2004-05-26,2005-01-01,') : l)).join('\n');
    expect(errorOf(readWith({ 'ratifications.csv': late }))).toContain(
      `data/ratifications.csv:${i + 1}: signed "2005-01-01" is after the date of ratification (2004-05-26)`,
    );
  });

  it('requires every country to have a row for every instrument', () => {
    const text = readReal('ratifications.csv')!
      .split('\n')
      .filter((l) => !(l.startsWith('TKM,icrmw-1990,') && l.includes(',untc,')))
      .join('\n');
    expect(errorOf(readWith({ 'ratifications.csv': text }))).toContain('data/ratifications.csv: has no depositary record for TKM and icrmw-1990');
  });
});
