import { describe, expect, it } from 'vitest';
import { HATCH, hatchTile, rgbOf } from '../../src/lib/map/hatch.ts';
import { THEMES } from '../../src/lib/theme/index.ts';

describe('the dispute hatch', () => {
  it('is stripes of the theme’s dispute colour on transparent, about a third covered', () => {
    const color = THEMES.light.map.disputedOutline;
    const tile = hatchTile(color);
    expect([tile.width, tile.height]).toEqual([HATCH.size, HATCH.size]);
    const alphas = Array.from({ length: tile.width * tile.height }, (_, i) => tile.data[i * 4 + 3]!);
    expect(tile.data.slice(0, 3)).toEqual(new Uint8Array(rgbOf(color)));
    const covered = alphas.reduce((s, a) => s + a / 255, 0) / alphas.length;
    expect(covered).toBeGreaterThan(0.25);
    expect(covered).toBeLessThan(0.6);
    expect(alphas.filter((a) => a === 0).length).toBeGreaterThan(alphas.length / 3); // the status colour shows between
  });

  it('repeats without a seam (each edge continues the opposite one) and scales with the pixel ratio', () => {
    const tile = hatchTile('#000000', 2);
    expect(tile.width).toBe(HATCH.size * 2);
    const a = (x: number, y: number) => tile.data[(y * tile.width + x) * 4 + 3]!;
    const n = tile.width;
    // Diagonal stripes: the pixel past the right edge is the first of the row (the period divides the side).
    for (let y = 0; y < n; y++) expect(a(n - 1, y)).toBe(a((n - 1 + HATCH.period * 2) % n, y));
    for (let x = 0; x < n; x++) expect(a(x, 0)).toBe(a(x, HATCH.period * 2));
  });
});
