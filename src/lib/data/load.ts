/**
 * Read every file in data/, validate each row against its schema, then check the files against each other
 * (codes exist, sources resolve, no duplicates, one depositary status per country and instrument).
 * All problems are collected and thrown together as one DataError: the app never ships half a dataset.
 */
import type { z } from 'zod';
import { DataError, DataIssue, parseCsv, type CsvRow } from './csv.ts';
import { ELSEWHERE, FILES, TREATY_STATUSES, VOTE_STATUSES, type Dataset, type Located, type Ratification } from './schema.ts';
import { loadStory, uncitedSources, type Story } from './story.ts';
import { loadTranslation, type Translation } from './translations.ts';

/** Returns a data file's text, or undefined when the file does not exist. */
export type ReadFile = (file: string) => string | undefined;

type Key = keyof typeof FILES;

export function loadDataset(read: ReadFile): Dataset {
  const issues: DataIssue[] = [];
  const parsed = {} as Record<Key, Located<Record<string, unknown>>[]>;
  for (const key of Object.keys(FILES) as Key[]) {
    const { file, schema } = FILES[key];
    const text = read(file);
    if (text === undefined) {
      issues.push(new DataIssue(file, null, null, 'is missing'));
      parsed[key] = [];
      continue;
    }
    parsed[key] = validateRows(file, parseCsv(file, text, Object.keys(schema.shape), issues), schema, issues);
  }
  const data = parsed as unknown as Dataset;
  if (issues.length === 0) crossCheck(data, issues);
  if (issues.length > 0) throw new DataError(issues);
  return data;
}

/**
 * The whole of data/: the facts, the presentation story, the checks that need both, and the names and story in
 * each other language (`langs`: the interface's languages but English, whose names are the data's own).
 */
export function loadAll(
  read: ReadFile,
  langs: readonly string[] = [],
): { dataset: Dataset; story: Story; translations: Record<string, Translation> } {
  const dataset = loadDataset(read);
  const story = loadStory(read('story.json'), dataset);
  const uncited = uncitedSources(dataset, story);
  if (uncited.length) throw new DataError(uncited);
  const translations: Record<string, Translation> = {};
  const issues: DataIssue[] = [];
  for (const lang of langs) {
    try {
      translations[lang] = loadTranslation(lang, read, dataset, story);
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      issues.push(...e.issues);
    }
  }
  if (issues.length) throw new DataError(issues);
  return { dataset, story, translations };
}

function validateRows(file: string, rows: CsvRow[], schema: z.ZodType, issues: DataIssue[]): Located<Record<string, unknown>>[] {
  const out: Located<Record<string, unknown>>[] = [];
  for (const row of rows) {
    const result = schema.safeParse(row.cells);
    if (result.success) {
      out.push({ ...(result.data as Record<string, unknown>), line: row.line });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      issues.push(new DataIssue(file, row.line, field || null, describe(issue), field ? row.cells[field] : undefined));
    }
  }
  return out;
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `is not one of: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is empty but required';
  return issue.message;
}

function crossCheck(d: Dataset, issues: DataIssue[]): void {
  const f = (k: Key) => FILES[k].file;
  const unique = <T>(key: Key, rows: Located<T>[], keyOf: (r: T) => string, field: string) => {
    const seen = new Map<string, number>();
    for (const r of rows) {
      const k = keyOf(r);
      const first = seen.get(k);
      if (first !== undefined) issues.push(new DataIssue(f(key), r.line, field, `duplicates line ${first}`, k));
      else seen.set(k, r.line);
    }
    return new Set(seen.keys());
  };

  const sources = unique('sources', d.sources, (r) => r.source_id, 'source_id');
  const countries = unique('countries', d.countries, (r) => r.iso3, 'iso3');
  unique('countries', d.countries, (r) => r.iso_numeric, 'iso_numeric');
  const orgs = unique('organisations', d.organisations, (r) => r.org_id, 'org_id');
  const instruments = new Map(d.instruments.map((i) => [i.instrument_id, i]));
  unique('instruments', d.instruments, (r) => r.instrument_id, 'instrument_id');
  unique('agreements', d.agreements, (r) => r.agreement_id, 'agreement_id');
  unique('laws', d.laws, (r) => r.law_id, 'law_id');
  unique('events', d.events, (r) => r.event_id, 'event_id');
  unique('flows', d.flows, (r) => [r.origin_iso3, r.destination_iso3, r.year, r.period, r.basis, r.source_id].join('|'), 'destination_iso3');
  unique('statistics', d.statistics, (r) => [r.country_iso3, r.indicator, r.year, r.period, r.value, r.source_id, r.locator].join('|'), 'indicator');
  unique('memberships', d.memberships, (r) => [r.org_id, r.country_iso3, r.status, r.since, r.source_id].join('|'), 'status');
  unique('ratifications', d.ratifications, (r) => [r.country_iso3, r.instrument_id, r.source_id].join('|'), 'source_id');

  const exists = (key: Key, line: number, field: string, value: string, set: Set<string>, what: string) => {
    if (!set.has(value)) issues.push(new DataIssue(f(key), line, field, `is not ${what}`, value));
  };
  const inSources = 'a source_id in data/sources.csv';
  const inCountries = 'a country in data/countries.csv';
  for (const key of Object.keys(FILES) as Key[]) {
    if (key === 'sources') continue;
    for (const r of d[key] as Located<{ source_id: string }>[]) exists(key, r.line, 'source_id', r.source_id, sources, inSources);
  }
  const flowEnds = new Set([...countries, ELSEWHERE]);
  const inFlowEnds = `a country in data/countries.csv (or ${ELSEWHERE}, everywhere else)`;
  for (const r of d.flows) {
    exists('flows', r.line, 'origin_iso3', r.origin_iso3, flowEnds, inFlowEnds);
    exists('flows', r.line, 'destination_iso3', r.destination_iso3, flowEnds, inFlowEnds);
  }
  for (const r of d.statistics) exists('statistics', r.line, 'country_iso3', r.country_iso3, countries, inCountries);
  for (const r of d.memberships) {
    exists('memberships', r.line, 'org_id', r.org_id, orgs, 'an org_id in data/organisations.csv');
    exists('memberships', r.line, 'country_iso3', r.country_iso3, countries, inCountries);
    if (r.since && r.until && r.until < r.since)
      issues.push(new DataIssue(f('memberships'), r.line, 'until', `is before since (${r.since})`, r.until));
  }
  const parties = new Set([...countries, ...orgs]);
  const party = 'a country in data/countries.csv or an org_id in data/organisations.csv';
  for (const r of d.agreements) for (const p of r.parties) exists('agreements', r.line, 'parties', p, parties, party);
  for (const r of d.events) {
    for (const p of r.participants) exists('events', r.line, 'participants', p, parties, party);
    if (r.place_iso3) exists('events', r.line, 'place_iso3', r.place_iso3, countries, inCountries);
  }
  for (const r of d.laws) exists('laws', r.line, 'country_iso3', r.country_iso3, countries, inCountries);

  // Ratifications: status words fit the instrument. Each country and instrument has exactly one record from
  // the depositary (or, for the compact, the UN voting record). A paper's row stands beside it: `disputed`
  // must be true exactly when the paper's status differs from the record, so the flag can never drift.
  const authoritative = new Set(d.sources.filter((s) => s.kind === 'depositary' || s.kind === 'official').map((s) => s.source_id));
  const records = new Map<string, Located<Ratification>>();
  for (const r of d.ratifications) {
    exists('ratifications', r.line, 'country_iso3', r.country_iso3, countries, inCountries);
    const inst = instruments.get(r.instrument_id);
    if (!inst) {
      issues.push(new DataIssue(f('ratifications'), r.line, 'instrument_id', 'is not an instrument_id in data/instruments.csv', r.instrument_id));
      continue;
    }
    const allowed: readonly string[] = inst.kind === 'compact' ? VOTE_STATUSES : TREATY_STATUSES;
    if (!allowed.includes(r.status))
      issues.push(new DataIssue(f('ratifications'), r.line, 'status', `is not one of: ${allowed.join(', ')} (for ${inst.kind})`, r.status));
    if (!authoritative.has(r.source_id)) continue;
    // A ratification follows a signature: without its date a map "as of a year" cannot say signatory or not.
    const signedFirst = r.action === 'ratification' || r.action === 'acceptance' || r.action === 'approval' || r.status === 'signatory';
    if (inst.kind === 'un_treaty' && signedFirst && !r.signed)
      issues.push(
        new DataIssue(
          f('ratifications'),
          r.line,
          'signed',
          `is required for a ${r.status === 'signatory' ? 'signatory' : r.action} (the date of signature)`,
        ),
      );
    if (r.signed && r.date && r.signed > r.date)
      issues.push(new DataIssue(f('ratifications'), r.line, 'signed', `is after the date of ${r.action ?? 'the action'} (${r.date})`, r.signed));
    if (r.disputed)
      issues.push(
        new DataIssue(
          f('ratifications'),
          r.line,
          'disputed',
          'must be false on a depositary record (only a claim that contradicts the record is disputed)',
          'true',
        ),
      );
    const k = `${r.country_iso3}|${r.instrument_id}`;
    const first = records.get(k);
    if (first)
      issues.push(
        new DataIssue(
          f('ratifications'),
          r.line,
          'source_id',
          `is a second depositary record for ${r.country_iso3} and ${r.instrument_id} (first on line ${first.line})`,
          r.source_id,
        ),
      );
    else records.set(k, r);
  }
  for (const r of d.ratifications) {
    if (authoritative.has(r.source_id) || !instruments.has(r.instrument_id)) continue;
    const record = records.get(`${r.country_iso3}|${r.instrument_id}`);
    if (!record) {
      issues.push(
        new DataIssue(
          f('ratifications'),
          r.line,
          'source_id',
          `is a claim with no depositary record beside it for ${r.country_iso3} and ${r.instrument_id}`,
          r.source_id,
        ),
      );
      continue;
    }
    const contradicts = r.status !== record.status;
    if (r.disputed !== contradicts)
      issues.push(
        new DataIssue(
          f('ratifications'),
          r.line,
          'disputed',
          contradicts
            ? `must be true: the claim "${r.status}" contradicts the record "${record.status}" on line ${record.line}`
            : `must be false: the claim agrees with the record on line ${record.line}`,
          String(r.disputed),
        ),
      );
  }
  // A country in the dataset for its migrants alone has no records, and says so; every other has them all.
  const flowsOnly = new Set(d.countries.filter((c) => c.role === 'flows_only').map((c) => c.iso3));
  const notForFlowsOnly =
    'is a flows_only country in data/countries.csv: the dataset keeps no treaty or organisation records for it (give it another role to add them)';
  for (const r of d.ratifications)
    if (flowsOnly.has(r.country_iso3)) issues.push(new DataIssue(f('ratifications'), r.line, 'country_iso3', notForFlowsOnly, r.country_iso3));
  for (const r of d.memberships)
    if (flowsOnly.has(r.country_iso3)) issues.push(new DataIssue(f('memberships'), r.line, 'country_iso3', notForFlowsOnly, r.country_iso3));
  for (const c of d.countries)
    for (const i of d.instruments)
      if (!flowsOnly.has(c.iso3) && !records.has(`${c.iso3}|${i.instrument_id}`))
        issues.push(
          new DataIssue(f('ratifications'), null, null, `has no depositary record for ${c.iso3} and ${i.instrument_id} (not_party is a fact too)`),
        );
}
