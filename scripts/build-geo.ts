/**
 * `npm run geo`: cut Natural Earth country shapes (through the world-atlas package) down to the region the map
 * shows, and write them, quantized, to src/lib/geo/region.topo.json (committed, so the app needs no network
 * and no build-time download).
 *
 * Steps: simplify the whole world topology (shared borders stay shared), keep the countries that touch the
 * region, unwrap rings that cross the antimeridian (Russia's Chukotka) so no ring jumps from +180 to -180
 * (a planar renderer draws such a jump as a band across the map), clip to the region, and re-quantize.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile, filter, filterWeight } from 'topojson-simplify';
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology, GeometryCollection, Objects } from 'topojson-specification';
import { REGION_CLIP_BBOX, unwrapAntimeridian, hasAntimeridianJump } from '../src/lib/geo/region.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const OUT = resolve(root, 'src/lib/geo/region.topo.json');

/** Keep this share of the world's vertices (by visual importance). 50m detail is more than a 2-D overview needs. */
const KEEP_QUANTILE = 0.35;
/** Grid of the output coordinates: 1e4 steps across the clipped region is ~2 km, finer than a screen pixel here. */
const QUANTIZATION = 1e4;

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

export function buildRegion(world: Topology): Topology {
  let simplified = presimplify(world as Topology<Objects<Record<string, unknown>>>);
  simplified = simplify(simplified, quantile(simplified, 1 - KEEP_QUANTILE));
  // Drop islets that would be sub-pixel at the region's zoom levels.
  simplified = filter(simplified, filterWeight(simplified, 0.01));

  const countries = feature(simplified, simplified.objects.countries as GeometryCollection<{ name: string }>);
  const [minX, minY, maxX, maxY] = REGION_CLIP_BBOX;
  const kept: CountryFeature[] = [];
  for (const f of countries.features as CountryFeature[]) {
    if (!f.geometry) continue;
    const unwrapped = unwrapAntimeridian(f);
    const clipped = bboxClip(unwrapped, REGION_CLIP_BBOX) as CountryFeature;
    const rings = polygonsOf(clipped.geometry)
      .flat()
      .filter((ring) => ring.length >= 4);
    if (rings.length === 0) continue;
    const inside = rings.some((ring) => ring.some(([x, y]) => x! > minX && x! < maxX && y! > minY && y! < maxY));
    if (!inside) continue;
    if (hasAntimeridianJump(clipped)) throw new Error(`geo: ${f.properties.name} still crosses the antimeridian`);
    kept.push({
      type: 'Feature',
      // world-atlas ids are ISO 3166-1 numeric codes as strings ("004"); a few disputed areas have none.
      id: f.id === undefined ? undefined : Number(f.id),
      properties: { name: f.properties.name },
      geometry: dropEmptyRings(clipped.geometry),
    });
  }
  const collection: FeatureCollection = { type: 'FeatureCollection', features: kept };
  return topology({ countries: collection }, QUANTIZATION);
}

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function dropEmptyRings(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polys = polygonsOf(g).filter((p) => p[0] && p[0].length >= 4);
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const region = buildRegion(world);
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(region));
  const n = (region.objects.countries as GeometryCollection).geometries.length;
  console.log(`geo: ${n} countries, ${readFileSync(OUT).length} bytes -> ${OUT.replace(root + '/', '')}`);
}
