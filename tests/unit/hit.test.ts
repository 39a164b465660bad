import { describe, expect, it } from 'vitest';
import { FlowHitIndex, SLOP_PX, distanceToSegment, slopFor } from '../../src/lib/flows/hit.ts';
import { flowArc } from '../../src/lib/flows/arcs.ts';
import { toMercator } from '../../src/lib/flows/mercator.ts';

const flat = (points: [number, number][]) => points.flatMap((p) => toMercator(p));
const PX_PER_UNIT = 512 * 2 ** 4; // zoom 4

describe('hit-testing flows', () => {
  it('measures the distance to a segment, its ends included', () => {
    expect(distanceToSegment(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(distanceToSegment(-4, 3, 0, 0, 10, 0)).toBe(5);
    expect(distanceToSegment(1, 1, 2, 2, 2, 2)).toBeCloseTo(Math.SQRT2);
  });

  it('finds the flow under the pointer within its half width plus slop, and nothing beside it', () => {
    const index = new FlowHitIndex([
      flat([
        [60, 40],
        [70, 40],
      ]),
      flat([
        [60, 45],
        [70, 45],
      ]),
    ]);
    const [x, y] = toMercator([65, 40]);
    const half = () => 4;
    expect(index.hit(x, y, PX_PER_UNIT, half)?.flow).toBe(0);
    expect(index.hit(x, y + 6 / PX_PER_UNIT, PX_PER_UNIT, half)?.flow).toBe(0); // 6 px off: inside 4 + 3
    expect(index.hit(x, y + 9 / PX_PER_UNIT, PX_PER_UNIT, half)).toBeNull(); // 9 px off: outside
    const [x2, y2] = toMercator([65, 45]);
    expect(index.hit(x2, y2, PX_PER_UNIT, half)?.flow).toBe(1);
  });

  it('prefers the line whose centre is nearest where lines overlap, and skips left-out flows', () => {
    // A thick flow and a thin one 5 px apart: on the thin one's centre, the thin one wins.
    const dy = 5 / PX_PER_UNIT;
    const [ax, ay] = toMercator([60, 40]);
    const [bx] = toMercator([70, 40]);
    const index = new FlowHitIndex([
      [ax, ay, bx, ay],
      [ax, ay + dy, bx, ay + dy],
    ]);
    const widths = [10, 1];
    const mid = (ax + bx) / 2;
    expect(index.hit(mid, ay + dy, PX_PER_UNIT, (i) => widths[i]!)?.flow).toBe(1);
    expect(index.hit(mid, ay + dy, PX_PER_UNIT, (i) => widths[i]!, { skip: (i) => i === 1 })?.flow).toBe(0);
  });

  it('looks at a handful of segments, not every arc, with 10,000 flows', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const point = (): [number, number] => [25 + random() * 110, 22 + random() * 40];
    const arcs = Array.from({ length: 10_000 }, () => flat(flowArc(point(), point())));
    const index = new FlowHitIndex(arcs);
    const segments = arcs.reduce((n, a) => n + a.length / 2 - 1, 0);
    // A pointer exactly on a point of flow 1234's arc finds that flow (or one crossing it at that very pixel).
    const target = arcs[1234]!;
    const k = Math.floor(target.length / 4) * 2; // a point near the middle
    const hit = index.hit(target[k]!, target[k + 1]!, PX_PER_UNIT, () => 2, { maxHalfWidthPx: 2 });
    expect(hit).not.toBeNull();
    expect(hit!.distancePx).toBeLessThan(1e-6);
    expect(index.lastCandidates).toBeGreaterThan(0);
    expect(index.lastCandidates).toBeLessThan(segments / 1000);
  });

  it('gives a finger a wider reach: a thin line 8 px away is missed by the mouse slop and hit by the touch slop', () => {
    // South Korea's line is 1.6 px wide: a mouse must be within 3.8 px of its centre, a finger within 12.8 px.
    const index = new FlowHitIndex([
      flat([
        [60, 40],
        [70, 40],
      ]),
    ]);
    const [x, y] = toMercator([65, 40]);
    const half = () => 0.8;
    const off = (px: number) => y - px / PX_PER_UNIT;
    expect(index.hit(x, off(8), PX_PER_UNIT, half)).toBeNull();
    expect(index.hit(x, off(8), PX_PER_UNIT, half, { slopPx: SLOP_PX.fine })).toBeNull();
    expect(index.hit(x, off(8), PX_PER_UNIT, half, { slopPx: SLOP_PX.coarse })?.flow).toBe(0);
    expect(index.hit(x, off(12.5), PX_PER_UNIT, half, { slopPx: SLOP_PX.coarse })?.flow).toBe(0);
    expect(index.hit(x, off(14), PX_PER_UNIT, half, { slopPx: SLOP_PX.coarse })).toBeNull();
    // The reach is measured from the widest line too: a large slop still finds a thin line among thick ones.
    expect(index.hit(x, off(10), PX_PER_UNIT, half, { slopPx: SLOP_PX.coarse, maxHalfWidthPx: 0.8 })?.distancePx).toBeCloseTo(10);
  });

  it('takes the slop from the pointer: touch and pen are coarse, a mouse is fine, else the device decides', () => {
    expect(SLOP_PX.coarse).toBeGreaterThanOrEqual(10);
    expect(slopFor({ pointerType: 'touch' }, false)).toBe(SLOP_PX.coarse);
    expect(slopFor({ pointerType: 'pen' }, false)).toBe(SLOP_PX.coarse);
    expect(slopFor({ pointerType: 'mouse' }, true)).toBe(SLOP_PX.fine);
    expect(slopFor({ pointerType: '' }, true)).toBe(SLOP_PX.coarse); // a synthetic click on a touch device
    expect(slopFor(undefined, false)).toBe(SLOP_PX.fine);
    expect(slopFor({}, true)).toBe(SLOP_PX.coarse);
  });

  it('answers nothing for no flows', () => {
    expect(new FlowHitIndex([]).hit(0.5, 0.5, PX_PER_UNIT, () => 3)).toBeNull();
  });
});
