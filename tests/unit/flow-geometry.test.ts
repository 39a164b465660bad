import { describe, expect, it } from 'vitest';
import {
  buildStrip,
  buildStyleTable,
  hexToRgb,
  FLOATS_PER_VERTEX,
  STYLE_ROW,
  TEXELS_PER_FLOW,
} from '../../src/lib/map/maplibre/flow-overlay/geometry.ts';

const vertex = (v: Float32Array, i: number) => Array.from(v.subarray(i * FLOATS_PER_VERTEX, (i + 1) * FLOATS_PER_VERTEX));

describe('flow strip geometry', () => {
  it('gives each point two vertices (one per side) and joins flows with two degenerate vertices', () => {
    const a = [0, 0, 1, 0, 2, 0]; // three points
    const b = [0, 1, 1, 1]; // two points
    const { vertices, vertexCount } = buildStrip([a, b]);
    expect(vertexCount).toBe(3 * 2 + 2 + 2 * 2);
    expect(vertices.length).toBe(vertexCount * FLOATS_PER_VERTEX);
    // Sides are packed with the flow index: flow * 2 + side.
    expect(vertex(vertices, 0)[5]).toBe(0);
    expect(vertex(vertices, 1)[5]).toBe(1);
    // The join repeats a's last vertex and b's first: zero-area triangles.
    expect(vertex(vertices, 6)).toEqual(vertex(vertices, 5));
    expect(vertex(vertices, 7)).toEqual(vertex(vertices, 8));
    expect(vertex(vertices, 8)[5]).toBe(2); // flow 1, first side
  });

  it('carries the distance along the arc and a unit normal on straight stretches', () => {
    const { vertices } = buildStrip([[0, 0, 3, 4, 6, 8]]);
    expect(vertex(vertices, 2)[4]).toBeCloseTo(5);
    expect(vertex(vertices, 4)[4]).toBeCloseTo(10);
    const [, , mx, my] = vertex(vertices, 2);
    expect(Math.hypot(mx!, my!)).toBeCloseTo(1);
    expect(mx! * 3 + my! * 4).toBeCloseTo(0); // perpendicular to the line
  });

  it('lengthens the miter at a bend so the line keeps its width, within a cap', () => {
    const { vertices } = buildStrip([[0, 0, 1, 0, 1, 1]]); // a right angle
    const [, , mx, my] = vertex(vertices, 2);
    expect(Math.hypot(mx!, my!)).toBeCloseTo(Math.SQRT2);
    const sharp = buildStrip([[0, 0, 1, 0, 0, 0.01]]).vertices; // nearly a U-turn
    const [, , sx, sy] = vertex(sharp, 2);
    expect(Math.hypot(sx!, sy!)).toBeLessThanOrEqual(3 + 1e-6);
  });

  it('skips a flow with fewer than two points', () => {
    expect(buildStrip([[0, 0]]).vertexCount).toBe(0);
  });
});

describe('flow style table', () => {
  it('lays out colour, width and endpoints per flow for a texture', () => {
    const { data, width, height } = buildStyleTable([
      { color: '#D55E00', widthPx: 12.7, origin: 0, destination: 1 },
      { color: '#0072B2', widthPx: 2, origin: 0, destination: 2 },
    ]);
    expect(width).toBe(STYLE_ROW);
    expect(height).toBe(1);
    expect(Array.from(data.subarray(0, 8)).map((v) => +v.toFixed(3))).toEqual([0.835, 0.369, 0, 12.7, 0, 1, 1, 0]); // the third of the second texel: opacity, 1 unless given
    expect(data[TEXELS_PER_FLOW * 4 + 5]).toBe(2);
  });

  it('wraps onto more rows for many flows', () => {
    expect(buildStyleTable(Array.from({ length: 10_000 }, () => ({ color: '#000000', widthPx: 1, origin: 0, destination: 1 }))).height).toBe(
      Math.ceil((10_000 * TEXELS_PER_FLOW) / STYLE_ROW),
    );
    expect(hexToRgb('#ffffff')).toEqual([1, 1, 1]);
  });
});
