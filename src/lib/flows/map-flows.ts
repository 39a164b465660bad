/**
 * From flows as the dataset states them to flows as the map draws them: one line per direction a basis has in
 * any year, in a fixed order, so that changing the year or the measure only changes widths (the map keeps its
 * geometry: a texture update, no rebuild); a width for the measure on screen (0 where the year has no row for
 * that direction: not drawn, not hit); the origin's colour (from the theme, passed in as `colorOf`).
 */
import type { MapFlow, MapMark } from '../map/types.ts';
import { valueOf, type Basis, type FlowView, type Measure, type OriginSummary } from '../queries/flows.ts';
import { flowArc } from './arcs.ts';
import { markRadius, widthForCount, widthForShare } from './scale.ts';

export type Anchor = (iso3: string) => [number, number];
export type ColorOf = (iso3: string) => string;
export type Direction = { origin: string; destination: string };

/** A direction's key: origin > destination. */
export const directionKey = (origin: string, destination: string) => `${origin}>${destination}`;
/** The key of a flow's arc: its direction. Every year of a pair shares one arc. */
export const arcKey = (f: { origin_iso3: string; destination_iso3: string }) => directionKey(f.origin_iso3, f.destination_iso3);

/** One arc per direction, from the origin's anchor to the destination's. */
export function flowPaths(flows: Pick<FlowView, 'origin_iso3' | 'destination_iso3'>[], anchor: Anchor): Map<string, [number, number][]> {
  return new Map(flows.map((f) => [arcKey(f), flowArc(anchor(f.origin_iso3), anchor(f.destination_iso3))]));
}

/**
 * The directions a basis draws, whatever the year: from the origins given (the five) to a destination that is
 * drawn (`drawable`), largest first (by the largest share they reach in any year), so the small lines lie on top.
 */
export function directionsOf(views: FlowView[], basis: Basis, origins: Set<string>, drawable: (iso3: string) => boolean): Direction[] {
  const peak = new Map<string, { d: Direction; share: number }>();
  for (const f of views) {
    if (f.basis !== basis || !origins.has(f.origin_iso3) || !drawable(f.destination_iso3)) continue;
    const key = arcKey(f);
    const was = peak.get(key);
    const share = f.share_pct ?? 0;
    if (!was || share > was.share) peak.set(key, { d: { origin: f.origin_iso3, destination: f.destination_iso3 }, share });
  }
  return [...peak.values()].sort((a, b) => b.share - a.share).map((p) => p.d);
}

/**
 * Lines below 1% of their origin's people recede (drawn at 55%), so that with five origins and dozens of
 * destinations the major corridors read first; hovering one still draws it whole.
 */
export const MINOR_SHARE_PCT = 1;
export const MINOR_OPACITY = 0.55;

/**
 * A line for every direction, in the directions' order: the shown flow's id and width (the first of the shown
 * rows for it: the largest), or, where none is shown or it has no value under `measure`, width 0.
 */
export function toMapFlows(
  directions: Direction[],
  shown: FlowView[],
  measure: Measure,
  paths: Map<string, [number, number][]>,
  colorOf: ColorOf,
  countAtMax: number,
): MapFlow[] {
  const byDirection = new Map<string, FlowView>();
  for (const f of shown) if (!byDirection.has(arcKey(f))) byDirection.set(arcKey(f), f);
  return directions.flatMap((d) => {
    const key = directionKey(d.origin, d.destination);
    const path = paths.get(key);
    if (!path) return [];
    const f = byDirection.get(key);
    const value = f ? valueOf(f, measure) : undefined;
    // Nothing recorded (0) is not drawn, like no row at all.
    const widthPx = !value ? 0 : measure === 'share' ? widthForShare(value) : widthForCount(value, countAtMax);
    return [
      {
        id: f && value ? f.id : key,
        origin: d.origin,
        destination: d.destination,
        path,
        widthPx,
        color: colorOf(d.origin),
        opacity: (f?.share_pct ?? 0) < MINOR_SHARE_PCT ? MINOR_OPACITY : 1,
      },
    ];
  });
}

/**
 * Marks for origins with only a total: a disc sized by the lowest published total and, where the sources give
 * a higher one, a ring sized by the highest. Both ends of the disagreement are drawn; neither is picked.
 */
export function totalMarks(origins: OriginSummary[], anchor: Anchor, colorOf: ColorOf): MapMark[] {
  return origins.flatMap((o) => {
    const range = o.kind === 'total' ? o.total?.range : null;
    if (!range) return [];
    return [
      {
        id: o.country.iso3,
        lngLat: anchor(o.country.iso3),
        radiusPx: markRadius(range.min),
        ringPx: range.max > range.min ? markRadius(range.max) : null,
        color: colorOf(o.country.iso3),
      },
    ];
  });
}
