/** The static map's pure parts: opening where MapLibre opens, kept inside the same bounds, lines with arrowheads. */
import { describe, expect, it } from 'vitest';
import { constrain, fitBounds } from '../../src/lib/map/frame.ts';
import { project } from '../../src/lib/map/projection.ts';
import { arrowSize, flowShape, shapePath, toleranceAt } from '../../src/lib/map/svg/geometry.ts';
import type { LngLat } from '../../src/lib/map/types.ts';

const size = { width: 1280, height: 627 };

describe('fitBounds', () => {
  it('fills the part the padding leaves open and centres the bounds in it, as MapLibre does (static-map.spec checks the two agree)', () => {
    // The default view's bounds at 1280×627 with the legend's 320 px on the right (openingView), as the app computes them.
    const bounds: [LngLat, LngLat] = [
      [-4.1, 20.4],
      [130.98, 59.75],
    ];
    const c = fitBounds(bounds, size, { right: 320 });
    const [w, n] = project({ camera: c, ...size }, [bounds[0][0], bounds[1][1]]);
    const [e, s] = project({ camera: c, ...size }, [bounds[1][0], bounds[0][1]]);
    // The bounds fill the open part (1280 - 320 wide) in one direction and are centred in it.
    expect(Math.max(e - w - 960, s - n - 627)).toBeCloseTo(0, 3);
    expect((w + e) / 2).toBeCloseTo(480, 3);
    expect((n + s) / 2).toBeCloseTo(313.5, 3);
  });
});

describe('constrain', () => {
  const max: [LngLat, LngLat] = [
    [-28, -3],
    [180, 83],
  ];
  it('zooms in until the bounds fill the view, and keeps every edge of the view inside them', () => {
    const c = constrain({ lng: 0, lat: 0, zoom: 0 }, size, max);
    const v = { camera: c, ...size };
    const [x0, y1] = project(v, max[0]);
    const [x1, y0] = project(v, max[1]);
    expect(x0).toBeLessThanOrEqual(0.001);
    expect(y0).toBeLessThanOrEqual(0.001);
    expect(x1).toBeGreaterThanOrEqual(size.width - 0.001);
    expect(y1).toBeGreaterThanOrEqual(size.height - 0.001);
  });
  it('leaves a camera inside the bounds as it is', () => {
    const c = { lng: 70, lat: 45, zoom: 4 };
    expect(constrain(c, size, max)).toEqual({ lng: expect.closeTo(70, 9), lat: expect.closeTo(45, 9), zoom: 4 });
  });
});

describe('the still flow', () => {
  it('stops the line where its arrowhead starts, and points the head at the end', () => {
    const { line, head } = flowShape(
      [
        [0, 0],
        [100, 0],
      ],
      4,
    );
    const { length, width } = arrowSize(4);
    expect(line).toBe(`M0.0 0.0L${(100 - length).toFixed(1)} 0.0`);
    expect(head).toBe(`M100.0 0.0L${(100 - length).toFixed(1)} ${(width / 2).toFixed(1)}L${(100 - length).toFixed(1)} ${(-width / 2).toFixed(1)}Z`);
  });
  it('walks back over short segments at the end of a curve', () => {
    const { line } = flowShape(
      [
        [0, 0],
        [50, 0],
        [52, 0],
        [54, 0],
      ],
      1,
    );
    expect(line).toBe(`M0.0 0.0L${(54 - arrowSize(1).length).toFixed(1)} 0.0`);
  });
  it('draws a country in world units, one closed ring per part', () => {
    const d = shapePath({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
        [
          [
            [10, 10],
            [11, 10],
            [11, 11],
            [10, 10],
          ],
        ],
      ],
    });
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/Z/g)).toHaveLength(2);
    expect(d.startsWith('M256 256')).toBe(true); // 0°, 0° is the middle of the 512-unit world
  });
  it("leaves out points the zoom cannot show, never a ring's first or last", () => {
    const ring: [number, number][] = [
      [60, 40],
      [60.001, 40],
      [60.002, 40],
      [61, 40],
      [61, 41],
      [60, 40],
    ];
    const full = shapePath({ type: 'Polygon', coordinates: [ring] });
    const thin = shapePath({ type: 'Polygon', coordinates: [ring] }, toleranceAt(3));
    expect(full.match(/[ML]/g)).toHaveLength(6);
    expect(thin.match(/[ML]/g)).toHaveLength(4); // the two points a metre apart go
    expect(thin.startsWith(full.slice(0, full.indexOf('L')))).toBe(true);
    expect(toleranceAt(3.9)).toBe(toleranceAt(3)); // one detail per whole zoom level
  });
});
