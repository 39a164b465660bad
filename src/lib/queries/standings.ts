/**
 * Where every country stands toward one instrument or one organisation, optionally as of a year: the data
 * behind the instrument and organisation maps, and their text equivalent (the lists in the legend).
 */
import type { Model } from './index.ts';
import { isAuthoritative } from './index.ts';

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
  | 'none';

export type Standings = {
  kind: 'instrument' | 'org';
  id: string;
  /** Categories in legend order, each with the countries in it (by name). */
  groups: { key: StandingKey; countries: string[] }[];
  byCountry: Map<string, StandingKey>;
  /** Countries where a source paper contradicts the record (instruments only). */
  disputed: Set<string>;
  /** The record's sources, for the legend's citation. */
  sourceIds: string[];
};

const INSTRUMENT_ORDER: StandingKey[] = ['party', 'signatory', 'not_party'];
const VOTE_ORDER: StandingKey[] = ['voted_yes', 'abstained', 'voted_no', 'absent'];
const ORG_ORDER: StandingKey[] = ['member', 'associate', 'observer', 'dialogue_partner', 'participant', 'former', 'none'];

const endOf = (year: number) => `${year}-12-31`;

function group(m: Model, byCountry: Map<string, StandingKey>, order: StandingKey[]) {
  return order
    .map((key) => ({
      key,
      countries: m.data.countries
        .filter((c) => byCountry.get(c.iso3) === key)
        .map((c) => c.name)
        .sort((a, b) => a.localeCompare(b)),
    }))
    .filter((g) => g.countries.length > 0);
}

/** Each country's depositary status for `instrumentId`; with `year`, as it stood at the end of that year. */
export function instrumentStandings(m: Model, instrumentId: string, year: number | null = null): Standings | null {
  const inst = m.instrument.get(instrumentId);
  if (!inst) return null;
  const rows = m.data.ratifications.filter((r) => r.instrument_id === instrumentId);
  const byCountry = new Map<string, StandingKey>();
  const sourceIds = new Set<string>();
  for (const r of rows) {
    if (!isAuthoritative(m.source.get(r.source_id)!)) continue;
    sourceIds.add(r.source_id);
    const notYet = year !== null && r.date !== undefined && r.date > endOf(year);
    byCountry.set(r.country_iso3, notYet ? (inst.kind === 'compact' ? 'absent' : 'not_party') : r.status);
  }
  if (year !== null && inst.kind === 'compact' && year < Number(inst.adopted.slice(0, 4))) return null; // nothing to show before it existed
  const disputed = new Set(rows.filter((r) => r.disputed).map((r) => r.country_iso3));
  return { kind: 'instrument', id: instrumentId, groups: group(m, byCountry, inst.kind === 'compact' ? VOTE_ORDER : INSTRUMENT_ORDER), byCountry, disputed, sourceIds: [...sourceIds] };
}

/** Each country's status in `orgId` (now, or at the end of `year`); countries with none are `none`. */
export function orgStandings(m: Model, orgId: string, year: number | null = null): Standings | null {
  if (!m.organisation.has(orgId)) return null;
  const when = year === null ? null : endOf(year);
  const byCountry = new Map<string, StandingKey>(m.data.countries.map((c) => [c.iso3, 'none' as StandingKey]));
  const sourceIds = new Set<string>();
  const dated = m.data.memberships.filter((r) => r.org_id === orgId && (r.since || r.until || isAuthoritative(m.source.get(r.source_id)!)));
  for (const r of dated) {
    const started = !r.since || when === null || r.since <= when;
    const ended = r.until !== undefined && (when === null || r.until <= when);
    if (!started || ended) continue;
    byCountry.set(r.country_iso3, r.status);
    sourceIds.add(r.source_id);
  }
  return { kind: 'org', id: orgId, groups: group(m, byCountry, ORG_ORDER), byCountry, disputed: new Set(), sourceIds: [...sourceIds] };
}
