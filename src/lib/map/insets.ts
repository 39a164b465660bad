import type { Insets } from './types.ts';

type Rect = { left: number; top: number; right: number; bottom: number; width: number; height: number };

/**
 * How much of `area` the given overlays cover, as insets from the sides they are docked to: a wide overlay
 * (a bottom sheet, a phone's legend) covers the top or bottom, a tall one (a side panel) the left or right.
 * Small floating cards are ignored: the map may show things around them.
 */
export function coveredBy(area: Rect, overlays: Rect[]): Insets {
  const insets = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const o of overlays) {
    if (o.width > area.width / 2) {
      if (o.top - area.top > area.bottom - o.bottom) insets.bottom = Math.max(insets.bottom, area.bottom - o.top);
      else insets.top = Math.max(insets.top, o.bottom - area.top);
    } else if (o.height > area.height / 2) {
      if (o.left - area.left > area.right - o.right) insets.right = Math.max(insets.right, area.right - o.left);
      else insets.left = Math.max(insets.left, o.right - area.left);
    }
  }
  return insets;
}
