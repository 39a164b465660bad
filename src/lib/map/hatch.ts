/**
 * The diagonal hatch drawn over a country whose record a source paper disputes: an RGBA tile made here, at run
 * time, from a theme colour (no sprite, no request), repeated by the renderer and by the slide's legend. Pure.
 */

/** The tile's side, the stripes' period along each axis (lines at 45°) and their width across, in CSS px. */
export const HATCH = { size: 16, period: 8, width: 2.5 } as const;

/** "#rrggbb" as [r, g, b]. */
export function rgbOf(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', '').slice(0, 6), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * A square tile of diagonal stripes in `color` on transparent, `size` device px a side, that repeats seamlessly
 * (the period divides the size). Anti-aliased at the stripes' edges, so it reads at any pixel ratio.
 */
export function hatchTile(color: string, scale = 1): { width: number; height: number; data: Uint8Array } {
  const size = Math.round(HATCH.size * scale);
  const period = size * (HATCH.period / HATCH.size); // divides the side at any pixel ratio, so the tile repeats seamlessly
  const half = (HATCH.width * scale) / 2;
  const [r, g, b] = rgbOf(color);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      // Distance, across the stripes, from the pixel's centre to the nearest stripe's centre line.
      const along = (x + 0.5 + (y + 0.5)) % period;
      const d = Math.min(along, period - along) / Math.SQRT2;
      const cover = Math.max(0, Math.min(1, half + 0.5 - d));
      const i = (y * size + x) * 4;
      [data[i], data[i + 1], data[i + 2], data[i + 3]] = [r, g, b, Math.round(cover * 255)];
    }
  return { width: size, height: size, data };
}
