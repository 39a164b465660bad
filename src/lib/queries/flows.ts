/**
 * Flows as the map, legend and panels show them: each flow with its share and, where one can be had, a
 * number of migrants (published, or derived as share × a published total, and then marked derived); the
 * Central Asian origins that have only a total; and corridors between two countries. Pure: no DOM, no map.
 */
import type { Country, Instrument, Organisation } from '../data/schema.ts';
import { flowsFrom, profile, type AgreementLine, type FlowLine, type InstrumentLine, type MembershipLine, type Model } from './index.ts';
import { figure, type Figure, type FigureValue } from './figures.ts';

export const MEASURES = ['share', 'count'] as const;
export type Measure = (typeof MEASURES)[number];

/** The indicator holding an origin's total of labour migrants abroad (data/statistics.csv). */
export const MIGRANTS_ABROAD = 'labour_migrants_abroad';
/** The indicator holding the number of an origin's citizens who left for work in a period. */
export const DEPARTURES_FOR_WORK = 'departures_for_work';
/** The totals a share may be multiplied by, in order of preference: a count of the same movements first. */
export const COUNT_TOTALS = [DEPARTURES_FOR_WORK, MIGRANTS_ABROAD] as const;
export type CountTotal = (typeof COUNT_TOTALS)[number];

/** A number of migrants on a flow: published in flows.csv, or derived from the share and a published total. */
export type FlowCount =
  | { value: number; derived: false }
  | {
      value: number;
      derived: true;
      /** The total the share was multiplied by: departures for work, or migrants abroad, in the shares' period. */
      total: FigureValue;
      /** What the total counts (and so what the derived number counts). */
      kind: CountTotal;
      /** Every published total of the origin's migrants abroad not used, shown beside the derived count. */
      otherTotals: FigureValue[];
    };

/** A flow as lists, tooltips and the map show it: its row, a unique id, its corridor and its number of migrants. */
export type FlowView = FlowLine & { id: string; corridor: string; count: FlowCount | null };

/**
 * A flow's id: one per row of flows.csv, so a second year, a second period or a second source for the same
 * pair is a flow of its own (the same key data/flows.csv is checked unique on).
 */
export const flowId = (f: Pick<FlowLine, 'origin_iso3' | 'destination_iso3' | 'year' | 'period' | 'source_id'>) =>
  [f.origin_iso3, f.destination_iso3, f.year, f.period ?? '', f.source_id].join('|');

/** A corridor's id, as in `?corridor=UZB-RUS`: the two countries, whatever the year or direction of its flows. */
export const corridorId = (a: string, b: string) => `${a}-${b}`;

/**
 * The total a derived count multiplies a share by, chosen by an explicit rule rather than picked silently:
 * a point estimate from the same source as the shares and for the same year and period, so that share and
 * total describe the same people. For Uzbekistan that is Kamilov 2025's 486,100 departures for work in the
 * first three months of 2023: the paper gives the shares of "these migrants" right after it. (Its 1.9
 * million working abroad at the end of 2024 is a stock at another date, and is only shown beside.)
 * Null when no total meets the rule: then no count is derived.
 */
export function totalForCounts(
  m: Model,
  flow: Pick<FlowLine, 'origin_iso3' | 'source_id' | 'year' | 'period'>,
): (FigureValue & { indicator: CountTotal }) | null {
  // A point estimate ("486.1 thousand", "about 1.9 million"), not a bound ("more than 2 million") or a range.
  const pointEstimate = (v: FigureValue) => v.qualifier === 'exact' || v.qualifier === 'about';
  const samePeriod = (v: FigureValue) => v.year === flow.year && (v.period ?? '') === (flow.period ?? '');
  for (const indicator of COUNT_TOTALS) {
    const match = figure(m, flow.origin_iso3, indicator)?.values.find(
      (v) => v.source_id === flow.source_id && pointEstimate(v) && samePeriod(v) && v.value !== undefined,
    );
    if (match) return { ...match, indicator };
  }
  return null;
}

export function countFor(m: Model, f: FlowLine): FlowCount | null {
  if (f.migrants !== undefined) return { value: f.migrants, derived: false };
  if (f.share_pct === undefined) return null;
  const total = totalForCounts(m, f);
  if (!total) return null;
  const otherTotals = (figure(m, f.origin_iso3, MIGRANTS_ABROAD)?.values ?? []).filter((v) => !sameRow(v, total));
  return { value: (f.share_pct / 100) * total.value!, derived: true, total, kind: total.indicator, otherTotals };
}

const sameRow = (a: FigureValue, b: FigureValue) =>
  a.indicator === b.indicator && a.source_id === b.source_id && a.locator === b.locator && a.value === b.value && a.year === b.year;

/** Every flow (of one origin when given), largest share first, with its count where one can be had. */
export function flowViews(m: Model, origin?: string): FlowView[] {
  return flowsFrom(m, origin).map((f) => ({ ...f, id: flowId(f), corridor: corridorId(f.origin_iso3, f.destination_iso3), count: countFor(m, f) }));
}

/** The years the dataset has flows for, earliest first. */
export function flowYears(m: Model): number[] {
  return [...new Set(m.data.flows.map((f) => f.year))].sort((a, b) => a - b);
}

/** The year the map draws flows for: the one asked for (`?year=`), else the latest with flows (null when none). */
export function flowYear(m: Model, asked: number | null): number | null {
  return asked ?? flowYears(m).at(-1) ?? null;
}

/** The value a flow is drawn and listed with under a measure (undefined when it has none). */
export function valueOf(f: FlowView, measure: Measure): number | undefined {
  return measure === 'share' ? f.share_pct : f.count?.value;
}

/**
 * What the dataset says about each Central Asian state as an origin of labour migrants in one year: a split by
 * destination (that year's flows), only a total abroad (shown as a sized mark), or neither.
 */
export type OriginSummary = { country: Country; kind: 'split' | 'total' | 'none'; flows: FlowView[]; total: Figure | null };

export function originSummaries(m: Model, year: number | null = flowYear(m, null)): OriginSummary[] {
  const flows = flowViews(m).filter((f) => f.year === year);
  return m.data.countries
    .filter((c) => c.role === 'central_asia')
    .map((country) => {
      const own = flows.filter((f) => f.origin_iso3 === country.iso3);
      const total = figure(m, country.iso3, MIGRANTS_ABROAD);
      const kind = own.length > 0 ? 'split' : total?.range ? 'total' : 'none';
      return { country, kind, flows: own, total } as const;
    });
}

/** A corridor: two countries, the flows between them, and the law that binds both. */
export type Corridor = {
  a: Country;
  b: Country;
  /** Flows in both directions and every year, a → b first, latest year first. */
  flows: FlowView[];
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

export function corridor(m: Model, a: string, b: string): Corridor | null {
  const pa = profile(m, a);
  const pb = profile(m, b);
  if (!pa || !pb || a === b) return null;
  const flows = flowViews(m).filter((f) => (f.origin_iso3 === a && f.destination_iso3 === b) || (f.origin_iso3 === b && f.destination_iso3 === a));
  // a → b first; within a direction the latest year first (flowViews keeps the largest share first within a year).
  flows.sort((x, y) => Number(x.origin_iso3 !== a) - Number(y.origin_iso3 !== a) || y.year - x.year);
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
  return { a: pa.country, b: pb.country, flows, agreements, frameworks, memberships, instruments };
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
 * A country's flows as small tables, one per direction, origin, source, year and period, so that each says its
 * period and source once: outbound first, then the latest year first (rows keep their order: largest first).
 */
export function flowTables(outbound: FlowView[], inbound: FlowView[]): { outbound: boolean; key: string; rows: FlowView[] }[] {
  const tables: { outbound: boolean; key: string; rows: FlowView[] }[] = [];
  for (const [isOut, rows] of [
    [true, outbound],
    [false, inbound],
  ] as const) {
    for (const f of rows) {
      const key = [isOut, f.origin_iso3, f.source_id, f.year, f.period ?? ''].join('|');
      const table = tables.find((t) => t.key === key);
      if (table) table.rows.push(f);
      else tables.push({ outbound: isOut, key, rows: [f] });
    }
  }
  return tables.sort((a, b) => Number(b.outbound) - Number(a.outbound) || b.rows[0]!.year - a.rows[0]!.year);
}
