import { describe, expect, it } from 'vitest';
import { flowArc, greatCirclePath, pointsForArc } from '../../src/lib/flows/arcs.ts';
import { fromMercator, toMercator } from '../../src/lib/flows/mercator.ts';
import {
  legendCounts,
  legendShares,
  markRadius,
  widthForCount,
  widthForShare,
  COUNT_AT_MAX_WIDTH,
  LEGEND_COUNTS,
  MIN_WIDTH_PX,
  MAX_WIDTH_PX,
} from '../../src/lib/flows/scale.ts';

const TASHKENT: [number, number] = [69.24, 41.3];
const MOSCOW: [number, number] = [37.62, 55.75];

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

  it('are linear in the number of migrants on the same floor and ceiling', () => {
    for (const atMax of Object.values(COUNT_AT_MAX_WIDTH)) {
      expect(widthForCount(0, atMax)).toBe(MIN_WIDTH_PX);
      expect(widthForCount(atMax, atMax)).toBe(MAX_WIDTH_PX);
      expect(widthForCount(atMax * 3, atMax)).toBe(MAX_WIDTH_PX);
      expect(widthForCount(400_000, atMax) - widthForCount(200_000, atMax)).toBeCloseTo(widthForCount(200_000, atMax) - widthForCount(0, atMax));
    }
    // Each basis its own scale: the UN's stock counts everyone born abroad, four times the largest labour flow.
    expect(widthForCount(600_000, COUNT_AT_MAX_WIDTH.labour_migrants)).toBeGreaterThan(widthForCount(600_000, COUNT_AT_MAX_WIDTH.born_in_origin));
  });

  it('legend samples stop at the first one covering the largest flow', () => {
    expect(legendShares(70.2)).toEqual([1, 10, 25, 50, 75]);
    expect(legendShares(8)).toEqual([1, 10]);
    expect(legendCounts(341_242, 'labour_migrants')).toEqual([10_000, 50_000, 100_000, 250_000, 500_000]);
    expect(legendCounts(80_000, 'labour_migrants')).toEqual([10_000, 50_000, 100_000]);
    expect(legendCounts(627_028, 'labour_migrants').at(-1)).toBe(750_000);
    expect(legendCounts(2_570_000, 'born_in_origin')).toEqual([10_000, 100_000, 500_000, 1_000_000, 2_500_000]);
    // Every sample the stock's scale has is within its full width.
    expect(Math.max(...LEGEND_COUNTS.born_in_origin)).toBeLessThanOrEqual(COUNT_AT_MAX_WIDTH.born_in_origin);
  });

  it('size total marks by area', () => {
    expect(markRadius(0)).toBe(0);
    const ratio = markRadius(1_200_000) ** 2 / markRadius(300_000) ** 2;
    expect(ratio).toBeCloseTo(4);
  });
});

describe('Mercator', () => {
  it('maps the equator and prime meridian to the middle, and back', () => {
    expect(toMercator([0, 0])).toEqual([0.5, 0.5]);
    const [lng, lat] = fromMercator(toMercator(TASHKENT));
    expect(lng).toBeCloseTo(TASHKENT[0], 9);
    expect(lat).toBeCloseTo(TASHKENT[1], 9);
    expect(toMercator([0, 60])[1]).toBeLessThan(0.5); // north is up: y grows southwards
  });
});

describe('great-circle paths', () => {
  it('start and end at the anchors', () => {
    const p = greatCirclePath(TASHKENT, MOSCOW, 32);
    expect(p).toHaveLength(32);
    expect(p[0]![0]).toBeCloseTo(69.24);
    expect(p.at(-1)![1]).toBeCloseTo(55.75);
  });

  it('stay continuous across the antimeridian', () => {
    const p = greatCirclePath([170, 60], [-170, 62], 16);
    for (let i = 1; i < p.length; i++) expect(Math.abs(p[i]![0]! - p[i - 1]![0]!)).toBeLessThan(10);
  });
});

describe('flow arcs', () => {
  it('run from the origin’s anchor to the destination’s', () => {
    const arc = flowArc(TASHKENT, MOSCOW);
    expect(arc[0]![0]).toBeCloseTo(TASHKENT[0], 6);
    expect(arc[0]![1]).toBeCloseTo(TASHKENT[1], 6);
    expect(arc.at(-1)![0]).toBeCloseTo(MOSCOW[0], 6);
    expect(arc.at(-1)![1]).toBeCloseTo(MOSCOW[1], 6);
  });

  it('bend opposite flows to opposite sides, so both stay visible', () => {
    const npoints = 49; // an odd count: the middle point is the same fraction of the way from either end
    const mid = (arc: [number, number][]) => toMercator(arc[(npoints - 1) / 2]!);
    const straight = mid(flowArc(TASHKENT, MOSCOW, { npoints, bend: 0 }));
    const there = mid(flowArc(TASHKENT, MOSCOW, { npoints, bend: 0.12 }));
    const back = mid(flowArc(MOSCOW, TASHKENT, { npoints, bend: 0.12 }));
    const d1 = [there[0] - straight[0], there[1] - straight[1]];
    const d2 = [back[0] - straight[0], back[1] - straight[1]];
    expect(d1[0]! * d2[0]! + d1[1]! * d2[1]!).toBeLessThan(0); // pushed in opposite directions
    const [ox, oy] = toMercator(TASHKENT);
    const [dx, dy] = toMercator(MOSCOW);
    expect(Math.hypot(there[0] - back[0], there[1] - back[1])).toBeCloseTo(2 * 0.12 * Math.hypot(dx - ox, dy - oy), 6);
  });

  it('get more points the longer they are, within bounds', () => {
    expect(flowArc(TASHKENT, MOSCOW)).toHaveLength(pointsForArc(TASHKENT, MOSCOW));
    expect(pointsForArc(TASHKENT, MOSCOW)).toBe(15); // about 2,790 km
    expect(pointsForArc(TASHKENT, [74.59, 42.87])).toBe(6); // Bishkek, about 500 km
    expect(pointsForArc([-20, 0], [160, 0])).toBe(32);
  });

  it('bend to the right of the direction of travel', () => {
    // Going east along the equator, right is south.
    const arc = flowArc([0, 0], [40, 0], { bend: 0.1 });
    expect(arc[Math.floor(arc.length / 2)]![1]).toBeLessThan(0);
  });
});
