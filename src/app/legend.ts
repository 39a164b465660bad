/**
 * What a legend says, as data: one model for the flows and one for the status maps, read by the on-screen
 * legends (ui/legend/) and turned into the slide's legend (slide.ts), so the two can never say different things.
 * Pure: texts come from the I18n, colours from the Theme.
 */
import { type Model } from '../lib/queries/index.ts';
import type { Source } from '../lib/data/schema.ts';
import type { Figure, FigureValue } from '../lib/queries/figures.ts';
import {
  countsDiffer,
  elsewhereLast,
  valueOf,
  type Basis,
  type CountTotal,
  type FlowView,
  type Measure,
  type OriginSummary,
} from '../lib/queries/flows.ts';
import { ELSEWHERE } from '../lib/data/vocabulary.ts';
import type { Standings, StandingKey } from '../lib/queries/standings.ts';
import { COUNT_AT_MAX_WIDTH, legendCounts, legendShares, widthForCount, widthForShare } from '../lib/flows/scale.ts';
import { originColor, standingColor, type Theme } from '../lib/theme/index.ts';
import type { I18n } from '../lib/i18n/index.ts';
import { describeSpan, formatAmount, formatShare, periodOf, placeName } from '../lib/i18n/format.ts';

export type ScaleSample = { value: number; label: string; widthPx: number };

export type FlowsLegendModel = {
  measure: Measure;
  /** Drawing by number would differ from drawing by share: the switch is offered. */
  measureOffered: boolean;
  /** What the lines count: the legend's title and the one line that says what is counted. */
  basis: Basis;
  title: string;
  about: string;
  /** The year shown (null: each origin's latest), the years the basis has, and the flows' period when one for all. */
  year: number | null;
  years: number[];
  /** Every origin, to show one alone or all: whether it has lines here, and whether it is the one shown. */
  origins: { iso3: string; name: string; color: string; lines: boolean; chosen: boolean }[];
  /** One origin shown alone (its ISO3), or null for all. */
  origin: string | null;
  /** The width scale: samples up to the first at or above the largest value on screen, in the first origin's colour. */
  scale: { title: string; color: string; samples: ScaleSample[] };
  /**
   * Origins split by destination: their flows, largest first (everywhere else last), each with the value shown
   * for the measure; `period` says what the split describes and `computed` that its shares are computed from the
   * numbers published.
   */
  split: {
    origin: OriginSummary;
    color: string;
    heading: string;
    period: string;
    computed: boolean;
    flows: { flow: FlowView; value: string; label: string; place: string }[];
  }[];
  /** What the splits describe, each period and source once (five origins of the UN's table share one). */
  periods: { key: string; period: string; flow: FlowView }[];
  /** How each derived count was made (by number only): the total multiplied, what it counts, the totals not used. */
  derivations: { origin: OriginSummary; first: FlowView; total: FigureValue; kind: CountTotal; others: FigureValue[] }[];
  /** Origins with flows but no number to draw them by (by number only). */
  noCount: OriginSummary[];
  /** Origins with only a total abroad: drawn as a mark; the lowest–highest published total. */
  totals: { origin: OriginSummary; color: string; span: string; figure: Figure }[];
  /** Origins with neither. */
  none: OriginSummary[];
  /** Lines drawn (everywhere else is listed, not drawn). */
  flowCount: number;
};

export type LegendFrame = {
  basis: Basis;
  shown: number | null;
  years: number[];
  origin: string | null;
  every: OriginSummary[];
};

export function flowsLegendModel(origins: OriginSummary[], measure: Measure, frame: LegendFrame, t: I18n, theme: Theme): FlowsLegendModel {
  const split = origins.filter((o) => o.kind === 'split');
  const flows = split.flatMap((o) => o.flows);
  const drawn = flows.filter((f) => f.destination_iso3 !== ELSEWHERE);
  const max = Math.max(0, ...drawn.map((f) => valueOf(f, measure) ?? 0));
  const first = split[0];
  const measureOffered = countsDiffer(flows);
  const display = (f: FlowView) => {
    if (measure === 'share') return f.share_pct === undefined ? '–' : formatShare(f.share_pct, t);
    return f.count ? formatAmount(f.count.value, t, f.count.derived ? 3 : undefined) : '–';
  };
  const marked = (f: FlowView, value: string) => (measure === 'count' && f.count?.derived ? t.m.flows.derivedValue(value) : value);
  return {
    measure,
    measureOffered,
    basis: frame.basis,
    title: t.m.flows.basisTitle[frame.basis],
    about: t.m.flows.basisAbout[frame.basis],
    year: frame.shown,
    years: frame.years,
    origin: frame.origin,
    origins: frame.every.map((o) => ({
      iso3: o.country.iso3,
      name: o.country.name,
      color: originColor(theme, o.country.iso3),
      lines: o.kind === 'split',
      chosen: frame.origin === o.country.iso3,
    })),
    scale: {
      title: (measure === 'share' ? t.m.flows.scaleShare : t.m.flows.scaleCount)[frame.basis],
      color: first ? originColor(theme, first.country.iso3) : theme.origins.fallback,
      samples: (measure === 'share' ? legendShares(max) : legendCounts(max, frame.basis)).map((value) => ({
        value,
        label: measure === 'share' ? t.m.unit.percent(t.locale.number(value)) : t.locale.compact(value),
        widthPx: measure === 'share' ? widthForShare(value) : widthForCount(value, COUNT_AT_MAX_WIDTH[frame.basis]),
      })),
    },
    split: split.map((o) => ({
      origin: o,
      color: originColor(theme, o.country.iso3),
      heading: t.m.flows.splitHeading[frame.basis](o.country.name),
      period: periodOf(o.flows[0]!),
      computed: o.flows.some((f) => f.shareComputed),
      flows: elsewhereLast(o.flows).map((f) => ({
        flow: f,
        value: display(f),
        place: placeName(f.destination, t),
        label: t.m.flows.openCorridor({ origin: f.origin.name, destination: placeName(f.destination, t), value: marked(f, display(f)) }),
      })),
    })),
    periods: [
      ...new Map(
        split.map((o) => {
          const flow = o.flows[0]!;
          const key = `${periodOf(flow)}|${flow.source_id}`;
          return [key, { key, period: periodOf(flow), flow }] as const;
        }),
      ).values(),
    ],
    // How a derived count was made, wherever one shows: drawn by number, or beside the share in the labels.
    derivations:
      measure !== 'count' && measureOffered
        ? []
        : split.flatMap((o) => {
            const c = o.flows.find((f) => f.count?.derived)?.count;
            return c?.derived ? [{ origin: o, first: o.flows[0]!, total: c.total, kind: c.kind, others: c.otherTotals }] : [];
          }),
    noCount: measure === 'count' ? split.filter((o) => o.flows.some((f) => !f.count)) : [],
    totals: origins
      .filter((o) => o.kind === 'total' && o.total)
      .map((o) => ({ origin: o, color: originColor(theme, o.country.iso3), span: describeSpan(o.total!.values, t), figure: o.total! })),
    none: origins.filter((o) => o.kind === 'none'),
    flowCount: drawn.length,
  };
}

/** A citation as a chip shows it: the source, where in it, and a note. */
export type Citation = { source: Source; locator: string; note?: string };

export type StandingsLegendModel = {
  title: string;
  when: string;
  /** Asked for a year before the instrument was adopted or the organisation founded. */
  notYet: string | null;
  /**
   * Each status: its colour on the five Central Asian states (`color`) and on every other country (`tint`,
   * lighter), its name, and how many countries of the dataset hold it ("17 countries").
   */
  groups: {
    key: StandingKey;
    color: string;
    tint: string;
    label: string;
    count: number;
    countLabel: string;
    countries: { iso3: string; name: string }[];
  }[];
  /** How many of the five hold the map's main status ("4 of the 5 Central Asian states are party"), when any status shows. */
  centralAsia: string | null;
  /** What the full and the lighter colours mean. */
  emphasisNote: string | null;
  /** Countries with no record here or outside the dataset, in the map's context colour. */
  outside: { color: string; label: string };
  /** Where a paper contradicts the record: the hatch's and outline's colour, the countries, and each paper's claim. */
  disputed: { color: string; label: string; names: string[]; claims: Citation[] } | null;
  /** What the counts are of (the dataset's countries, not all states), when there are any. */
  countsNote: string | null;
  /** How many of these records are not yet checked against a copy, when any. */
  uncheckedNote: string | null;
  /** The records' sources. */
  sources: Citation[];
};

export function standingsLegendModel(m: Model, s: Standings, year: number | null, t: I18n, theme: Theme): StandingsLegendModel {
  const title = s.kind === 'instrument' ? m.instrument.get(s.id)!.name : m.organisation.get(s.id)!.org_name;
  const names = m.data.countries.filter((c) => s.disputed.has(c.iso3)).map((c) => c.name);
  const notYetText = s.notYet && year !== null ? (s.notYet.event === 'adopted' ? t.m.notYetAdopted : t.m.notYetFounded) : null;
  // The papers whose claims the dashed outline marks, each with where it says so.
  const claims = m.data.ratifications
    .filter((r) => r.instrument_id === s.id && r.disputed)
    .map((r) => ({
      source: m.source.get(r.source_id)!,
      locator: t.m.countryLocator({ country: m.country.get(r.country_iso3)!.name, locator: r.locator }),
      note: r.note,
    }));
  const withRecord = [...s.byCountry.values()].filter((k) => k !== 'none').length;
  const locator = s.kind === 'instrument' ? m.instrument.get(s.id)!.locator : t.m.membershipRecords;
  return {
    title,
    when: standingsWhen(m, s, year, t),
    notYet: notYetText ? notYetText({ date: t.locale.date(s.notYet!.date), year: String(year) }) : null,
    groups: s.groups.map((g) => ({
      key: g.key,
      color: standingColor(theme, g.key),
      tint: standingColor(theme, g.key, false),
      label: t.m.status[g.key],
      count: g.countries.length,
      countLabel: t.m.countryCount(g.countries.length),
      countries: g.countries,
    })),
    centralAsia: s.groups.length ? centralAsiaCount(m, s, t) : null,
    emphasisNote: s.groups.length ? t.m.emphasisNote : null,
    outside: { color: theme.map.context, label: t.m.outsideDataset },
    disputed: names.length ? { color: theme.map.disputedOutline, label: t.m.disputedByPaper, names, claims } : null,
    // The countries this map covers: those kept with records, or every drawn country where the instrument records
    // them all (the compact's vote, issue 16).
    countsNote: s.groups.length ? t.m.countsOfDataset(s.byCountry.size) : null,
    uncheckedNote: s.unchecked.size ? t.m.uncheckedOnMap({ count: s.unchecked.size, total: withRecord }) : null,
    sources: s.sourceIds.map((id) => ({ source: m.source.get(id)!, locator })),
  };
}

/** The status a map is about: party to an instrument, in favour of the compact, member of an organisation. */
export function mainStatus(m: Model, s: Standings): 'party' | 'voted_yes' | 'member' {
  if (s.kind === 'org') return 'member';
  return m.instrument.get(s.id)?.kind === 'compact' ? 'voted_yes' : 'party';
}

/** "4 of the 5 Central Asian states are party": the five, counted on the map's main status. */
export function centralAsiaCount(m: Model, s: Standings, t: I18n): string {
  const five = m.data.countries.filter((c) => c.role === 'central_asia').map((c) => c.iso3);
  const key = mainStatus(m, s);
  return t.m.centralAsiaCount[key]({ count: five.filter((iso3) => s.byCountry.get(iso3) === key).length, total: five.length });
}

/** What a status map's "as of" says: the vote's date for the compact, else today or the year's end. */
export function standingsWhen(m: Model, standings: Standings, year: number | null, t: I18n): string {
  const inst = standings.kind === 'instrument' ? m.instrument.get(standings.id) : undefined;
  if (inst?.kind === 'compact') {
    const voted = m.data.ratifications.find((r) => r.instrument_id === standings.id && r.date)?.date;
    return t.m.recordedVote(t.locale.date(voted));
  }
  return year === null ? t.m.asOfNow : t.m.asOfYear(String(year));
}
