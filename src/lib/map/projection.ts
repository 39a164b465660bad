/**
 * Web Mercator at MapLibre's scale (the world is 512 CSS px wide at zoom 0): where a point of the map is on a
 * screen of a given size looking through a given camera, and back. Pure, so camera policy (reveal, framing)
 * and any renderer agree on where things are without asking a map library.
 */
import { fromMercator, toMercator } from '../flows/mercator.ts';
import type { Camera, Insets, LngLat } from './types.ts';

export const WORLD_PX_AT_ZOOM_0 = 512;

/**
 * A camera and the size of the screen it looks through, in CSS px. With `padding`, the camera's centre is shown
 * at the middle of the part of the screen the padding leaves (as MapLibre's padding does), not at its middle.
 */
export type Viewport = { camera: Camera; width: number; height: number; padding?: Insets };

/** Where on the screen the camera's centre is shown. */
export function centreOf(v: Viewport): [number, number] {
  const p = v.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
  return [p.left + (v.width - p.left - p.right) / 2, p.top + (v.height - p.top - p.bottom) / 2];
}

export const worldSize = (zoom: number) => WORLD_PX_AT_ZOOM_0 * 2 ** zoom;

/** The screen point (CSS px from the top left) of a point of the map. */
export function project(v: Viewport, p: LngLat): [number, number] {
  const [cx, cy] = toMercator([v.camera.lng, v.camera.lat]);
  const [x, y] = toMercator(p);
  const ws = worldSize(v.camera.zoom);
  const [ox, oy] = centreOf(v);
  return [(x - cx) * ws + ox, (y - cy) * ws + oy];
}

/** The point of the map under a screen point. */
export function unproject(v: Viewport, [sx, sy]: [number, number]): LngLat {
  const [cx, cy] = toMercator([v.camera.lng, v.camera.lat]);
  const ws = worldSize(v.camera.zoom);
  const [ox, oy] = centreOf(v);
  return fromMercator([cx + (sx - ox) / ws, cy + (sy - oy) / ws]);
}
