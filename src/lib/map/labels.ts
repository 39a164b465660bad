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

/**
 * The top-left corner (CSS px, rounded) of each label, or null where it does not fit. `labels` in placement
 * order (see byPriority); `project` turns a spot into screen CSS px; the screen is `width` × `height`.
 */
export function placeLabels(
  labels: SizedLabel[],
  project: (p: LngLat) => [number, number],
  width: number,
  height: number,
): ([number, number] | null)[] {
  const taken: [number, number, number, number][] = [];
  return labels.map(({ label, w, h }) => {
    for (const spot of label.at) {
      const [x, py] = project(spot.lngLat);
      const y = spot.placement === 'above' ? py - h / 2 - ABOVE_GAP_PX : py;
      const box: [number, number, number, number] = [x - w / 2 - 2, y - h / 2 - 1, x + w / 2 + 2, y + h / 2 + 1];
      const onscreen = box[0] >= 0 && box[2] <= width && box[1] >= 0 && box[3] <= height;
      if (!onscreen || taken.some((t) => box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1])) continue;
      taken.push(box);
      return [Math.round(x - w / 2), Math.round(y - h / 2)];
    }
    return null;
  });
}
