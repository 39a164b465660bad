/**
 * Flow line widths and mark sizes. Widths are affine in the value (a visible 1.5 px at zero, then a fixed number
 * of px per unit), so a width difference is proportional to a value difference (a square-root scale would flatter
 * small corridors) and the smallest flows stay visible; widths themselves are not in proportion, hence the
 * legend's samples. Marks for an origin's total are sized by area, as circles are read.
 */
export const MIN_WIDTH_PX = 1.5;
export const MAX_WIDTH_PX = 17.5;

/**
 * The number on one flow drawn at full width, per basis: a round number above every count of that basis in the
 * dataset (labour migrants: the largest, Tajikistan to Russia, is 627,028 departures in 2023; the UN's stock:
 * Kazakhstan to Russia, about 2.57 million people). Each basis has its own scale, and its legend says which.
 */
export const COUNT_AT_MAX_WIDTH = { labour_migrants: 750_000, born_in_origin: 3_000_000 } as const;
/** An origin's total abroad drawn at the largest mark: a round number above every published total. */
export const TOTAL_AT_MAX_MARK = 2_000_000;

/** Width in CSS pixels for a share of 0..100 per cent. */
export function widthForShare(sharePct: number): number {
  const s = Math.min(100, Math.max(0, sharePct));
  return MIN_WIDTH_PX + ((MAX_WIDTH_PX - MIN_WIDTH_PX) * s) / 100;
}

/** Width in CSS pixels for a number of migrants, `atMax` drawn at full width (same floor and ceiling as shares). */
export function widthForCount(count: number, atMax: number): number {
  const c = Math.min(atMax, Math.max(0, count));
  return MIN_WIDTH_PX + ((MAX_WIDTH_PX - MIN_WIDTH_PX) * c) / atMax;
}

/** Round shares for the legend: the samples a reader can compare the lines against. */
export const LEGEND_SHARES = [1, 10, 25, 50, 75] as const;
export const LEGEND_COUNTS = {
  labour_migrants: [10_000, 50_000, 100_000, 250_000, 500_000, 750_000],
  born_in_origin: [10_000, 100_000, 500_000, 1_000_000, 2_500_000],
} as const;

/** Legend samples useful for the values on screen: up to the first sample at or above the largest. */
function samplesUpTo(samples: readonly number[], max: number): number[] {
  const out: number[] = [];
  for (const s of samples) {
    out.push(s);
    if (s >= max) break;
  }
  return out;
}

export const legendShares = (maxShare: number): number[] => samplesUpTo(LEGEND_SHARES, maxShare);
export const legendCounts = (maxCount: number, basis: keyof typeof LEGEND_COUNTS): number[] => samplesUpTo(LEGEND_COUNTS[basis], maxCount);

/** Radius of the mark for an origin's total number of migrants abroad: area proportional to the number. */
export const MARK_RADIUS_AT_MAX_PX = 24;
export function markRadius(count: number): number {
  return MARK_RADIUS_AT_MAX_PX * Math.sqrt(Math.max(0, count) / TOTAL_AT_MAX_MARK);
}
export const LEGEND_MARKS = [100_000, 1_000_000] as const;
