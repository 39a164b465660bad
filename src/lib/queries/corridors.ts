/**
 * Corridors: two countries, the flows between them (every basis and year), and the law that binds both; and
 * a country's flows as the small tables of its panel. Pure: no DOM, no map.
 */
import type { Country, Instrument, Organisation } from '../data/schema.ts';
import { profile, type AgreementLine, type InstrumentLine, type MembershipLine, type Model } from './index.ts';
import { elsewhereLast, flowViews, flowYears, type FlowView } from './flows.ts';
import { pairSeries, type Series } from './series.ts';

/** A corridor: two countries, the flows between them, and the law that binds both. */
export type Corridor = {
  a: Country;
  b: Country;
  /**
   * Flows in both directions: every published labour split, then the UN's stock in one year (the one the map
   * shows, else its latest); a → b first, latest year first.
   */
  flows: FlowView[];
  /** The UN's stock in every year, one series per direction, a → b first (drawn beside the flows). */
  series: Series[];
  /** Agreements, programmes and declarations naming both as parties. */
  agreements: AgreementLine[];
  /** Multilateral agreements of organisations both are full members of, whose parties the source does not list. */
  frameworks: (AgreementLine & { organisation: Organisation })[];
  /** Organisations in which both currently hold a status (member, observer, ...; not former), both members first. */
  memberships: { organisation: Organisation; a: MembershipLine; b: MembershipLine }[];
  /** Every instrument with both countries' records; `bothParty` when both are party (or both voted yes). */
  instruments: { instrument: Instrument; a: InstrumentLine; b: InstrumentLine; bothParty: boolean }[];
};

const JOINED = new Set(['party', 'voted_yes']);

/** `stockYear`: the year of the UN's stock to list (null: its latest); `all`: the flows, when the caller has them. */
export function corridor(m: Model, a: string, b: string, stockYear: number | null = null, all = flowViews(m)): Corridor | null {
  const pa = profile(m, a);
  const pb = profile(m, b);
  if (!pa || !pb || a === b) return null;
  const between = all.filter((f) => (f.origin_iso3 === a && f.destination_iso3 === b) || (f.origin_iso3 === b && f.destination_iso3 === a));
  const year = stockYear ?? flowYears(all, 'born_in_origin').at(-1);
  const flows = between.filter((f) => f.basis === 'labour_migrants' || f.year === year);
  // Labour migrants first, then the UN's stock; a → b first; within a direction the latest year first.
  flows.sort(
    (x, y) =>
      Number(x.basis !== 'labour_migrants') - Number(y.basis !== 'labour_migrants') ||
      Number(x.origin_iso3 !== a) - Number(y.origin_iso3 !== a) ||
      y.year - x.year,
  );
  const agreements = pa.agreements.filter((x) => x.parties.includes(b));
  const frameworks = pa.frameworks.filter((x) => pb.frameworks.some((y) => y.agreement_id === x.agreement_id));
  const active = (line: MembershipLine | null) => line && line.status !== 'former';
  const memberships = pa.organisations.flatMap((oa) => {
    const ob = pb.organisations.find((o) => o.organisation.org_id === oa.organisation.org_id);
    return ob && active(oa.current) && active(ob.current) ? [{ organisation: oa.organisation, a: oa.current!, b: ob.current! }] : [];
  });
  const bothMembers = (x: (typeof memberships)[number]) => x.a.status === 'member' && x.b.status === 'member';
  memberships.sort((x, y) => Number(bothMembers(y)) - Number(bothMembers(x)));
  const instruments = pa.instruments.flatMap((ia) => {
    const ib = pb.instruments.find((i) => i.instrument.instrument_id === ia.instrument.instrument_id);
    return ib ? [{ instrument: ia.instrument, a: ia, b: ib, bothParty: JOINED.has(ia.record.status) && JOINED.has(ib.record.status) }] : [];
  });
  return { a: pa.country, b: pb.country, flows, series: pairSeries(all, a, b), agreements, frameworks, memberships, instruments };
}

/**
 * `?corridor=uzb-rus` → ["UZB", "RUS"] when both countries are known, distinct, and the dataset has a flow or
 * an agreement between them; anything else is ignored (null), never an error.
 */
export function findCorridor(m: Model, raw: string | null | undefined): [string, string] | null {
  const match = raw
    ?.trim()
    .toUpperCase()
    .match(/^([A-Z]{3})-([A-Z]{3})$/);
  if (!match) return null;
  const [, a, b] = match as unknown as [string, string, string];
  if (a === b || !m.country.has(a) || !m.country.has(b)) return null;
  const linked =
    m.data.flows.some((f) => (f.origin_iso3 === a && f.destination_iso3 === b) || (f.origin_iso3 === b && f.destination_iso3 === a)) ||
    m.data.agreements.some((x) => x.parties.includes(a) && x.parties.includes(b));
  return linked ? [a, b] : null;
}

/**
 * A country's flows as small tables, one per direction, basis, source, year and period (and origin, for the
 * labour migrants arriving: each origin's split is its own), so that each says its period and source once:
 * outbound first, labour migrants before the UN's stock, the latest year first (rows largest first, everywhere else last).
 */
export function flowTables(outbound: FlowView[], inbound: FlowView[]): { outbound: boolean; key: string; rows: FlowView[] }[] {
  const tables: { outbound: boolean; key: string; rows: FlowView[] }[] = [];
  for (const [isOut, rows] of [
    [true, outbound],
    [false, inbound],
  ] as const) {
    for (const f of rows) {
      const origin = isOut || f.basis === 'labour_migrants' ? f.origin_iso3 : '';
      const key = [isOut, f.basis, origin, f.source_id, f.year, f.period ?? ''].join('|');
      const table = tables.find((t) => t.key === key);
      if (table) table.rows.push(f);
      else tables.push({ outbound: isOut, key, rows: [f] });
    }
  }
  for (const t of tables) t.rows = elsewhereLast(t.rows);
  const stock = (t: (typeof tables)[number]) => Number(t.rows[0]!.basis !== 'labour_migrants');
  return tables.sort((a, b) => Number(b.outbound) - Number(a.outbound) || stock(a) - stock(b) || b.rows[0]!.year - a.rows[0]!.year);
}
