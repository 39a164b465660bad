/**
 * What the exported slide's legend says: the same facts as the on-screen legend for the current mode, as
 * plain data for Canvas drawing (see slide.ts).
 */
import type { Messages } from '../i18n/en.ts';
import { fill } from '../i18n/index.ts';
import { describeSpan, formatAmount } from '../format.ts';
import type { Measure, OriginSummary } from '../queries/flows.ts';
import { valueOf } from '../queries/flows.ts';
import type { Standings } from '../queries/standings.ts';
import type { Model } from '../queries/index.ts';
import { legendCounts, legendShares, widthForCount, widthForShare } from '../flows/scale.ts';
import { originColor } from '../flows/colors.ts';
import { standingColor } from '../map/palette.ts';
import type { LegendItem, SlideLegend } from './slide.ts';

/**
 * Flows: the width scale (each flow's value is written at its destination on the map itself), then the
 * origins drawn as a total mark, each with the lowest and highest published total (the slide cannot open
 * the list of sources the app shows, so the range stands in for it).
 */
export function flowsLegend(origins: OriginSummary[], measure: Measure, m: Messages): SlideLegend {
  const split = origins.filter((o) => o.kind === 'split');
  const flows = split.flatMap((o) => o.flows);
  const first = flows[0];
  const values = flows.map((f) => valueOf(f, measure) ?? 0);
  const max = Math.max(0, ...values);
  const color = first ? originColor(first.origin_iso3) : '#555';
  const scale: LegendItem[] =
    measure === 'share'
      ? legendShares(max).map((s) => ({ kind: 'line', color, width: widthForShare(s), label: `${s}%` }))
      : legendCounts(max).map((c) => ({ kind: 'line', color, width: widthForCount(c), label: formatAmount(c, m) }));
  // A derived count names the total it multiplies, so the slide never shows a number without its base.
  const count = first?.count;
  const base: LegendItem[] =
    measure === 'count' && count?.derived
      ? [{ kind: 'row', label: fill(m.flows.slideTotal, { totalWhat: m.flows.totalWhat[count.kind] }), value: formatAmount(count.total.value!, m) }]
      : [];
  return {
    title: first ? fill(m.flows.splitHeading, { origin: first.origin.name }) : m.flowsMode,
    subtitle: first ? `${first.period ?? first.year} · ${first.source.short}` : '',
    items: [
      ...(measure === 'count' ? [{ kind: 'heading', label: m.flows.scaleCount } as const] : []),
      ...scale.slice(0, 5),
      ...base,
      ...totalsRows(origins, m),
    ],
  };
}

function totalsRows(origins: OriginSummary[], m: Messages): LegendItem[] {
  const totals = origins.filter((o) => o.kind === 'total' && o.total);
  if (!totals.length) return [];
  return [
    { kind: 'heading', label: `${m.flows.totalsHeading}: ${m.flows.slideTotalsWhat}` },
    ...totals.map((o): LegendItem => ({
      kind: 'row',
      color: originColor(o.country.iso3),
      label: o.country.name,
      value: describeSpan(o.total!.values, m),
    })),
  ];
}

/** Instrument or organisation maps: each category's colour, name and number of countries. */
export function standingsLegend(s: Standings, title: string, subtitle: string, m: Messages, theme: 'light' | 'contrast' = 'light'): SlideLegend {
  const items: LegendItem[] = s.groups.map((g) => ({
    kind: 'swatch',
    color: standingColor(g.key, theme),
    label: `${m.status[g.key === 'none' ? 'no_status' : g.key]} (${g.countries.length})`,
  }));
  if (s.disputed.size) items.push({ kind: 'swatch', color: '#7a5200', dashed: true, label: m.disputedByPaper });
  return { title, subtitle, items };
}

/**
 * The sources of what the slide shows, named on it (a slide travels without the app): the record behind a
 * standings map and the papers it marks as disputed, or the flows' and totals' sources; in presenter mode
 * the step's own sources come first. Boundaries are always Natural Earth.
 */
export function slideSources(
  m: Model,
  view: { standings: Standings | null; origins: OriginSummary[]; measure: Measure; stepSources?: string[] },
): string[] {
  const ids: string[] = [...(view.stepSources ?? [])];
  if (view.standings) {
    ids.push(...view.standings.sourceIds);
    ids.push(...m.data.ratifications.filter((r) => r.instrument_id === view.standings!.id && r.disputed).map((r) => r.source_id));
  } else {
    for (const o of view.origins) {
      for (const f of o.flows) {
        ids.push(f.source_id);
        if (view.measure === 'count' && f.count?.derived) ids.push(f.count.total.source_id);
      }
      for (const v of o.total?.values ?? []) ids.push(v.source_id);
    }
  }
  return [...new Set(ids)].map((id) => m.source.get(id)!.short);
}

/** What a standings map's "as of" says: the vote's date for the compact, else today or the year's end. */
export function standingsWhen(m: Model, standings: Standings, year: number | null, msg: Messages, formatDate: (d?: string) => string): string {
  const inst = standings.kind === 'instrument' ? m.instrument.get(standings.id) : undefined;
  if (inst?.kind === 'compact') {
    const voted = m.data.ratifications.find((r) => r.instrument_id === standings.id && r.date)?.date;
    return fill(msg.recordedVote, { date: formatDate(voted) });
  }
  return year === null ? msg.asOfNow : fill(msg.asOfYear, { year });
}
