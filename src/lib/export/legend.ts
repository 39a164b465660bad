/**
 * What the exported slide's legend says: the same facts as the on-screen legend for the current mode, as
 * plain data for Canvas drawing (see slide.ts).
 */
import type { Messages } from '../i18n/en.ts';
import { fill } from '../i18n/index.ts';
import { formatAmount } from '../format.ts';
import type { Measure, OriginSummary } from '../queries/flows.ts';
import { valueOf } from '../queries/flows.ts';
import type { Standings } from '../queries/standings.ts';
import { legendCounts, legendShares, widthForCount, widthForShare } from '../flows/scale.ts';
import { originColor } from '../flows/colors.ts';
import { STANDING_COLORS } from '../map/palette.ts';
import type { LegendItem, SlideLegend } from './slide.ts';

/** Flows: the width scale (each flow's value is written at its destination on the map itself). */
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
    subtitle: first ? `${first.period ?? first.year} · ${first.source.short}${measure === 'count' ? ` · ${m.flows.scaleCount}` : ''}` : '',
    items: [...scale.slice(0, 5), ...base],
  };
}

/** Instrument or organisation maps: each category's colour, name and number of countries. */
export function standingsLegend(s: Standings, title: string, subtitle: string, m: Messages): SlideLegend {
  const items: LegendItem[] = s.groups.map((g) => ({
    kind: 'swatch',
    color: STANDING_COLORS[g.key],
    label: `${m.status[g.key === 'none' ? 'no_status' : g.key]} (${g.countries.length})`,
  }));
  if (s.disputed.size) items.push({ kind: 'swatch', color: '#7a5200', dashed: true, label: m.disputedByPaper });
  return { title, subtitle, items };
}
