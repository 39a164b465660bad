/**
 * Framing one view in another of a different shape (a phone's tall map in a landscape slide). Web Mercator
 * scales by 2 per zoom level, so fitting is a difference of zooms; no map library needed.
 */
import type { Insets } from './types.ts';

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
