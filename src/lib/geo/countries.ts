/**
 * Country shapes for the map: the committed region topology decoded to GeoJSON, each shape tagged with the
 * ISO3 code of the dataset's country (or null for neighbours drawn only for context).
 */
import { feature } from 'topojson-client';
import { area, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type ShapeProps = { name: string; iso3: string | null };
export type CountryShape = Feature<Polygon | MultiPolygon, ShapeProps>;

export function decodeCountries(
  topo: Topology,
  iso3ByNumeric: (n: number) => string | undefined,
): FeatureCollection<Polygon | MultiPolygon, ShapeProps> {
  const fc = feature(topo, topo.objects.countries as GeometryCollection<{ name: string }>);
  const features = (fc.features as Feature<Polygon | MultiPolygon, { name: string }>[]).map((f): CountryShape => ({
    type: 'Feature',
    id: f.id,
    geometry: f.geometry,
    properties: { name: f.properties.name, iso3: typeof f.id === 'number' ? (iso3ByNumeric(f.id) ?? null) : null },
  }));
  return { type: 'FeatureCollection', features };
}

/** Where a country's name goes: the centre of mass of its largest part (Russia's lands in Siberia, not the sea). */
export function labelPoint(shape: CountryShape): [number, number] {
  const parts = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  let best = parts[0]!;
  let bestArea = -1;
  for (const p of parts) {
    const a = area(polygon(p));
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  return centreOfMass(best);
}

/**
 * turf's centerOfMass of a polygon, step for step (the same sums in the same order, so the same point): its
 * convex-hull branch, for other geometries, would bring turf's hull code (about 10 kB gzip) into the first script.
 * The centroid of the vertices (each ring's closing point left out), then the area-weighted mean of every
 * pair of consecutive points of all rings in a row, relative to it.
 */
export function centreOfMass(rings: Position[][]): [number, number] {
  let [xSum, ySum, len] = [0, 0, 0];
  for (const ring of rings)
    for (const [x, y] of ring.slice(0, -1)) {
      xSum += x!;
      ySum += y!;
      len++;
    }
  const [cx, cy] = [xSum / len, ySum / len];
  const points = rings.flat().map(([x, y]) => [x! - cx, y! - cy] as const);
  let [sx, sy, sArea] = [0, 0, 0];
  for (let i = 0; i < points.length - 1; i++) {
    const [[xi, yi], [xj, yj]] = [points[i]!, points[i + 1]!];
    const a = xi * yj - xj * yi;
    sArea += a;
    sx += (xi + xj) * a;
    sy += (yi + yj) * a;
  }
  if (sArea === 0) return [cx, cy];
  const areaFactor = 1 / (6 * (sArea * 0.5));
  return [cx + areaFactor * sx, cy + areaFactor * sy];
}
