/**
 * From flows as the dataset states them to flows as the map draws them: an arc per flow (built once, reused
 * across measures and years so the map keeps its geometry), a width for the measure on screen, the origin's
 * colour (from the theme, passed in as `colorOf`).
 */
import type { MapFlow, MapMark } from '../map/types.ts';
import { valueOf, type FlowView, type Measure, type OriginSummary } from '../queries/flows.ts';
import { flowArc } from './arcs.ts';
import { markRadius, widthForCount, widthForShare } from './scale.ts';

export type Anchor = (iso3: string) => [number, number];
export type ColorOf = (iso3: string) => string;

/** The key of a flow's arc: its direction. Every year of a pair shares one arc, so changing years keeps the geometry. */
const arcKey = (f: Pick<FlowView, 'origin_iso3' | 'destination_iso3'>) => `${f.origin_iso3}>${f.destination_iso3}`;

/** One arc per direction, from the origin's anchor to the destination's. */
export function flowPaths(flows: Pick<FlowView, 'origin_iso3' | 'destination_iso3'>[], anchor: Anchor): Map<string, [number, number][]> {
  return new Map(flows.map((f) => [arcKey(f), flowArc(anchor(f.origin_iso3), anchor(f.destination_iso3))]));
}

/** The flows drawable under `measure` (a flow without a value for it is left out), largest first as given. */
export function toMapFlows(flows: FlowView[], measure: Measure, paths: Map<string, [number, number][]>, colorOf: ColorOf): MapFlow[] {
  return flows.flatMap((f) => {
    const value = valueOf(f, measure);
    const path = paths.get(arcKey(f));
    if (value === undefined || !path) return [];
    return [
      {
        id: f.id,
        origin: f.origin_iso3,
        destination: f.destination_iso3,
        path,
        widthPx: measure === 'share' ? widthForShare(value) : widthForCount(value),
        color: colorOf(f.origin_iso3),
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
