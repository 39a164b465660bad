/**
 * What a country's panel answers first, decided from the data: which organisations bind it (before summit
 * formats and consultative processes), its agreements grouped by partner, its treaty record as a status table,
 * and each paper's contrary claim once, however many instruments it concerns. Pure: no DOM, no Svelte.
 */
import type { Corroboration, Instrument, Organisation, Ratification, Source } from '../data/schema.ts';
import type { AgreementLine, Cited, InstrumentLine, Model, OrganisationLine, Profile } from './index.ts';

/**
 * Kinds of organisations.csv that meet rather than bind: a summit format or a consultative process has no
 * treaty its participants ratified. Every other kind (regional integration, cooperation, security, the UN
 * system) is an organisation founded by a treaty or charter its members are party to.
 */
export const FORUM_KINDS: ReadonlySet<Organisation['kind']> = new Set(['consultative_process', 'summit_format']);

export const binds = (o: Organisation) => !FORUM_KINDS.has(o.kind);

/** Where a country stands now, as a rank: members first, then other statuses, then a past membership. */
const standingRank = (line: OrganisationLine) => {
  const s = line.current?.status;
  if (s === 'member') return 0;
  if (s && s !== 'former') return 1;
  return 2;
};

/**
 * A country's organisations in two tiers: those that bind (current members first, then observers and the
 * like, then former memberships; in data/organisations.csv's order within each) and the forums it takes part in.
 */
export function organisationTiers(lines: OrganisationLine[]): { bodies: OrganisationLine[]; forums: OrganisationLine[] } {
  const bodies = lines
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => binds(line.organisation))
    .sort((a, b) => standingRank(a.line) - standingRank(b.line) || a.i - b.i)
    .map(({ line }) => line);
  return { bodies, forums: lines.filter((l) => !binds(l.organisation)) };
}

/**
 * Agreements under one heading: with one partner country (`country`), with an organisation alone
 * (`organisation`), or with several countries, or none named (`multilateral`).
 */
export type AgreementGroup = { kind: 'country' | 'organisation' | 'multilateral'; partner: string | null; agreements: AgreementLine[] };

/** A group's key, unique among a panel's groups (for ids and links to it). */
export const groupKey = (g: Pick<AgreementGroup, 'kind' | 'partner'>) => `${g.kind}-${g.partner ?? 'all'}`;

const GROUP_ORDER: Record<AgreementGroup['kind'], number> = { country: 0, organisation: 1, multilateral: 2 };

/**
 * `agreements` (each naming `home` as a party) by partner: one group per partner country with its bilateral
 * agreements and programmes (the partner with most first, then by name), one per organisation (in
 * organisations.csv's order), then those of several countries. Within a group, the latest first (undated last).
 * With two homes (a corridor), the agreements of the two alone are one group (`country`, no partner), the rest
 * `multilateral`.
 */
export function groupAgreements(m: Model, home: string | string[], agreements: AgreementLine[]): AgreementGroup[] {
  const homes = new Set(Array.isArray(home) ? home : [home]);
  const isCountry = (id: string) => m.country.has(id);
  const groups = new Map<string, AgreementGroup>();
  for (const a of agreements) {
    const others = a.parties.filter((p) => !homes.has(p));
    const countries = others.filter(isCountry);
    const orgs = others.filter((p) => !isCountry(p));
    const [kind, partner]: [AgreementGroup['kind'], string | null] =
      homes.size > 1
        ? others.length === 0
          ? ['country', null] // a corridor's two countries alone: their bilateral agreements
          : ['multilateral', null]
        : countries.length === 1 && orgs.length === 0
          ? ['country', countries[0]!]
          : countries.length === 0 && orgs.length === 1
            ? ['organisation', orgs[0]!]
            : ['multilateral', null];
    const key = `${kind}|${partner ?? ''}`;
    const group = groups.get(key) ?? { kind, partner, agreements: [] };
    group.agreements.push(a);
    groups.set(key, group);
  }
  const name = (g: AgreementGroup) => (g.partner ? (m.country.get(g.partner)?.name ?? g.partner) : '');
  const orgIndex = (g: AgreementGroup) => m.data.organisations.findIndex((o) => o.org_id === g.partner);
  const latestFirst = (a: AgreementLine, b: AgreementLine) =>
    Number(!a.signed) - Number(!b.signed) || (b.signed ?? '').localeCompare(a.signed ?? '') || a.title.localeCompare(b.title);
  for (const g of groups.values()) g.agreements.sort(latestFirst);
  return [...groups.values()].sort(
    (a, b) =>
      GROUP_ORDER[a.kind] - GROUP_ORDER[b.kind] ||
      (a.kind === 'country' ? b.agreements.length - a.agreements.length || name(a).localeCompare(name(b)) : 0) ||
      (a.kind === 'organisation' ? orgIndex(a) - orgIndex(b) : 0),
  );
}

/** A paper's claim contrary to the record, once for every instrument it concerns with the same words. */
export type DisputedNote = {
  /** Stable within a panel: the source and the position of the note among this country's claims. */
  key: string;
  source: Source;
  /** What the paper says the status is (the same for every instrument here). */
  status: Ratification['status'];
  note: string | undefined;
  /** The instruments the claim concerns, in the table's order, with each one's locator. */
  claims: { instrument: Instrument; claim: Cited<Ratification> }[];
};

/**
 * Every contrary claim among `lines`, one per source, status and note: a note a paper's single sentence
 * produced under several instruments (Asadov 2024 on ILO C097 and C143) is one entry naming both.
 */
export function disputedNotes(lines: InstrumentLine[]): DisputedNote[] {
  const notes: DisputedNote[] = [];
  for (const line of lines)
    for (const claim of line.disputed) {
      const same = notes.find((n) => n.source.source_id === claim.source_id && n.status === claim.status && n.note === claim.note);
      if (same) same.claims.push({ instrument: line.instrument, claim });
      else
        notes.push({
          key: `${claim.source_id}-${notes.length}`,
          source: claim.source,
          status: claim.status,
          note: claim.note,
          claims: [{ instrument: line.instrument, claim }],
        });
    }
  return notes;
}

/** The note (in `notes`) that a line's claim from `source_id` belongs to. */
export const noteFor = (notes: DisputedNote[], instrumentId: string, claim: Cited<Ratification>) =>
  notes.find((n) => n.claims.some((c) => c.instrument.instrument_id === instrumentId && c.claim === claim));

/** An instrument's status as the glance shows it: the depositary's word, and whether a paper disputes it. */
export type StatusChip = { instrument: Instrument; status: Ratification['status']; disputed: boolean };

/** The first things the panel says: what binds the country, its agreements by partner, its treaty record. */
export type Glance = {
  /** Organisations that bind it, where it is a full member. */
  memberOf: Organisation[];
  /** Organisations that bind, where it holds another current status (an observer in the EAEU). */
  otherStatus: { organisation: Organisation; status: NonNullable<OrganisationLine['current']>['status'] }[];
  /** Bilateral agreements and programmes by partner country, as `groupAgreements` orders them. */
  partners: { partner: string; count: number }[];
  /** Agreements with an organisation, or with several countries. */
  otherAgreements: number;
  /** Every instrument in instruments.csv's order, the Global Compact's vote included. */
  instruments: StatusChip[];
};

export function glance(m: Model, p: Profile): Glance {
  const { bodies } = organisationTiers(p.organisations);
  const groups = groupAgreements(m, p.country.iso3, p.agreements);
  return {
    memberOf: bodies.filter((o) => o.current?.status === 'member').map((o) => o.organisation),
    otherStatus: bodies.flatMap((o) =>
      o.current && o.current.status !== 'member' && o.current.status !== 'former' ? [{ organisation: o.organisation, status: o.current.status }] : [],
    ),
    partners: groups.filter((g) => g.kind === 'country' && g.partner).map((g) => ({ partner: g.partner!, count: g.agreements.length })),
    otherAgreements: groups.filter((g) => g.kind !== 'country').reduce((n, g) => n + g.agreements.length, 0),
    instruments: p.instruments.map((line) => ({ instrument: line.instrument, status: line.record.status, disputed: line.disputed.length > 0 })),
  };
}

/**
 * Disputed rows (laws, events) by their note: one entry per source and note, naming every row it concerns, so
 * a note the data repeats under several rows (a paper dating one law to two years) is read once.
 */
export function notesOfDisputed<T extends Cited<{ source_id: string; corroboration: Corroboration; note?: string }>>(
  rows: T[],
): { key: string; source: Source; note: string; rows: T[] }[] {
  const out: { key: string; source: Source; note: string; rows: T[] }[] = [];
  for (const r of rows) {
    if (r.corroboration !== 'disputed' || !r.note) continue;
    const same = out.find((n) => n.source.source_id === r.source_id && n.note === r.note);
    if (same) same.rows.push(r);
    else out.push({ key: `${r.source_id}-${out.length}`, source: r.source, note: r.note, rows: [r] });
  }
  return out;
}
