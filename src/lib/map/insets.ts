import type { Insets } from './types.ts';

type Rect = { left: number; top: number; right: number; bottom: number; width: number; height: number };

/**
 * How much of `area` a panel covers, as insets from the side it is docked to: a side panel covers the
 * right (or left), a bottom sheet the bottom. A panel covering more than half the width is a sheet.
 */
export function coveredBy(area: Rect, panel: Rect): Insets {
  const insets = { top: 0, right: 0, bottom: 0, left: 0 };
  const isSheet = panel.width > area.width / 2;
  if (isSheet) {
    if (panel.top - area.top > area.bottom - panel.bottom) insets.bottom = Math.max(0, area.bottom - panel.top);
    else insets.top = Math.max(0, panel.bottom - area.top);
  } else if (panel.left - area.left > area.right - panel.right) insets.right = Math.max(0, area.right - panel.left);
  else insets.left = Math.max(0, panel.right - area.left);
  return insets;
}
