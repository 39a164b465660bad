/**
 * Issue 16, "every record checked against the record itself": the rules data:check enforces on treaty and
 * membership records (checked, unchecked_reason) and on agreements, events and laws (corroboration,
 * corroborated_by). Each case breaks one cell of the fixture and expects the file, line and field named.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { DataError } from '../../src/lib/data/csv.ts';
import { editFixtureLine, fixtureDataset, fixtureLineOf, fixtureWith } from './helpers.ts';

function errorOf(read: (f: string) => string | undefined): string {
  try {
    loadDataset(read);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error('expected the dataset to be rejected');
}

/** The fixture with one line of `file` edited; the error text of loading it. */
const errorWithLine = (file: string, needle: string, edit: (line: string) => string) => {
  const line = fixtureLineOf(file, needle);
  return { line, error: errorOf(fixtureWith({ [file]: editFixtureLine(file, line, edit) })) };
};

describe('treaty and membership records: checked and why not', () => {
  it('the fixture keeps the rules: every unchecked record says why, every checked one cites a record', () => {
    const d = fixtureDataset();
    for (const r of [...d.ratifications, ...d.memberships]) {
      if (r.checked === false) expect(r.unchecked_reason, `line ${r.line}`).toBeDefined();
      if (r.checked === true) expect(r.unchecked_reason, `line ${r.line}`).toBeUndefined();
    }
  });

  it('refuses checked=true on a record that rests on news', () => {
    // security-c,UZB rows cite Press C (news): checked=false, secondary_only in the fixture.
    const { line, error } = errorWithLine('memberships.csv', 'security-c,UZB,member,1992-05-15', (l) =>
      l.replace(',false,secondary_only,', ',true,,'),
    );
    expect(error).toContain(`data/memberships.csv:${line}: checked "true" is true, but fixture-press-c is a news source`);
  });

  it('refuses checked=true on a record that rests on a reference work (an encyclopedia, a mirror)', () => {
    const { line, error } = errorWithLine('memberships.csv', 'union-a,KAZ,', (l) => l.replace('fixture-official-o', 'fixture-reference-r'));
    expect(error).toContain(`data/memberships.csv:${line}: checked "true" is true, but fixture-reference-r is a reference source`);
  });

  it('asks an unchecked record why', () => {
    const { line, error } = errorWithLine('ratifications.csv', 'UZB,treaty-a,not_party', (l) => l.replace(',false,not_reached,', ',false,,'));
    expect(error).toContain(`data/ratifications.csv:${line}: unchecked_reason is empty: an unchecked record says why`);
  });

  it('refuses a reason on a checked record', () => {
    const { line, error } = errorWithLine('ratifications.csv', 'KAZ,treaty-a,party', (l) => l.replace(',false,true,,', ',false,true,not_reached,'));
    expect(error).toContain(`data/ratifications.csv:${line}: unchecked_reason "not_reached" must be empty on a checked record`);
  });

  it('refuses a reason that is not one of the four', () => {
    const { line, error } = errorWithLine('ratifications.csv', 'UZB,treaty-a,not_party', (l) => l.replace(',not_reached,', ',lost,'));
    expect(error).toContain(
      `data/ratifications.csv:${line}: unchecked_reason "lost" is not one of: not_reached, secondary_only, date_not_seen, ambiguous`,
    );
  });

  it('says secondary_only where the only source is news or a reference work', () => {
    const { line, error } = errorWithLine('memberships.csv', 'security-c,UZB,member,1992-05-15', (l) =>
      l.replace(',secondary_only,', ',not_reached,'),
    );
    expect(error).toContain(`data/memberships.csv:${line}: unchecked_reason "not_reached" must be secondary_only: the record rests on a news source`);
  });

  it('asks a record whether it was checked, and refuses the question on a paper claim', () => {
    const empty = errorWithLine('ratifications.csv', 'KGZ,treaty-a,party', (l) => l.replace(',false,true,,', ',false,,,'));
    expect(empty.error).toContain(`data/ratifications.csv:${empty.line}: checked is empty: a status record is either checked (true) or not (false)`);
    const claim = errorWithLine('ratifications.csv', 'UZB,treaty-a,party,claim', (l) => l.replace(',true,,,', ',true,true,,'));
    expect(claim.error).toContain(`data/ratifications.csv:${claim.line}: checked "true" must be empty on a paper's claim`);
  });
});

describe('agreements, events and laws: confirmed, reported or disputed', () => {
  it('reads the three states', () => {
    const d = fixtureDataset();
    expect(new Set(d.agreements.map((a) => a.corroboration))).toEqual(new Set(['confirmed', 'reported']));
    expect(d.laws.find((l) => l.law_id === 'fx-uzb-law-migration-2018')!.corroboration).toBe('disputed');
    expect(d.agreements.find((a) => a.agreement_id === 'fx-uzb-rus-2017')!.corroborated_by).toBe('fixture-press-c');
  });

  it('refuses a word that is not one of them', () => {
    const { line, error } = errorWithLine('agreements.csv', 'fx-uzb-union-a-memorandum-2021', (l) => l.replace(',reported,', ',true,'));
    expect(error).toContain(`data/agreements.csv:${line}: corroboration "true" is not one of: confirmed, reported, disputed`);
  });

  it("confirms a paper's row only by naming another source", () => {
    const { line, error } = errorWithLine('agreements.csv', 'fx-uzb-union-a-memorandum-2021', (l) => l.replace(',reported,', ',confirmed,'));
    expect(error).toContain(
      `data/agreements.csv:${line}: corroborated_by is empty: a paper's row (fixture-paper-a) is confirmed only by another source`,
    );
  });

  it('refuses a paper as the confirming source, and an unknown one', () => {
    const paper = errorWithLine('events.csv', 'fx-conference-2011', (l) => l.replace('fixture-official-o', 'fixture-paper-b'));
    expect(paper.error).toContain(
      `data/events.csv:${paper.line}: corroborated_by "fixture-paper-b" is a paper (fixture-paper-b): a paper cannot confirm another paper`,
    );
    const unknown = errorWithLine('laws.csv', 'fx-uzb-law-external-migration-2021', (l) => l.replace('fixture-official-o', 'fixture-nowhere'));
    expect(unknown.error).toContain(`data/laws.csv:${unknown.line}: corroborated_by "fixture-nowhere" is not a source_id in data/sources.csv`);
  });

  it('refuses "reported" beside a confirming source, and on an official record', () => {
    const beside = errorWithLine('agreements.csv', 'fx-uzb-rus-2017', (l) => l.replace(',confirmed,', ',reported,'));
    expect(beside.error).toContain(
      `data/agreements.csv:${beside.line}: corroboration "reported" is reported, but corroborated_by names fixture-press-c`,
    );
    const official = errorWithLine('agreements.csv', 'fx-uzb-union-a-memorandum-2021', (l) => l.replace('fixture-paper-a', 'fixture-official-o'));
    expect(official.error).toContain(
      `data/agreements.csv:${official.line}: corroboration "reported" is reported, but fixture-official-o is an official record`,
    );
  });
});
