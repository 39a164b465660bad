import { describe, expect, it } from 'vitest';
import { greatCirclePath } from '../../src/lib/flows/arcs.ts';
import { legendShares, widthForShare, MIN_WIDTH_PX, MAX_WIDTH_PX } from '../../src/lib/flows/scale.ts';
import { originColor, ORIGIN_COLORS } from '../../src/lib/flows/colors.ts';

describe('flow widths', () => {
  it('are linear in share, with a visible floor', () => {
    expect(widthForShare(0)).toBe(MIN_WIDTH_PX);
    expect(widthForShare(100)).toBe(MAX_WIDTH_PX);
    const d1 = widthForShare(20) - widthForShare(10);
    const d2 = widthForShare(70) - widthForShare(60);
    expect(d1).toBeCloseTo(d2);
    expect(widthForShare(70.2)).toBeGreaterThan(widthForShare(13.4));
    expect(widthForShare(150)).toBe(MAX_WIDTH_PX);
  });

  it('legend samples stop at the first one covering the largest flow', () => {
    expect(legendShares(70.2)).toEqual([1, 10, 25, 50, 75]);
    expect(legendShares(8)).toEqual([1, 10]);
  });
});

describe('great-circle paths', () => {
  it('start and end at the anchors', () => {
    const p = greatCirclePath([69.24, 41.3], [37.62, 55.75], 32);
    expect(p).toHaveLength(32);
    expect(p[0]![0]).toBeCloseTo(69.24);
    expect(p.at(-1)![1]).toBeCloseTo(55.75);
  });

  it('stay continuous across the antimeridian', () => {
    const p = greatCirclePath([170, 60], [-170, 62], 16);
    for (let i = 1; i < p.length; i++) expect(Math.abs(p[i]![0]! - p[i - 1]![0]!)).toBeLessThan(10);
  });
});

describe('origin colours', () => {
  it('are distinct for the five Central Asian states', () => {
    expect(new Set(Object.values(ORIGIN_COLORS)).size).toBe(5);
    expect(originColor('UZB')).toBe(ORIGIN_COLORS.UZB);
  });
});
