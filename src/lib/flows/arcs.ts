/**
 * Flow geometry: the great-circle path between two anchors, bent to the right of the direction of travel so
 * that the flows A→B and B→A run side by side instead of on top of each other.
 */
import { greatCircle, point } from '@turf/turf';
import type { Position } from 'geojson';
import { fromMercator, toMercator } from './mercator.ts';

/** Points along the great circle from `from` to `to`, longitudes kept continuous (no jump at ±180). */
export function greatCirclePath(from: [number, number], to: [number, number], npoints = 64): Position[] {
  const line = greatCircle(point(from), point(to), { npoints });
  const coords = line.geometry.type === 'LineString' ? line.geometry.coordinates : line.geometry.coordinates.flat();
  // turf splits paths that cross the antimeridian into a MultiLineString; unwrap instead, so the line stays whole.
  const out: Position[] = [];
  for (const [x, y] of coords) {
    let lng = x!;
    const prev = out[out.length - 1];
    if (prev) while (lng - prev[0]! > 180) lng -= 360;
    if (prev) while (prev[0]! - lng > 180) lng += 360;
    out.push([lng, y!]);
  }
  return out;
}

/** How far the middle of an arc is pushed sideways, as a fraction of the distance between its ends on the map. */
export const DEFAULT_BEND = 0.12;

/**
 * Points for an arc: one per ~200 km, 6 to 32. Every point costs two triangles in every frame, and the GPU
 * (on CPU-rendered machines especially) pays per triangle; at this spacing the facets of a bent arc stay
 * under a pixel at the zooms the map allows.
 */
export function pointsForArc(from: [number, number], to: [number, number]): number {
  const rad = Math.PI / 180;
  const [l1, p1, l2, p2] = [from[0] * rad, from[1] * rad, to[0] * rad, to[1] * rad];
  const h = Math.sin((p2 - p1) / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin((l2 - l1) / 2) ** 2;
  const km = 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  return Math.max(6, Math.min(32, Math.ceil(km / 200) + 1));
}

/**
 * A flow's path as [lng, lat] points: the great circle, then pushed to the right of travel (as seen on the
 * Mercator map) by `bend` × the on-map distance at the middle, tapering to zero at both ends. Opposite flows
 * share the great circle but bend to opposite sides, so both stay visible.
 */
export function flowArc(
  from: [number, number],
  to: [number, number],
  { npoints = pointsForArc(from, to), bend = DEFAULT_BEND }: { npoints?: number; bend?: number } = {},
): [number, number][] {
  const merc = greatCirclePath(from, to, npoints).map((p) => toMercator(p));
  const [x0, y0] = merc[0]!;
  const [x1, y1] = merc[merc.length - 1]!;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len = Math.hypot(dx, dy);
  if (len === 0) return merc.map((p) => fromMercator(p));
  // Mercator y grows southwards, so (-dy, dx) points to the right of the direction of travel.
  const [nx, ny] = [-dy / len, dx / len];
  const last = merc.length - 1;
  return merc.map(([x, y], i) => {
    const push = bend * len * Math.sin((Math.PI * i) / last);
    return fromMercator([x + nx * push, y + ny * push]);
  });
}
