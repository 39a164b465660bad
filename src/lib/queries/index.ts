/**
 * Pure queries over the validated dataset: what a panel, a legend or a table shows. No DOM, no map.
 */
import { ELSEWHERE } from '../data/vocabulary.ts';
import type { Agreement, Country, Dataset, Event, Flow, Instrument, Law, Membership, Organisation, Ratification, Source } from '../data/schema.ts';
import { figuresOf, type Figure } from './figures.ts';

/** A fact together with the source that states it. */
export type Cited<T> = T & { source: Source };

export type Model = {
  data: Dataset;
  country: Map<string, Country>;
  countryByNumeric: Map<number, Country>;
  source: Map<string, Source>;
  organisation: Map<string, Organisation>;
  instrument: Map<string, Instrument>;
};

/**
 * "Everywhere else", as a flow's end: the partners below the import's threshold, summed (flows.csv's ZZZ). Not a
 * country: in no list, never drawn; components name it in the reader's language (`placeName`).
 */
export const ELSEWHERE_PLACE: Country = {
  iso3: ELSEWHERE,
  iso_numeric: '000',
  name: 'elsewhere',
  role: 'flows_only',
  on_map: false,
  anchor_place: 'none',
  anchor_lng: 0,
  anchor_lat: 0,
  source_id: '',
  locator: '',
};

/** Whether a flow's end is drawn on the map (countries off the region and "elsewhere" are listed, not drawn). */
export const onMap = (m: Model, iso3: string) => !!m.country.get(iso3)?.on_map;

/** Whether the dataset keeps a country's treaty and organisation records (all but those in it for their migrants alone). */
export const recordsKept = (c: Country) => c.role !== 'flows_only';

export function createModel(data: Dataset): Model {
  return {
    data,
    country: new Map([...data.countries.map((c) => [c.iso3, c] as const), [ELSEWHERE, ELSEWHERE_PLACE] as const]),
    countryByNumeric: new Map(data.countries.map((c) => [Number(c.iso_numeric), c])),
    source: new Map(data.sources.map((s) => [s.source_id, s])),
    organisation: new Map(data.organisations.map((o) => [o.org_id, o])),
    instrument: new Map(data.instruments.map((i) => [i.instrument_id, i])),
  };
}

function cite<T extends { source_id: string }>(m: Model, row: T): Cited<T> {
  return { ...row, source: m.source.get(row.source_id)! };
}

/** The ISO3 code a map shape with this ISO numeric id is drawn as, if the country is on the map. */
export function drawnAs(m: Model, isoNumeric: number): string | undefined {
  const c = m.countryByNumeric.get(isoNumeric);
  return c?.on_map ? c.iso3 : undefined;
}

/** `?country=uzb` → "UZB" when the dataset knows it, otherwise null (unknown codes are ignored, not errors). */
export function findCountry(m: Model, code: string | null | undefined): Country | null {
  if (!code) return null;
  return m.country.get(code.trim().toUpperCase()) ?? null;
}

/** One status in one organisation over one period, with every source that states it. */
export type MembershipLine = Cited<Membership> & { organisation: Organisation; alsoStatedBy: Cited<Membership>[] };
export type AgreementLine = Cited<Agreement> & { partners: string[] };
export type InstrumentLine = {
  instrument: Instrument;
  /** The depositary's record (or, for the compact, the UN voting record). */
  record: Cited<Ratification>;
  /** Papers that say the same as the record. */
  agreeing: Cited<Ratification>[];
  /** Papers' claims that contradict the record, shown beside it marked "disputed". */
  disputed: Cited<Ratification>[];
};

export const isAuthoritative = (s: Source) => s.kind === 'depositary' || s.kind === 'official';

/** A country's standing in one organisation: where it stands now, and the periods before. */
export type OrganisationLine = { organisation: Organisation; current: MembershipLine | null; history: MembershipLine[] };

export type Profile = {
  country: Country;
  /** In the order of data/organisations.csv. */
  organisations: OrganisationLine[];
  /** Agreements, programmes and declarations naming this country as a party. */
  agreements: AgreementLine[];
  /** Multilateral agreements of organisations this country is a full member of, whose parties the source does not list. */
  frameworks: (AgreementLine & { organisation: Organisation })[];
  instruments: InstrumentLine[];
  /** Every figure about the country, with all its sources' values. */
  figures: Figure[];
  laws: Cited<Law>[];
  /** Meetings and events held in the country or naming it as a participant, latest first. */
  events: Cited<Event>[];
};

const byDateDesc = (a?: string, b?: string) => (b ?? '').localeCompare(a ?? '');

export function profile(m: Model, iso3: string): Profile | null {
  const country = m.country.get(iso3);
  if (!country) return null;
  const { data } = m;

  const memberships = groupMemberships(data.memberships.filter((r) => r.country_iso3 === iso3).map((r) => cite(m, r))).map((r) => ({
    ...r,
    organisation: m.organisation.get(r.org_id)!,
  }));
  const organisations: OrganisationLine[] = [];
  for (const organisation of data.organisations) {
    const rows = memberships.filter((r) => r.org_id === organisation.org_id).sort((a, b) => (a.since ?? '').localeCompare(b.since ?? ''));
    if (rows.length === 0) continue;
    const open = rows.filter((r) => !r.until);
    const current = open.at(-1) ?? null; // the latest period that has not ended
    organisations.push({ organisation, current, history: rows.filter((r) => r !== current) });
  }

  const agreements = data.agreements
    .filter((a) => a.parties.includes(iso3))
    .map((a) => ({ ...cite(m, a), partners: a.parties.filter((p) => p !== iso3) }))
    .sort((a, b) => byDateDesc(a.signed, b.signed) || a.title.localeCompare(b.title));

  // Only full members: an observer (Uzbekistan in the EAEU) is not bound by the organisation's agreements.
  const memberOf = new Set(organisations.filter((o) => o.current?.status === 'member').map((o) => o.organisation.org_id));
  const frameworks = data.agreements
    .filter((a) => !a.parties.includes(iso3) && a.parties.length === 1 && memberOf.has(a.parties[0]!))
    .map((a) => ({ ...cite(m, a), partners: [], organisation: m.organisation.get(a.parties[0]!)! }))
    .sort((a, b) => (a.signed ?? '').localeCompare(b.signed ?? ''));

  const instruments: InstrumentLine[] = [];
  for (const instrument of data.instruments) {
    const rows = data.ratifications.filter((r) => r.country_iso3 === iso3 && r.instrument_id === instrument.instrument_id);
    const cited = rows.map((r) => cite(m, r));
    const record = cited.find((r) => isAuthoritative(r.source));
    if (!record) continue; // the loader guarantees one for every country in countries.csv
    const claims = cited.filter((r) => r !== record);
    instruments.push({ instrument, record, agreeing: claims.filter((r) => !r.disputed), disputed: claims.filter((r) => r.disputed) });
  }

  const laws = data.laws
    .filter((l) => l.country_iso3 === iso3)
    .map((l) => cite(m, l))
    .sort((a, b) => byDateDesc(a.adopted, b.adopted));
  const events = data.events
    .filter((e) => e.place_iso3 === iso3 || e.participants.includes(iso3))
    .map((e) => cite(m, e))
    .sort((a, b) => byDateDesc(a.date, b.date));
  return { country, organisations, agreements, frameworks, instruments, figures: figuresOf(m, iso3), laws, events };
}

/**
 * Merge rows that state the same membership: a paper that names a status without dates joins the dated row
 * of the same organisation and status (when there is exactly one), instead of repeating it as a second line.
 */
function groupMemberships(rows: Cited<Membership>[]): (Cited<Membership> & { alsoStatedBy: Cited<Membership>[] })[] {
  const out: (Cited<Membership> & { alsoStatedBy: Cited<Membership>[] })[] = [];
  const undated: Cited<Membership>[] = [];
  for (const r of rows) {
    if (!r.since && !r.until && !isAuthoritative(r.source)) undated.push(r);
    else out.push({ ...r, alsoStatedBy: [] });
  }
  for (const r of undated) {
    const same = out.filter((o) => o.org_id === r.org_id && o.status === r.status);
    if (same.length === 1) same[0]!.alsoStatedBy.push(r);
    else out.push({ ...r, alsoStatedBy: [] });
  }
  return out;
}

export type FlowLine = Cited<Flow> & { origin: Country; destination: Country };

/** Flows leaving `origin` (all origins when omitted), largest share first. */
export function flowsFrom(m: Model, origin?: string): FlowLine[] {
  return m.data.flows
    .filter((f) => origin === undefined || f.origin_iso3 === origin)
    .map((f) => ({ ...cite(m, f), origin: m.country.get(f.origin_iso3)!, destination: m.country.get(f.destination_iso3)! }))
    .sort((a, b) => (b.share_pct ?? 0) - (a.share_pct ?? 0));
}

/** Sources cited by the given rows, each once, in first-seen order. */
export function sourcesOf(rows: { source: Source }[]): Source[] {
  return [...new Map(rows.map((r) => [r.source.source_id, r.source])).values()];
}

/**
 * What the always-visible source line names: the seed documents and the depositaries, and how many other
 * official, press and reference pages back the remaining records (all are listed on the Sources page).
 */
export function sourceSummary(m: Model): { named: string[]; others: number } {
  const named = m.data.sources.filter((s) => s.seed_file || s.kind === 'depositary').map((s) => s.short);
  return { named, others: m.data.sources.length - named.length };
}

/** How many rows of each data file cite each source: shown on the Sources page next to every source. */
export function sourceUsage(m: Model): Map<string, number> {
  const counts = new Map<string, number>();
  const { sources: _sources, ...facts } = m.data;
  for (const rows of Object.values(facts))
    for (const r of rows as { source_id: string }[]) counts.set(r.source_id, (counts.get(r.source_id) ?? 0) + 1);
  return counts;
}
