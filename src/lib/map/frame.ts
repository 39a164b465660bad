/**
 * Framing one view in another of a different shape (a phone's tall map in a landscape slide). Web Mercator
 * scales by 2 per zoom level, so fitting is a difference of zooms; no map library needed.
 */
import type { Camera, Insets, LngLat } from './types.ts';
import { fromMercator, toMercator } from '../flows/mercator.ts';
import { worldSize } from './projection.ts';

type Size = { width: number; height: number };

/**
 * The zoom at which a `frame`-sized view around the same centre shows everything a `screen`-sized view shows at
 * `zoom`, and no more than it must: the tighter of the two directions decides (a tall phone view fits by height
 * and gains width; a wide desktop view fits by the tighter of the two and gains the other).
 */
export function zoomToContain(zoom: number, screen: Size, frame: Size): number {
  const scale = Math.min(frame.width / Math.max(1, screen.width), frame.height / Math.max(1, screen.height));
  return zoom + Math.log2(scale);
}

/**
 * The camera of a `frame` (a slide's map) that shows what a screen shows: the part of the screen its panels
 * leave open (`insets`) is fitted into the part of the frame left open beside `coveredRight` (the slide's
 * legend), centre on centre, zooming out as needed but never in (the slide keeps at least the screen's
 * context). Returns the zoom and the screen point (CSS px) to centre the frame on.
 */
export function frameView(
  zoom: number,
  screen: Size,
  frame: Size & { coveredRight?: number },
  insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 },
): { zoom: number; centre: [number, number] } {
  const covered = frame.coveredRight ?? 0;
  const open = { width: Math.max(1, screen.width - insets.left - insets.right), height: Math.max(1, screen.height - insets.top - insets.bottom) };
  const fitted = Math.min(zoom, zoomToContain(zoom, open, { width: frame.width - covered, height: frame.height }));
  const scale = 2 ** (fitted - zoom);
  return { zoom: fitted, centre: [insets.left + open.width / 2 + covered / 2 / scale, insets.top + open.height / 2] };
}

/**
 * The camera of a `frame` that shows `points` in the part left open beside `coveredRight`, `margin` CSS px inside
 * it, as large as they fit but no closer than `maxZoom` (one point: at `maxZoom`).
 */
export function fitPoints(points: LngLat[], frame: Size & { coveredRight?: number }, maxZoom: number, margin = 60): Camera {
  const merc = points.map(toMercator);
  const xs = merc.map((p) => p[0]);
  const ys = merc.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const open = { width: Math.max(1, frame.width - (frame.coveredRight ?? 0) - 2 * margin), height: Math.max(1, frame.height - 2 * margin) };
  const scale = Math.min(open.width / Math.max(1e-9, (x1 - x0) * worldSize(0)), open.height / Math.max(1e-9, (y1 - y0) * worldSize(0)));
  const zoom = Math.min(maxZoom, Math.log2(scale));
  // The points' middle goes to the middle of the open part: the frame's centre lies right of it by half the strip.
  const shift = (frame.coveredRight ?? 0) / 2 / worldSize(zoom);
  const [lng, lat] = fromMercator([(x0 + x1) / 2 + shift, (y0 + y1) / 2]);
  return { lng, lat, zoom };
}

const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The camera that shows `bounds` [[w, s], [e, n]] as large as they fit in a `size` view, clear of `padding` (as
 * MapLibre's fitBounds does: the bounds' middle at the middle of what the padding leaves, the camera's centre at
 * the middle of the view). Any renderer opens where the others would.
 */
export function fitBounds(bounds: [LngLat, LngLat], size: Size, padding: Partial<Insets> = {}): Camera {
  const p = { ...NO_INSETS, ...padding };
  const [x0, y1] = toMercator(bounds[0]);
  const [x1, y0] = toMercator(bounds[1]);
  const open = { width: Math.max(1, size.width - p.left - p.right), height: Math.max(1, size.height - p.top - p.bottom) };
  const zoom = Math.log2(Math.min(open.width / Math.max(1e-9, (x1 - x0) * worldSize(0)), open.height / Math.max(1e-9, (y1 - y0) * worldSize(0))));
  // The bounds' middle is shown at the middle of the open part: the view's middle lies off it by half the difference.
  const ws = worldSize(zoom);
  const [lng, lat] = fromMercator([(x0 + x1) / 2 + (p.right - p.left) / 2 / ws, (y0 + y1) / 2 + (p.bottom - p.top) / 2 / ws]);
  return { lng, lat, zoom };
}

/**
 * A camera kept inside `maxBounds` (as MapLibre keeps it): zoomed in far enough that the bounds fill a `size`
 * view, and moved so that no edge of the view passes theirs. `padding` places the centre as in Viewport.
 */
export function constrain(camera: Camera, size: Size, maxBounds: [LngLat, LngLat], maxZoom = 12, padding: Insets = NO_INSETS): Camera {
  const [bx0, by1] = toMercator(maxBounds[0]);
  const [bx1, by0] = toMercator(maxBounds[1]);
  const minZoom = Math.log2(Math.max(size.width / ((bx1 - bx0) * worldSize(0)), size.height / ((by1 - by0) * worldSize(0))));
  const zoom = Math.min(maxZoom, Math.max(minZoom, camera.zoom));
  const ws = worldSize(zoom);
  // Where the centre is shown, from the view's top left, in world units at this zoom.
  const cx = (padding.left + (size.width - padding.left - padding.right) / 2) / ws;
  const cy = (padding.top + (size.height - padding.top - padding.bottom) / 2) / ws;
  const [x, y] = toMercator([camera.lng, camera.lat]);
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));
  const [lng, lat] = fromMercator([clamp(x, bx0 + cx, bx1 - (size.width / ws - cx)), clamp(y, by0 + cy, by1 - (size.height / ws - cy))]);
  return { lng, lat, zoom };
}
