/**
 * Where every country stands toward one instrument or one organisation, optionally as of a year: the data
 * behind the instrument and organisation maps, and their text equivalent (the lists in the legend).
 */
import type { Ratification } from '../data/schema.ts';
import type { Model } from './index.ts';
import { isAuthoritative, recordsKept } from './index.ts';

export type StandingKey =
  | 'party'
  | 'signatory'
  | 'not_party'
  | 'voted_yes'
  | 'voted_no'
  | 'abstained'
  | 'absent'
  | 'member'
  | 'associate'
  | 'observer'
  | 'dialogue_partner'
  | 'participant'
  | 'former'
  | 'none'
  /** As of a past year, where the record gives no date to tell (a membership without a start date). */
  | 'unknown';

export type Standings = {
  kind: 'instrument' | 'org';
  id: string;
  /** Categories in legend order, each with the countries in it (sorted by name). */
  groups: { key: StandingKey; countries: { iso3: string; name: string }[] }[];
  byCountry: Map<string, StandingKey>;
  /** Countries where a source paper contradicts the record (instruments only). */
  disputed: Set<string>;
  /** The record's sources, for the legend's citation. */
  sourceIds: string[];
  /** Countries whose record here has not yet been checked against a copy of it (`checked=false`). */
  unchecked: Set<string>;
  /** Asked for a year before the instrument was adopted or the organisation founded: nothing to colour. */
  notYet: { event: 'adopted' | 'founded'; date: string } | null;
};

const INSTRUMENT_ORDER: StandingKey[] = ['party', 'signatory', 'not_party', 'unknown'];
const VOTE_ORDER: StandingKey[] = ['voted_yes', 'abstained', 'voted_no', 'absent'];
const ORG_ORDER: StandingKey[] = ['member', 'associate', 'observer', 'dialogue_partner', 'participant', 'former', 'none', 'unknown'];

const endOf = (year: number) => `${year}-12-31`;

function group(m: Model, byCountry: Map<string, StandingKey>, order: StandingKey[]) {
  return order
    .map((key) => ({
      key,
      countries: m.data.countries
        .filter((c) => byCountry.get(c.iso3) === key)
        .map((c) => ({ iso3: c.iso3, name: c.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .filter((g) => g.countries.length > 0);
}

/**
 * A depositary record as it stood at the end of `year`: a party became one on `date` and, when it ratified
 * after signing, was a signatory from `signed`; a signatory since `signed`; not party is not party throughout
 * (a signature is never withdrawn, and the dataset records no denunciation). A party without a date is
 * `unknown` for past years rather than guessed.
 */
function statusAsOf(r: Ratification, end: string): StandingKey {
  if (r.status === 'not_party') return 'not_party';
  const since = r.status === 'signatory' ? (r.signed ?? r.date) : r.date;
  if (since === undefined) return 'unknown';
  if (since <= end) return r.status;
  return r.signed !== undefined && r.signed <= end ? 'signatory' : 'not_party';
}

/** Each country's depositary status for `instrumentId`; with `year`, as it stood at the end of that year. */
export function instrumentStandings(m: Model, instrumentId: string, year: number | null = null): Standings | null {
  const inst = m.instrument.get(instrumentId);
  if (!inst) return null;
  const end = year === null ? null : endOf(year);
  const rows = m.data.ratifications.filter((r) => r.instrument_id === instrumentId);
  const disputed = new Set(rows.filter((r) => r.disputed).map((r) => r.country_iso3));
  const base = { kind: 'instrument' as const, id: instrumentId, disputed };
  if (end !== null && end < inst.adopted) {
    const records = [...new Set(rows.filter((r) => isAuthoritative(m.source.get(r.source_id)!)).map((r) => r.source_id))];
    return { ...base, groups: [], byCountry: new Map(), unchecked: new Set(), sourceIds: records, notYet: { event: 'adopted', date: inst.adopted } };
  }
  const byCountry = new Map<string, StandingKey>();
  const sourceIds = new Set<string>();
  const unchecked = new Set<string>();
  for (const r of rows) {
    if (!isAuthoritative(m.source.get(r.source_id)!)) continue;
    sourceIds.add(r.source_id);
    if (r.checked === false) unchecked.add(r.country_iso3);
    // The compact's record is one vote: no "as of" before it (the adoption check above covers that).
    byCountry.set(r.country_iso3, end === null || inst.kind === 'compact' ? r.status : statusAsOf(r, end));
  }
  const order = inst.kind === 'compact' ? VOTE_ORDER : INSTRUMENT_ORDER;
  return { ...base, groups: group(m, byCountry, order), byCountry, unchecked, sourceIds: [...sourceIds], notYet: null };
}

/**
 * Each country's status in `orgId` (now, or at the end of `year`); countries with none are `none`. As of a
 * past year, a status the record gives no start date for is `unknown`, not assumed to have always held.
 */
export function orgStandings(m: Model, orgId: string, year: number | null = null): Standings | null {
  const org = m.organisation.get(orgId);
  if (!org) return null;
  const when = year === null ? null : endOf(year);
  const base = { kind: 'org' as const, id: orgId, disputed: new Set<string>() };
  if (when !== null && org.founded && when < org.founded)
    return { ...base, groups: [], byCountry: new Map(), unchecked: new Set(), sourceIds: [], notYet: { event: 'founded', date: org.founded } };
  // "No status" is said only where the dataset keeps records: a country kept for its migrants alone is left out.
  const byCountry = new Map<string, StandingKey>(m.data.countries.filter(recordsKept).map((c) => [c.iso3, 'none' as StandingKey]));
  const sourceIds = new Set<string>();
  const unchecked = new Set<string>();
  const dated = m.data.memberships.filter((r) => r.org_id === orgId && (r.since || r.until || isAuthoritative(m.source.get(r.source_id)!)));
  for (const r of dated) {
    if (when !== null && !r.since) {
      // Undated: it holds now, but since when is not recorded. A dated row for the same country wins.
      if (byCountry.get(r.country_iso3) === 'none' && (!r.until || r.until > when)) byCountry.set(r.country_iso3, 'unknown');
      sourceIds.add(r.source_id);
      if (r.checked === false) unchecked.add(r.country_iso3);
      continue;
    }
    const started = when === null || r.since! <= when;
    const ended = r.until !== undefined && (when === null || r.until <= when);
    if (!started || ended) continue;
    byCountry.set(r.country_iso3, r.status);
    sourceIds.add(r.source_id);
    if (r.checked === false) unchecked.add(r.country_iso3);
    else unchecked.delete(r.country_iso3);
  }
  return { ...base, groups: group(m, byCountry, ORG_ORDER), byCountry, unchecked, sourceIds: [...sourceIds], notYet: null };
}
