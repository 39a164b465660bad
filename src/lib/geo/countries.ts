/**
 * Country shapes for the map: the committed region topology decoded to GeoJSON, each shape tagged with the
 * ISO3 code of the dataset's country (or null for neighbours drawn only for context).
 */
import { feature } from 'topojson-client';
import { area, centerOfMass, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
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
  const c = centerOfMass(polygon(best)).geometry.coordinates;
  return [c[0]!, c[1]!];
}
