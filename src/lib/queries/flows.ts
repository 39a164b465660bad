/**
 * Flows as the map, legend and panels show them: each flow with its basis (what it counts), its share and,
 * where one can be had, a number (published, or derived as share × a published total, and then marked
 * derived); which flows a year shows; and the Central Asian origins that have only a total. Pure: no DOM.
 */
import { ELSEWHERE, FLOW_BASES } from '../data/vocabulary.ts';
import type { Country, FlowBasis } from '../data/schema.ts';
import { flowsFrom, type FlowLine, type Model } from './index.ts';
import { figure, type Figure, type FigureValue } from './figures.ts';

export const BASES = FLOW_BASES;
export type Basis = FlowBasis;
/**
 * The basis the map opens on: labour migrants as published, the subject of the map. The UN's stock (people born
 * in a country living in another) covers every origin and thirty years, but counts everyone who ever moved,
 * Soviet-era resettlement included: one click away, never the first thing a reader takes for labour migration.
 */
export const DEFAULT_BASIS: Basis = 'labour_migrants';
/** The indicator holding the UN's total of people born in a country living abroad: the base of the stock's shares. */
export const BORN_ABROAD = 'born_in_origin_abroad';

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

/**
 * A flow as lists, tooltips and the map show it: its row, a unique id, its corridor and its number. Where the
 * source gives only numbers, the share is computed (`shareComputed`) as the number over `shareBase`: the UN's
 * total abroad of the origin for the stock, else the sum of the published split the row belongs to.
 */
export type FlowView = FlowLine & { id: string; corridor: string; count: FlowCount | null; shareComputed: boolean; shareBase: number | null };

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

/** The rows of one published split: one origin, basis, year, period and source. */
const splitOf = (f: Pick<FlowLine, 'origin_iso3' | 'basis' | 'year' | 'period' | 'source_id'>) =>
  [f.origin_iso3, f.basis, f.year, f.period ?? '', f.source_id].join('|');

/** Every flow (of one origin when given), largest share first, with its count where one can be had. */
export function flowViews(m: Model, origin?: string): FlowView[] {
  const rows = flowsFrom(m, origin);
  // The bases of computed shares: the UN's totals abroad, else each published split's sum (all its rows, "elsewhere" included).
  const bornAbroad = new Map(m.data.statistics.filter((s) => s.indicator === BORN_ABROAD).map((s) => [`${s.country_iso3}|${s.year}`, s.value!]));
  const splitSums = new Map<string, number>();
  for (const f of m.data.flows) if (f.migrants !== undefined) splitSums.set(splitOf(f), (splitSums.get(splitOf(f)) ?? 0) + f.migrants);
  const views = rows.map((f): FlowView => {
    const base =
      f.share_pct === undefined && f.migrants !== undefined
        ? ((f.basis === 'born_in_origin' ? bornAbroad.get(`${f.origin_iso3}|${f.year}`) : undefined) ?? splitSums.get(splitOf(f)) ?? null)
        : null;
    const computed = base !== null && base > 0 && f.origin_iso3 !== ELSEWHERE; // "elsewhere" has no total of its own
    return {
      ...f,
      share_pct: computed ? (100 * f.migrants!) / base : f.share_pct,
      shareComputed: computed,
      shareBase: computed ? base : null,
      id: flowId(f),
      corridor: corridorId(f.origin_iso3, f.destination_iso3),
      count: countFor(m, f),
    };
  });
  return views.sort((a, b) => (b.share_pct ?? 0) - (a.share_pct ?? 0) || (b.migrants ?? 0) - (a.migrants ?? 0));
}

/** Everywhere else is the rest of a split, not a partner: listed last, whatever its size (the order kept otherwise). */
export function elsewhereLast<T extends Pick<FlowLine, 'origin_iso3' | 'destination_iso3'>>(rows: T[]): T[] {
  const rest = (f: T) => f.origin_iso3 === ELSEWHERE || f.destination_iso3 === ELSEWHERE;
  return [...rows.filter((f) => !rest(f)), ...rows.filter(rest)];
}

/** The years a basis has flows for, earliest first. */
export function flowYears(views: FlowView[], basis: Basis): number[] {
  return [...new Set(views.filter((f) => f.basis === basis).map((f) => f.year))].sort((a, b) => a - b);
}

/**
 * The flows a map of one basis shows: those of `year`, or, with no year asked (`?year=` absent), each origin's
 * latest split (the published splits of labour migrants are snapshots of different years; each says its own).
 */
export function shownFlows(views: FlowView[], basis: Basis, year: number | null): FlowView[] {
  const own = views.filter((f) => f.basis === basis);
  if (year !== null) return own.filter((f) => f.year === year);
  const latest = new Map<string, number>();
  for (const f of own) latest.set(f.origin_iso3, Math.max(latest.get(f.origin_iso3) ?? -Infinity, f.year));
  return own.filter((f) => f.year === latest.get(f.origin_iso3));
}

/**
 * Whether drawing these flows by number would show anything their shares do not: a count published per corridor
 * (the UN's stock, a press split's numbers), or derived counts of more than one origin (each its own total). One
 * origin's shares times one total draw the same picture: then the labels give both, and there is no switch.
 */
export function countsDiffer(shown: FlowView[]): boolean {
  const counted = shown.filter((f) => f.count);
  return counted.some((f) => !f.count!.derived) || new Set(counted.map((f) => f.origin_iso3)).size > 1;
}

/** The value a flow is drawn and listed with under a measure (undefined when it has none). */
export function valueOf(f: FlowView, measure: Measure): number | undefined {
  return measure === 'share' ? f.share_pct : f.count?.value;
}

/**
 * What the map shows of each Central Asian state as an origin: a split by destination (the shown flows, ‘elsewhere’
 * included), or, for labour migrants, only a total abroad (a sized mark; totals are never mixed into the UN's
 * stock), or neither.
 */
export type OriginSummary = { country: Country; kind: 'split' | 'total' | 'none'; flows: FlowView[]; total: Figure | null };

export function originSummaries(m: Model, shown: FlowView[], basis: Basis): OriginSummary[] {
  return m.data.countries
    .filter((c) => c.role === 'central_asia')
    .map((country) => {
      const own = shown.filter((f) => f.origin_iso3 === country.iso3);
      const total = basis === 'labour_migrants' ? figure(m, country.iso3, MIGRANTS_ABROAD) : null;
      const kind = own.length > 0 ? 'split' : total?.range ? 'total' : 'none';
      return { country, kind, flows: own, total } as const;
    });
}
