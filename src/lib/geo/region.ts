/**
 * The part of the world the map draws, and the geometry fixes every consumer of the shapes relies on.
 * Pure functions: used by scripts/build-geo.ts at build time and by tests.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** [west, south, east, north]. Wide enough for every corridor (United Kingdom to Japan, UAE to the Arctic)
 * with neighbours around them; east of 180 so Chukotka stays whole once unwrapped. */
export const REGION_CLIP_BBOX: [number, number, number, number] = [-30, -5, 195, 84];

/**
 * The camera may not leave this box (a little inside the clip box, so clipped edges stay off-screen). East it
 * stops at 180: the map draws one world copy, and beyond the antimeridian there is nothing, not even sea.
 */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [-28, -3],
  [180, 83],
];

type Shape = Feature<Polygon | MultiPolygon>;

function rings(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/** True when some ring has an edge longer than half the globe: a wrap from +180 to -180. */
export function hasAntimeridianJump(f: Shape): boolean {
  return rings(f.geometry).some((ring) => ring.some((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180));
}

/**
 * Natural Earth cuts countries at the antimeridian, but after topology and quantization some of Russia's rings
 * jump from +180 to -180. Moving the western-hemisphere part to +180..+190 makes every ring continuous;
 * MapLibre draws longitudes above 180 where they belong.
 */
export function unwrapAntimeridian<T extends Shape>(f: T): T {
  if (!hasAntimeridianJump(f)) return f;
  const shift = (ring: Position[]) => ring.map(([x, y]) => [x! < 0 ? x! + 360 : x!, y!]);
  const g = f.geometry;
  const geometry =
    g.type === 'Polygon'
      ? { type: 'Polygon' as const, coordinates: g.coordinates.map(shift) }
      : { type: 'MultiPolygon' as const, coordinates: g.coordinates.map((p) => p.map(shift)) };
  return { ...f, geometry };
}
