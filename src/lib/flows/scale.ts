/**
 * Flow line widths. Linear in the share with a visible floor, so a width difference is proportional to a
 * share difference (a square-root scale would flatter small corridors) and the smallest flows stay visible.
 */
export const MIN_WIDTH_PX = 1.5;
export const MAX_WIDTH_PX = 17.5;

/** Width in CSS pixels for a share of 0..100 per cent. */
export function widthForShare(sharePct: number): number {
  const s = Math.min(100, Math.max(0, sharePct));
  return MIN_WIDTH_PX + ((MAX_WIDTH_PX - MIN_WIDTH_PX) * s) / 100;
}

/** Round shares for the legend: the samples a reader can compare the lines against. */
export const LEGEND_SHARES = [1, 10, 25, 50, 75] as const;

/** Legend samples that are useful for the flows on screen: up to the first sample at or above the largest. */
export function legendShares(maxShare: number): number[] {
  const out: number[] = [];
  for (const s of LEGEND_SHARES) {
    out.push(s);
    if (s >= maxShare) break;
  }
  return out;
}
