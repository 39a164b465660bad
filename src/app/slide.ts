/**
 * The slide's words and colours: the same legend model as the screen's, in the slide's legend items; the
 * sources of what it shows, named on it (a slide travels without the app); the theme's slide colours.
 *
 * The slide follows the theme on screen (light, dark, or the projector's contrast while presenting), rather than
 * staying light for print: it is the view as the reader checked it, drawn from the same scene, so the flows' and
 * statuses' colours on the slide are the ones the reader saw and the legend explains (each theme tunes them for
 * its ground: a light slide of a dark screen would need a second scene in other colours and would show colours the
 * reader never saw). A presenter's slides were already dark, for their deck. A reader who wants a slide for print
 * or a light document presses the masthead's toggle (or adds `?theme=light`) first; both themes pass the same
 * contrast tests, slide colours included (tests/unit/theme-contrast.test.ts).
 */
import type { Model } from '../lib/queries/index.ts';
import type { Measure, OriginSummary } from '../lib/queries/flows.ts';
import type { Standings } from '../lib/queries/standings.ts';
import type { LegendItem, SlideContent, SlideLegend } from '../lib/export/slide.ts';
import type { Theme } from '../lib/theme/index.ts';
import type { I18n } from '../lib/i18n/index.ts';
import { formatAmount } from '../lib/i18n/format.ts';
import type { FlowsLegendModel, StandingsLegendModel } from './legend.ts';

/**
 * Flows: the width scale (each flow's value is written at its destination on the map itself), then the
 * origins drawn as a total mark, each with the lowest and highest published total (the slide cannot open
 * the list of sources the app shows, so the range stands in for it).
 */
export function flowsSlideLegend(l: FlowsLegendModel, t: I18n): SlideLegend {
  // Each origin's shares say their period and source; one origin's heading names it, several share the legend's.
  const periods = l.periods.map((p) => t.m.flows.periodSource({ period: p.period, source: p.flow.source.short }));
  const title = l.split.length === 1 ? l.split[0]!.heading : l.title;
  const scale: LegendItem[] = l.scale.samples.slice(0, 5).map((s) => ({
    kind: 'line',
    color: l.scale.color,
    width: s.widthPx,
    label: l.measure === 'share' ? s.label : formatAmount(s.value, t),
  }));
  // A derived count names the total it multiplies, so the slide never shows a number without its base.
  const base = l.derivations.map((d): LegendItem => ({
    kind: 'row',
    label: t.m.flows.slideTotal(t.m.flows.totalWhat[d.kind]),
    value: formatAmount(d.total.value!, t),
  }));
  const totals: LegendItem[] = l.totals.length
    ? [
        { kind: 'heading', label: t.m.flows.slideTotalsHeading },
        ...l.totals.map((o): LegendItem => ({ kind: 'row', color: o.color, label: o.origin.country.name, value: o.span })),
      ]
    : [];
  return {
    title,
    subtitle: t.locale.list(periods),
    items: [
      { kind: 'heading', label: t.m.flows.slideBasis[l.basis] },
      ...(l.measure === 'count' ? [{ kind: 'heading', label: l.scale.title } as const] : []),
      ...scale,
      ...base,
      ...totals,
    ],
  };
}

/**
 * Instrument or organisation maps: how many of the five hold the main status, each category's colours (on the
 * five, and lighter on the rest), name and number of countries; "no record"; the disputed hatch.
 */
export function standingsSlideLegend(l: StandingsLegendModel, t: I18n): SlideLegend {
  const items: LegendItem[] = l.centralAsia ? [{ kind: 'heading', label: l.centralAsia }] : [];
  items.push(
    ...l.groups.map((g): LegendItem => ({
      kind: 'swatch',
      color: g.color,
      tint: g.tint,
      label: t.m.statusCount({ status: g.label, count: g.count }),
    })),
  );
  if (l.groups.length) items.push({ kind: 'swatch', color: l.outside.color, label: l.outside.label });
  if (l.disputed) items.push({ kind: 'swatch', color: l.disputed.color, hatched: true, label: l.disputed.label });
  return { title: l.title, subtitle: l.when, items };
}

/**
 * The sources of what the slide shows: the record behind a standings map and the papers it marks as disputed,
 * or the flows' and totals' sources; in presenter mode the step's own sources come first.
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

/**
 * What the slide's lines count, and when and whose: one phrase per split ("Uzbekistan’s labour migrants, first
 * three months of 2023, Kamilov 2025"), on either measure, so a slide never shows a number without its basis.
 */
export function slideBasisLine(l: FlowsLegendModel, t: I18n): string {
  // Origins of one period and source share a phrase (the UN's five in one year).
  const groups = new Map<string, { names: string[]; period: string; source: string }>();
  for (const s of l.split) {
    const source = s.origin.flows[0]!.source.short;
    const key = `${s.period}|${source}`;
    const g = groups.get(key) ?? { names: [], period: s.period, source };
    g.names.push(s.origin.country.name);
    groups.set(key, g);
  }
  const parts = [...groups.values()].map((g) =>
    t.m.slide.basisPeriod[l.basis]({ origin: t.locale.list(g.names), period: g.period, source: g.source }),
  );
  const derived = l.measure === 'count' ? l.derivations.map((d) => t.m.flows.slideTotal(t.m.flows.totalWhat[d.kind])) : [];
  return [...parts, ...derived].join('; ');
}

/**
 * Everything on the slide but the map. The title is the view's headline (presenting: the step's title), the
 * subtitle the step's caption, then what the lines count and when (`basisLine`, flows only); without a caption,
 * that line is the subtitle. `address` is where the map lives (null from file://: a presenter's own disk).
 */
export function slideContent(
  p: { legend: SlideLegend; sources: string[]; headline: string; caption: string | null; basisLine: string | null; address: string | null },
  t: I18n,
  theme: Theme,
): SlideContent {
  return {
    title: p.headline,
    // A step's caption, then what the lines count; else what the lines count is the subtitle.
    subtitle: p.caption ?? p.basisLine ?? t.m.appSubtitle,
    basisLine: p.caption ? (p.basisLine ?? undefined) : undefined,
    legend: p.legend,
    sourceLine: t.m.slide.sourceLine(p.sources),
    credit: p.address ? t.m.slide.creditAt(p.address) : t.m.slide.credit,
    colors: theme.slide,
  };
}
