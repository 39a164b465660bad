/**
 * Where country labels go: each label tries its spots in order and takes the first that is on screen and clear
 * of every label placed before it (labels are placed highest priority first). Pure: a renderer measures the
 * labels and projects the spots; this decides. The same rules hold on screen, on a slide and in any renderer.
 */
import type { LngLat, MapLabel } from './types.ts';

/** A label and its size in CSS px. */
export type SizedLabel = { label: MapLabel; w: number; h: number };

/** Labels in the order they are placed: highest priority first (a stable sort keeps the caller's order for ties). */
export const byPriority = (labels: readonly MapLabel[]): MapLabel[] => [...labels].sort((a, b) => b.priority - a.priority);

/** How far above its point an `above` label's box ends, in CSS px (clear of the flow's arrowhead). */
const ABOVE_GAP_PX = 6;

/** The room a pinned label's arrow takes beside its name, in CSS px (app.css draws it). */
export const PIN_ARROW_PX = 14;

/** The side of the visible frame a value label is pinned to, its place lying beyond it. */
export type Edge = 'left' | 'right' | 'top' | 'bottom';
/** A label's top-left corner (CSS px, rounded), and the edge it is pinned to when its place is out of frame. */
export type Placed = [number, number] | [number, number, Edge];
/** What covers the map from each side (a panel, a legend, a story card), in CSS px. */
export type Cover = { top: number; right: number; bottom: number; left: number; cards?: [number, number, number, number][] };
const NOTHING: Cover = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * Where each label goes, or null where it does not fit. `labels` in placement order (see byPriority); `project`
 * turns a spot into screen CSS px; the screen is `width` × `height`, less what `cover`s it. A label that carries a
 * value (a drawn flow's destination) is never lost: when its place is off the frame or under a card it is pinned
 * to the frame's edge on that side (the renderer draws it pointing out), so nothing important is hidden.
 */
export function placeLabels(
  labels: SizedLabel[],
  project: (p: LngLat) => [number, number],
  width: number,
  height: number,
  cover: Cover = NOTHING,
): (Placed | null)[] {
  const frame = { left: cover.left, top: cover.top, right: width - cover.right, bottom: height - cover.bottom };
  // The cards over the map that no side's inset counts are kept off like labels already placed.
  const taken: [number, number, number, number][] = [...(cover.cards ?? [])];
  const boxAt = (x: number, y: number, w: number, h: number): [number, number, number, number] => [
    x - w / 2 - 2,
    y - h / 2 - 1,
    x + w / 2 + 2,
    y + h / 2 + 1,
  ];
  const free = (b: [number, number, number, number]) =>
    b[0] >= frame.left &&
    b[2] <= frame.right &&
    b[1] >= frame.top &&
    b[3] <= frame.bottom &&
    !taken.some((t) => b[0] < t[2] && b[2] > t[0] && b[1] < t[3] && b[3] > t[1]);
  const take = (b: [number, number, number, number], x: number, y: number, w: number, h: number, edge?: Edge): Placed => {
    taken.push(b);
    const corner: [number, number] = [Math.round(x - w / 2), Math.round(y - h / 2)];
    return edge ? [...corner, edge] : corner;
  };
  return labels.map(({ label, w, h }) => {
    for (const spot of label.at) {
      const [x, py] = project(spot.lngLat);
      const y = spot.placement === 'above' ? py - h / 2 - ABOVE_GAP_PX : py;
      const box = boxAt(x, y, w, h);
      if (free(box)) return take(box, x, y, w, h);
    }
    if (!label.detail || !label.at.length || frame.right - frame.left < w + PIN_ARROW_PX + 4 || frame.bottom - frame.top < h + 2) return null;
    // A value out of frame: pinned to the nearest point of the frame (with room for its arrow), slid along the
    // edge past any label there. A value crowded out where it is goes to the nearest free place around its point.
    const [px, py] = project(label.at[0]!.lngLat);
    const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
    const inFrame = px >= frame.left && px <= frame.right && py >= frame.top && py <= frame.bottom;
    if (!inFrame) w += PIN_ARROW_PX;
    const cx = clamp(px, frame.left + w / 2 + 2, frame.right - w / 2 - 2);
    const cy = clamp(py, frame.top + h / 2 + 1, frame.bottom - h / 2 - 1);
    const [dx, dy] = [px - cx, py - cy];
    const edge: Edge | undefined = inFrame ? undefined : Math.abs(dx) >= Math.abs(dy) ? (dx < 0 ? 'left' : 'right') : dy < 0 ? 'top' : 'bottom';
    const steps = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6];
    // Along the edge first, then a row further in (a crowded edge stacks its values).
    const rows = [0, 1, 2, 3, 4];
    const offsets: [number, number][] =
      edge === 'top' || edge === 'bottom'
        ? rows.flatMap((r) => steps.map((k): [number, number] => [k * (w + 4), (edge === 'top' ? 1 : -1) * r * (h + 2)]))
        : edge
          ? rows.flatMap((r) => steps.map((k): [number, number] => [(edge === 'left' ? 1 : -1) * r * (w + 4), k * (h + 2)]))
          : steps
              .slice(0, 9)
              .flatMap((i) => [0, 0.6, -0.6, 1.2, -1.2].map((j): [number, number] => [j * w, i * (h + 2)]))
              .sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
    for (const [ox, oy] of offsets) {
      const x = clamp(cx + ox, frame.left + w / 2 + 2, frame.right - w / 2 - 2);
      const y = clamp(cy + oy, frame.top + h / 2 + 1, frame.bottom - h / 2 - 1);
      const box = boxAt(x, y, w, h);
      if (free(box)) return take(box, x, y, w, h, edge);
    }
    return null;
  });
}
