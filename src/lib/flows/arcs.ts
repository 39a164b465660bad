/**
 * Flow geometry: the great-circle path between two anchors, as [lng, lat] points a planar map can draw.
 */
import { greatCircle, point } from '@turf/turf';
import type { Position } from 'geojson';

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
