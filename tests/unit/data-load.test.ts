import { describe, expect, it } from 'vitest';
import { loadAll, loadDataset } from '../../src/lib/data/load.ts';
import { DataError } from '../../src/lib/data/csv.ts';
import { editFixtureLine, fixtureDataset, fixtureLineOf, fixtureWith, readFixture } from './helpers.ts';

function errorOf(read: (f: string) => string | undefined): string {
  try {
    loadDataset(read);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error('expected the dataset to be rejected');
}

describe('the fixture dataset', () => {
  it('loads without a single problem, every row kept with the line it came from', () => {
    expect(() => loadAll(readFixture)).not.toThrow();
    const d = fixtureDataset();
    const rows = (file: string) => readFixture(file)!.trimEnd().split('\n').length - 1; // no cell of the fixture spans lines
    expect(d.countries).toHaveLength(rows('countries.csv'));
    expect(d.flows).toHaveLength(rows('flows.csv'));
    expect(d.ratifications).toHaveLength(rows('ratifications.csv'));
    expect(d.flows.map((f) => f.line)).toEqual(Array.from({ length: rows('flows.csv') }, (_, i) => i + 2));
  });

  it('reads cells into their types: numbers, booleans, lists, and empty cells as not given', () => {
    const d = fixtureDataset();
    const tur = d.flows.find((f) => f.destination_iso3 === 'TUR' && f.year === 2023)!;
    expect([tur.share_pct, tur.migrants, tur.period]).toEqual([10, 40000, 'first three months of 2023']);
    expect(d.flows.find((f) => f.destination_iso3 === 'RUS' && f.year === 2022)!.migrants).toBeUndefined();
    expect(d.countries.find((c) => c.iso3 === 'USA')!.on_map).toBe(false);
    expect(d.countries.find((c) => c.iso3 === 'UZB')!.anchor_lat).toBe(41.3);
    expect(d.events.find((e) => e.event_id === 'fx-regional-meeting-2025')!.participants).toEqual(['KAZ', 'KGZ', 'TJK', 'UZB', 'union-a']);
    expect(d.agreements.find((a) => a.agreement_id === 'fx-uzb-kaz-action-plan-2026')!.date_inferred).toBe(true);
    expect(d.memberships.find((r) => r.source_id === 'fixture-paper-a')!.checked).toBeUndefined();
  });

  it('keeps a paper’s contrary claim as a disputed row beside the depositary record, and an agreeing claim undisputed', () => {
    const d = fixtureDataset();
    const claim = (id: string, source: string) =>
      d.ratifications.find((r) => r.country_iso3 === 'UZB' && r.instrument_id === id && r.source_id === source);
    expect(claim('treaty-a', 'fixture-depositary-d')).toMatchObject({ status: 'not_party', disputed: false, checked: false });
    expect(claim('treaty-a', 'fixture-paper-b')).toMatchObject({ status: 'party', disputed: true });
    expect(claim('treaty-b', 'fixture-depositary-d')).toMatchObject({ status: 'party', disputed: false });
    expect(claim('treaty-b', 'fixture-press-c')).toMatchObject({ status: 'party', disputed: false });
  });
});

describe('a broken copy names the broken cell', () => {
  it('reports a missing column with the file and the column', () => {
    const text = readFixture('flows.csv')!.replace('share_pct,', '');
    expect(errorOf(fixtureWith({ 'flows.csv': text }))).toContain('data/flows.csv:1: share_pct column is missing from the header');
  });

  it('reports an unknown column and a column given twice', () => {
    const text = readFixture('flows.csv')!.replace('share_pct,', 'share_pct,share,');
    expect(errorOf(fixtureWith({ 'flows.csv': text }))).toContain('data/flows.csv:1: share is not a known column (expected: origin_iso3,');
    const twice = readFixture('flows.csv')!.replace('note', 'note,note');
    expect(errorOf(fixtureWith({ 'flows.csv': twice }))).toContain('data/flows.csv:1: note column appears twice in the header');
  });

  it('reports a bad number with file, line, field and the value as written', () => {
    const line = fixtureLineOf('flows.csv', ',61.5,');
    expect(line).toBe(2);
    const text = editFixtureLine('flows.csv', line, (l) => l.replace(',61.5,', ',6l.5,'));
    expect(errorOf(fixtureWith({ 'flows.csv': text }))).toContain(`data/flows.csv:${line}: share_pct "6l.5" is not a number`);
  });

  it('reports an unknown country', () => {
    const line = fixtureLineOf('flows.csv', 'UZB,TUR,2022');
    const text = editFixtureLine('flows.csv', line, (l) => l.replace('UZB,TUR', 'UZB,XKX'));
    expect(errorOf(fixtureWith({ 'flows.csv': text }))).toContain(
      `data/flows.csv:${line}: destination_iso3 "XKX" is not a country in data/countries.csv`,
    );
  });

  it('takes everywhere else (ZZZ) as a flow’s end, never as a country with figures', () => {
    expect(fixtureDataset().flows.filter((f) => f.destination_iso3 === 'ZZZ' || f.origin_iso3 === 'ZZZ').length).toBeGreaterThan(0);
    const line = fixtureLineOf('statistics.csv', 'TJK,labour_migrants_abroad');
    const text = editFixtureLine('statistics.csv', line, (l) => l.replace('TJK,', 'ZZZ,'));
    expect(errorOf(fixtureWith({ 'statistics.csv': text }))).toContain(
      `data/statistics.csv:${line}: country_iso3 "ZZZ" is not a country in data/countries.csv`,
    );
  });

  it('reports a basis that does not exist', () => {
    const line = fixtureLineOf('flows.csv', 'UZB,KAZ,2010');
    const text = editFixtureLine('flows.csv', line, (l) => l.replace('born_in_origin', 'born_abroad'));
    expect(errorOf(fixtureWith({ 'flows.csv': text }))).toMatch(
      new RegExp(`data/flows.csv:${line}: basis "born_abroad" is not one of: labour_migrants, born_in_origin`),
    );
  });

  it('refuses an organisation record for a country kept for its migrants alone (flows_only)', () => {
    const memberships = readFixture('memberships.csv')!.trimEnd().split('\n');
    const row = memberships.find((l) => l.startsWith('union-a,KAZ,'))!.replace('union-a,KAZ,', 'union-a,DEU,');
    const text = [...memberships, row].join('\n') + '\n';
    expect(errorOf(fixtureWith({ 'memberships.csv': text }))).toContain(
      `data/memberships.csv:${memberships.length + 1}: country_iso3 "DEU" is a flows_only country in data/countries.csv`,
    );
    // Without records it is complete as it is: no "has no depositary record for DEU".
    expect(() => fixtureDataset()).not.toThrow();
  });

  it('lets an instrument record a flows_only country only if it records every country the map draws (issue 16)', () => {
    const ratifications = readFixture('ratifications.csv')!.trimEnd().split('\n');
    const row = ratifications.find((l) => l.startsWith('TUR,treaty-b,'))!.replace('TUR,', 'DEU,');
    const withDeu = [...ratifications, row].join('\n') + '\n';
    // Germany is the only flows_only country of the fixture: recording it covers the map.
    expect(() => loadDataset(fixtureWith({ 'ratifications.csv': withDeu }))).not.toThrow();
    // A second one drawn on the map, with no record for treaty-b, is named.
    const countries =
      readFixture('countries.csv')!.trimEnd() + '\nPOL,616,Poland,flows_only,true,Warsaw,21.01,52.23,fixture-reference-r,Fixture: alpha-3 POL\n';
    expect(errorOf(fixtureWith({ 'ratifications.csv': withDeu, 'countries.csv': countries }))).toContain(
      `data/ratifications.csv:${ratifications.length + 1}: country_iso3 "DEU" records DEU (flows_only) for treaty-b, so every country the map draws needs a record for it: POL has none`,
    );
  });

  it('reports an unknown source', () => {
    const line = fixtureLineOf('agreements.csv', 'fx-uzb-union-a-memorandum-2021');
    const text = editFixtureLine('agreements.csv', line, (l) => l.replace('fixture-paper-a', 'fixture-paper-z'));
    expect(errorOf(fixtureWith({ 'agreements.csv': text }))).toContain(
      `data/agreements.csv:${line}: source_id "fixture-paper-z" is not a source_id in data/sources.csv`,
    );
  });

  it('reports an unknown party to an agreement', () => {
    const line = fixtureLineOf('agreements.csv', 'fx-uzb-union-a-memorandum-2021');
    const text = editFixtureLine('agreements.csv', line, (l) => l.replace('UZB;union-a', 'UZB;union-z'));
    expect(errorOf(fixtureWith({ 'agreements.csv': text }))).toContain(
      `data/agreements.csv:${line}: parties "union-z" is not a country in data/countries.csv or an org_id in data/organisations.csv`,
    );
  });

  it('reports a status word that does not exist', () => {
    const line = fixtureLineOf('memberships.csv', 'commonwealth-b,UZB,member');
    const text = editFixtureLine('memberships.csv', line, (l) => l.replace('commonwealth-b,UZB,member', 'commonwealth-b,UZB,membre'));
    expect(errorOf(fixtureWith({ 'memberships.csv': text }))).toMatch(
      new RegExp(`data/memberships.csv:${line}: status "membre" is not one of: member, observer`),
    );
  });

  it('reports a membership that ends before it starts', () => {
    const line = fixtureLineOf('memberships.csv', 'security-c,UZB,former,1999,2006-08-16');
    const text = editFixtureLine('memberships.csv', line, (l) => l.replace(',1999,2006-08-16,', ',1999,1998,'));
    expect(errorOf(fixtureWith({ 'memberships.csv': text }))).toContain(`data/memberships.csv:${line}: until "1998" is before since (1999)`);
  });

  it('reports an impossible date', () => {
    const line = fixtureLineOf('agreements.csv', '2021-04-30');
    const text = editFixtureLine('agreements.csv', line, (l) => l.replace('2021-04-30', '2021-02-30'));
    expect(errorOf(fixtureWith({ 'agreements.csv': text }))).toContain(
      `data/agreements.csv:${line}: signed "2021-02-30" is not a real calendar date`,
    );
  });

  it('reports a duplicate row against the line it repeats', () => {
    const lines = readFixture('flows.csv')!.trimEnd().split('\n');
    const text = [...lines, lines[1]].join('\n') + '\n';
    expect(errorOf(fixtureWith({ 'flows.csv': text }))).toContain(
      `data/flows.csv:${lines.length + 1}: destination_iso3 "UZB|RUS|2023|first three months of 2023|labour_migrants|fixture-paper-a" duplicates line 2`,
    );
  });

  it('reports a row with the wrong number of cells', () => {
    const text = readFixture('flows.csv')!.trimEnd() + '\nUZB,RUS,2023\n';
    const n = text.trimEnd().split('\n').length;
    expect(errorOf(fixtureWith({ 'flows.csv': text }))).toContain(
      `data/flows.csv:${n}: period is missing: the row has 3 cells but the header has 10`,
    );
    const long = readFixture('flows.csv')!.trimEnd() + '\n' + 'x,'.repeat(11) + 'x\n';
    expect(errorOf(fixtureWith({ 'flows.csv': long }))).toContain(`data/flows.csv:${n}: has 12 cells but the header has 10`);
  });

  it('reads a quote inside a cell as text, and names a quote that never closes where its cell ends', () => {
    const line = fixtureLineOf('flows.csv', 'UZB,TUR,2022');
    // A lone quote mid-cell is text, and every row after it keeps its own line number.
    const inner = editFixtureLine('flows.csv', line, (l) => l.replace(',first three months of 2022,', ',the 5" months of 2022,'));
    const flows = loadDataset(fixtureWith({ 'flows.csv': inner })).flows;
    expect(flows.find((f) => f.line === line)!.period).toBe('the 5" months of 2022');
    expect(flows.map((f) => f.line)).toEqual(fixtureDataset().flows.map((f) => f.line));
    const open = editFixtureLine('flows.csv', line, (l) => l.replace(',first three months of 2022,', ',"first three months of 2022,'));
    expect(errorOf(fixtureWith({ 'flows.csv': open }))).toContain(`data/flows.csv:${line}: period opens a quote (") that is never closed`);
  });

  it('reports a missing file', () => {
    expect(errorOf(fixtureWith({ 'agreements.csv': undefined }))).toContain('data/agreements.csv: is missing');
  });

  const withRatification = (cells: Record<string, string>) => {
    const rows = readFixture('ratifications.csv')!.trimEnd().split('\n');
    const header = rows[0]!.split(',');
    return { text: [...rows, header.map((h) => cells[h] ?? '').join(',')].join('\n') + '\n', line: rows.length + 1 };
  };
  const claim = { country_iso3: 'UZB', locator: 'x' };

  it('refuses an unknown instrument', () => {
    const { text, line } = withRatification({
      ...claim,
      instrument_id: 'convention-z',
      status: 'party',
      source_id: 'fixture-paper-b',
      disputed: 'true',
    });
    expect(errorOf(fixtureWith({ 'ratifications.csv': text }))).toContain(
      `data/ratifications.csv:${line}: instrument_id "convention-z" is not an instrument_id in data/instruments.csv`,
    );
  });

  it('refuses a status word that does not fit the instrument', () => {
    const { text, line } = withRatification({
      ...claim,
      instrument_id: 'compact-d',
      status: 'party',
      source_id: 'fixture-paper-a',
      disputed: 'true',
    });
    expect(errorOf(fixtureWith({ 'ratifications.csv': text }))).toContain(
      `data/ratifications.csv:${line}: status "party" is not one of: voted_yes, voted_no, abstained, absent (for compact)`,
    );
  });

  it('refuses a contrary claim that is not marked disputed, and an agreeing claim that is', () => {
    const record = fixtureLineOf('ratifications.csv', 'UZB,convention-c,not_party');
    const contrary = withRatification({ ...claim, instrument_id: 'convention-c', status: 'party', source_id: 'fixture-paper-a', disputed: 'false' });
    expect(errorOf(fixtureWith({ 'ratifications.csv': contrary.text }))).toContain(
      `data/ratifications.csv:${contrary.line}: disputed "false" must be true: the claim "party" contradicts the record "not_party" on line ${record}`,
    );
    const agreeing = withRatification({
      ...claim,
      instrument_id: 'convention-c',
      status: 'not_party',
      source_id: 'fixture-paper-a',
      disputed: 'true',
    });
    expect(errorOf(fixtureWith({ 'ratifications.csv': agreeing.text }))).toContain(
      `data/ratifications.csv:${agreeing.line}: disputed "true" must be false: the claim agrees with the record on line ${record}`,
    );
  });

  it('refuses a second depositary record for the same country and instrument, and a disputed one', () => {
    const first = fixtureLineOf('ratifications.csv', 'UZB,convention-c,not_party');
    const { text, line } = withRatification({
      ...claim,
      instrument_id: 'convention-c',
      status: 'party',
      source_id: 'fixture-depositary-e',
      disputed: 'false',
    });
    expect(errorOf(fixtureWith({ 'ratifications.csv': text }))).toContain(
      `data/ratifications.csv:${line}: source_id "fixture-depositary-e" is a second depositary record for UZB and convention-c (first on line ${first})`,
    );
    const disputed = editFixtureLine('ratifications.csv', first, (l) => l.replace(',false,false,', ',true,false,'));
    expect(errorOf(fixtureWith({ 'ratifications.csv': disputed }))).toContain(
      `data/ratifications.csv:${first}: disputed "true" must be false on a depositary record`,
    );
  });

  it('requires the date of signature for a ratification of a UN treaty, and no later than the ratification', () => {
    const i = fixtureLineOf('ratifications.csv', 'RUS,treaty-b,party,ratification,2004-05-26,2000-12-12,');
    const unsigned = editFixtureLine('ratifications.csv', i, (l) => l.replace(',2004-05-26,2000-12-12,', ',2004-05-26,,'));
    expect(errorOf(fixtureWith({ 'ratifications.csv': unsigned }))).toContain(
      `data/ratifications.csv:${i}: signed is required for a ratification (the date of signature)`,
    );
    const late = editFixtureLine('ratifications.csv', i, (l) => l.replace(',2004-05-26,2000-12-12,', ',2004-05-26,2005-01-01,'));
    expect(errorOf(fixtureWith({ 'ratifications.csv': late }))).toContain(
      `data/ratifications.csv:${i}: signed "2005-01-01" is after the date of ratification (2004-05-26)`,
    );
  });

  it('requires every country to have a depositary record for every instrument, and a claim to have one beside it', () => {
    const text = readFixture('ratifications.csv')!
      .split('\n')
      .filter((l) => !l.startsWith('TKM,treaty-b,'))
      .join('\n');
    expect(errorOf(fixtureWith({ 'ratifications.csv': text }))).toContain('data/ratifications.csv: has no depositary record for TKM and treaty-b');
    const bare = readFixture('ratifications.csv')!
      .split('\n')
      .filter((l) => !l.startsWith('UZB,treaty-a,not_party,'))
      .join('\n');
    const line = bare.split('\n').findIndex((l) => l.startsWith('UZB,treaty-a,party,claim')) + 1;
    expect(errorOf(fixtureWith({ 'ratifications.csv': bare }))).toContain(
      `data/ratifications.csv:${line}: source_id "fixture-paper-b" is a claim with no depositary record beside it for UZB and treaty-a`,
    );
  });
});
