/**
 * Bringing what the reader opened into view: a country, or both ends of a corridor, clear of the panel and the
 * legend that cover part of the map (`insets`). Pure camera policy, the same for every renderer.
 */
import type { Camera, Insets, LngLat } from './types.ts';
import { project, worldSize, type Viewport } from './projection.ts';
import { toMercator } from '../flows/mercator.ts';

/** How far inside the free part of the map a revealed point must be, in CSS px. */
export const REVEAL_MARGIN_PX = 40;

/**
 * The move that shows `points` in the part of the map the insets leave free, or null when they are already
 * there (no move for what the reader can see). One point keeps the zoom; several are fitted, zooming out but
 * never in. Either way the point (or the middle of the points' box) becomes the camera's centre, with the
 * insets as its padding: it is shown at the middle of the free part, and the map may extend under the panels
 * (past the edge of the world, where only the panels would show it).
 */
export function revealCamera(v: Viewport, points: LngLat[], insets: Insets, margin = REVEAL_MARGIN_PX): { camera: Camera; padding: Insets } | null {
  if (!points.length) return null;
  const inside = points.every((p) => {
    const [x, y] = project(v, p);
    return x > insets.left + margin && x < v.width - insets.right - margin && y > insets.top + margin && y < v.height - insets.bottom - margin;
  });
  if (inside) return null;
  const free = {
    width: v.width - insets.left - insets.right,
    height: v.height - insets.top - insets.bottom,
  };
  const zoom = v.camera.zoom;
  const at = (p: LngLat, z: number) => ({ camera: { lng: p[0], lat: p[1], zoom: z }, padding: insets });
  // One point, or no room left to fit several in: the first point to the middle of the free part, as it is.
  if (points.length === 1 || free.width <= 2 * margin || free.height <= 2 * margin) return at(points[0]!, zoom);
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [west, east, south, north] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const [x0, y0] = toMercator([west, north]);
  const [x1, y1] = toMercator([east, south]);
  const ws = worldSize(zoom);
  const scale = Math.min((free.width - 2 * margin) / Math.max(1e-9, (x1 - x0) * ws), (free.height - 2 * margin) / Math.max(1e-9, (y1 - y0) * ws));
  const fitted = Math.min(zoom, zoom + Math.log2(scale));
  return at([(west + east) / 2, (south + north) / 2], fitted);
}
