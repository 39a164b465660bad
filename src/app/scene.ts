/**
 * From what the reader is looking at to what the map draws: the parts of a MapScene, each a pure function, so
 * the controller can keep each part's value (and reference) until its own inputs change, and a renderer skips
 * what did not. Nothing here knows a renderer or the DOM.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ShapeProps } from '../lib/geo/countries.ts';
import { labelPoint } from '../lib/geo/countries.ts';
import { boundsAround } from '../lib/geo/bounds.ts';
import { onMap, type Model } from '../lib/queries/index.ts';
import type { FlowView, Measure } from '../lib/queries/flows.ts';
import type { Standings } from '../lib/queries/standings.ts';
import type { Choropleth, FlowFocus, LngLat, MapLabel } from '../lib/map/types.ts';
import type { Theme } from '../lib/theme/index.ts';
import { standingColor } from '../lib/theme/index.ts';
import type { I18n } from '../lib/i18n/index.ts';
import { formatAmount, formatShare } from '../lib/i18n/format.ts';

export type Shapes = FeatureCollection<Polygon | MultiPolygon, ShapeProps>;

/** Where a country's flows start and end: its capital (countries.csv's anchor). */
export const anchorOf =
  (m: Model) =>
  (iso3: string): LngLat => {
    const c = m.country.get(iso3)!;
    return [c.anchor_lng, c.anchor_lat];
  };

/** The countries drawn in the region's colour. */
export const centralAsia = (m: Model): string[] => m.data.countries.filter((c) => c.role === 'central_asia').map((c) => c.iso3);

/** Where each drawn country's name goes (the centre of its largest part). */
export function labelPointsOf(shapes: Shapes): Map<string, LngLat> {
  return new Map(shapes.features.filter((f) => f.properties.iso3).map((f) => [f.properties.iso3!, labelPoint(f)]));
}

/**
 * A label for every country of the dataset on the map. A flow's destination is labelled where its line ends (the
 * capital), placed and ranked by `placedBy` (the latest year's flows, so labels stay put as the year changes);
 * with `values` (the flows shown), it carries the flow's value when they are one origin's and one of them arrives there.
 */
export function countryLabels(
  m: Model,
  points: Map<string, LngLat>,
  placedBy: FlowView[],
  values: FlowView[] | null,
  measure: Measure,
  t: I18n,
  /** Beside a share, the count it implies (not for the hall, where the story card carries it: labels stay short). */
  withCounts = true,
): MapLabel[] {
  const anchor = anchorOf(m);
  // A value at a destination names no origin: written only while one origin's lines are on the map.
  const oneOrigin = new Set((values ?? []).map((v) => v.origin_iso3)).size === 1;
  const detail = (iso3: string): string | undefined => {
    if (!oneOrigin) return undefined;
    const [f, ...more] = (values ?? []).filter((v) => v.destination_iso3 === iso3);
    if (!f || more.length) return undefined;
    const count = f.count?.value ? formatAmount(f.count.value, t, f.count.derived ? 3 : undefined) : undefined;
    if (measure === 'share') {
      if (!f.share_pct) return undefined;
      // One origin's shares of one total: the count it implies goes beside the share (there is no switch for it).
      return f.count?.derived && count && withCounts
        ? t.m.flows.shareAndCount({ share: formatShare(f.share_pct, t), count })
        : formatShare(f.share_pct, t);
    }
    if (!count) return undefined;
    return f.count!.derived ? t.m.flows.derivedValue(count) : count;
  };
  return [...points].map(([iso3, centre]) => {
    const share = placedBy.find((f) => f.destination_iso3 === iso3)?.share_pct;
    const capital = { lngLat: anchor(iso3), placement: 'above' as const };
    const middle = { lngLat: centre, placement: 'center' as const };
    return {
      iso3,
      text: m.country.get(iso3)!.name,
      detail: detail(iso3),
      at: share !== undefined ? [capital, middle] : [middle, capital],
      priority: (m.country.get(iso3)!.role === 'central_asia' ? 1000 : 0) + (share ?? -1),
    };
  });
}

/**
 * A status map's colours: each country's category, in full for the five Central Asian states (`emphasised`)
 * and subdued for the rest, and a hatch and dashed outline where a paper disputes the record.
 */
export function choroplethOf(standings: Standings | null, theme: Theme, emphasised: readonly string[] = []): Choropleth | null {
  if (!standings) return null;
  const colors: Record<string, string> = {};
  for (const [iso3, key] of standings.byCountry) colors[iso3] = standingColor(theme, key, emphasised.includes(iso3));
  return { colors, outlined: [...standings.disputed] };
}

/** Which flows stand out: those of the open corridor, else those touching the open country. */
export function focusOf(corridor: [string, string] | null, country: string | null): FlowFocus {
  if (corridor) return { kind: 'corridor', a: corridor[0], b: corridor[1] };
  return country ? { kind: 'country', iso3: country } : null;
}

/**
 * Where the map opens: every Central Asian state and the destinations of the corridors of at least 1% (with
 * five origins, a 0.9% line to London would zoom the map out to its limit, leaving no room to bring an opened
 * corridor clear of the panels; the smaller lines run off the edge, a pan away). A phone is too narrow for
 * Seoul and Warsaw at a legible zoom: it opens on the corridors of at least 10% (Russia and Kazakhstan).
 */
export function openingBounds(m: Model, flows: FlowView[], narrow: boolean): [LngLat, LngLat] {
  const anchor = anchorOf(m);
  // Drawn destinations only: "elsewhere" and countries off the map have no place to frame.
  const drawn = (iso3: string) => onMap(m, iso3);
  const least = narrow ? 10 : 1;
  const destinations = flows.filter((f) => drawn(f.destination_iso3) && (f.share_pct ?? 0) >= least).map((f) => f.destination_iso3);
  return boundsAround([...centralAsia(m), ...destinations].map(anchor), narrow ? 6 : 4);
}
