/**
 * Framing one view in another of a different shape (a phone's tall map in a landscape slide). Web Mercator
 * scales by 2 per zoom level, so fitting is a difference of zooms; no map library needed.
 */
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
