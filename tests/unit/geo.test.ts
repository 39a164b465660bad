import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import region from '../../src/lib/geo/region.topo.json';
import { centerOfMass, polygon } from '@turf/turf';
import { centreOfMass, decodeCountries, labelPoint } from '../../src/lib/geo/countries.ts';
import { hasAntimeridianJump, unwrapAntimeridian } from '../../src/lib/geo/region.ts';
import { realDataset } from './helpers.ts';
import { createModel, drawnAs } from '../../src/lib/queries/index.ts';

const data = realDataset();
const model = createModel(data);
const shapes = decodeCountries(region as unknown as Topology, (n) => drawnAs(model, n));

describe('region geometry (npm run geo output)', () => {
  it('has a shape for every country the dataset puts on the map, and none for those it does not', () => {
    const drawn = new Set(shapes.features.map((f) => f.properties.iso3).filter(Boolean));
    for (const c of data.countries) expect(drawn.has(c.iso3), c.name).toBe(c.on_map);
  });

  it('draws neighbours for context too', () => {
    expect(shapes.features.length).toBeGreaterThan(data.countries.length + 30);
    expect(shapes.features.map((f) => f.properties.name)).toEqual(expect.arrayContaining(['Mongolia', 'Ukraine', 'Saudi Arabia', 'India']));
  });

  it('has no ring that jumps across the antimeridian, and keeps Chukotka east of 180', () => {
    for (const f of shapes.features) expect(hasAntimeridianJump(f), f.properties.name).toBe(false);
    const russia = shapes.features.find((f) => f.properties.iso3 === 'RUS')!;
    const lngs = (russia.geometry.type === 'MultiPolygon' ? russia.geometry.coordinates.flat(2) : russia.geometry.coordinates.flat()).map(
      (p) => p[0]!,
    );
    expect(Math.max(...lngs)).toBeGreaterThan(185);
    expect(Math.min(...lngs)).toBeGreaterThan(19);
  });

  it('puts Russia’s label on land in Siberia, not in the sea', () => {
    const [lng, lat] = labelPoint(shapes.features.find((f) => f.properties.iso3 === 'RUS')!);
    expect(lng).toBeGreaterThan(60);
    expect(lng).toBeLessThan(120);
    expect(lat).toBeGreaterThan(55);
    expect(lat).toBeLessThan(70);
  });

  it('centres each part of every country where turf’s centerOfMass does (it is kept out of the bundle)', () => {
    const parts = shapes.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
    expect(parts.length).toBeGreaterThan(100);
    for (const rings of parts) expect(centreOfMass(rings)).toEqual(centerOfMass(polygon(rings)).geometry.coordinates);
  });
});

describe('unwrapAntimeridian', () => {
  it('moves the western part of a ring that wraps, and leaves others alone', () => {
    const wrapping = {
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [179, 65],
            [-179, 65],
            [-179, 66],
            [179, 66],
            [179, 65],
          ],
        ],
      },
    };
    expect(hasAntimeridianJump(wrapping)).toBe(true);
    const fixed = unwrapAntimeridian(wrapping);
    expect(fixed.geometry.coordinates[0]!.map((p) => p[0])).toEqual([179, 181, 181, 179, 179]);
    const plain = {
      ...wrapping,
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [10, 0],
            [11, 0],
            [11, 1],
            [10, 0],
          ],
        ],
      },
    };
    expect(unwrapAntimeridian(plain)).toBe(plain);
  });
});
