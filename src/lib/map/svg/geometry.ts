/**
 * The static map's geometry, pure: country outlines as SVG path data in world units (Web Mercator at zoom 0,
 * MapLibre's 512 px world, so one transform per camera places them), and a flow as a line with an arrowhead in
 * screen px. The same strings fill an SVG path and a canvas Path2D (the slide), so both draw one shape.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { toMercator } from '../../flows/mercator.ts';
import { WORLD_PX_AT_ZOOM_0 } from '../projection.ts';

/** Three decimals of a 512-unit world: 0.06 px at zoom 6, closer than the map ever goes. */
const round = (v: number) => Math.round(v * 1000) / 1000;

function ringPath(ring: Position[], tolerance: number): string {
  let d = '';
  let last: [number, number] | null = null;
  for (let i = 0; i < ring.length; i++) {
    const [mx, my] = toMercator(ring[i]!);
    const [x, y] = [mx * WORLD_PX_AT_ZOOM_0, my * WORLD_PX_AT_ZOOM_0];
    // A point closer than `tolerance` to the last one kept adds nothing at this zoom but work for the painter.
    if (last && i < ring.length - 1 && Math.abs(x - last[0]) < tolerance && Math.abs(y - last[1]) < tolerance) continue;
    d += `${last ? 'L' : 'M'}${round(x)} ${round(y)}`;
    last = [x, y];
  }
  return d + 'Z';
}

/**
 * A country's outline as path data in world units (holes by the even-odd rule, as GeoJSON rings are), leaving out
 * points within `tolerance` world units of the last one kept (0: every point).
 */
export function shapePath(g: Polygon | MultiPolygon, tolerance = 0): string {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.map((rings) => rings.map((ring) => ringPath(ring, tolerance)).join('')).join('');
}

/**
 * How much detail a zoom can show, in world units: points closer than one CSS px at the bottom of its whole zoom
 * level (a px and a half at its top). Fewer points paint faster: at a 4× slower CPU, dropping them brought the
 * first frame forward by 0.5 to 1.5 s (measured, SwiftShader).
 */
export const toleranceAt = (zoom: number): number => 1 / 2 ** Math.floor(zoom);

/** How long a flow's arrowhead is, and how wide, for a line `widthPx` wide: legible on the thinnest line. */
export function arrowSize(widthPx: number): { length: number; width: number } {
  return { length: Math.max(7, widthPx * 1.6), width: Math.max(7, widthPx * 2.2) };
}

/**
 * A flow drawn still: its line, stopped short of the end by the arrowhead, and the arrowhead as a closed
 * triangle pointing where the line arrives. `points` in screen px, origin first.
 */
export function flowShape(points: [number, number][], widthPx: number): { line: string; head: string } {
  if (points.length < 2) return { line: '', head: '' };
  const { length, width } = arrowSize(widthPx);
  // Walk back from the end until the arrowhead's length is used up: the line stops there.
  const end = points[points.length - 1]!;
  let rest = length;
  let i = points.length - 1;
  let base: [number, number] = end;
  while (i > 0) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const seg = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (seg >= rest) {
      const t = rest / (seg || 1);
      base = [b[0] + (a[0] - b[0]) * t, b[1] + (a[1] - b[1]) * t];
      break;
    }
    rest -= seg;
    base = a;
    i--;
  }
  const line = [...points.slice(0, Math.max(1, i)), base].map(([x, y], k) => `${k ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`).join('');
  const [dx, dy] = [end[0] - base[0], end[1] - base[1]];
  const n = Math.hypot(dx, dy) || 1;
  const [px, py] = [(-dy / n) * (width / 2), (dx / n) * (width / 2)];
  const head = `M${end[0].toFixed(1)} ${end[1].toFixed(1)}L${(base[0] + px).toFixed(1)} ${(base[1] + py).toFixed(1)}L${(base[0] - px).toFixed(1)} ${(base[1] - py).toFixed(1)}Z`;
  return { line, head };
}
