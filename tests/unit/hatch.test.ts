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

  it('repeats without a seam at any pixel ratio (a stripe leaving one edge enters at the opposite one)', () => {
    expect(hatchTile('#000000', 2).width).toBe(HATCH.size * 2);
    for (const ratio of [1, 1.1, 1.5, 2, 2.625]) {
      const tile = hatchTile('#000000', ratio);
      const n = tile.width;
      const a = (x: number, y: number) => tile.data[(y * n + x) * 4 + 3]!;
      // Stripes along x + y = k·period, with period = n / 2: the alpha depends on (x + y) mod period only, so the
      // column past the right edge (x = n) looks like column 0, and the row past the bottom like row 0.
      for (let y = 0; y < n - 1; y++) expect(Math.abs(a(n - 1, y + 1) - a(0, y)), `ratio ${ratio}`).toBeLessThanOrEqual(1);
      for (let x = 0; x < n - 1; x++) expect(Math.abs(a(x + 1, n - 1) - a(x, 0)), `ratio ${ratio}`).toBeLessThanOrEqual(1);
    }
  });
});
