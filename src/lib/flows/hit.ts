/**
 * Which flow is under the pointer. Segments of every flow path (in 0..1 Mercator space, so the index survives
 * pan and zoom) go into a static R-tree (flatbush) once per data change; a query looks only at the few
 * segments whose boxes are near the pointer, so hovering stays cheap with 10,000 flows.
 */
import Flatbush from 'flatbush';

export type HitResult = { flow: number; distancePx: number };

/**
 * How far beside a line (beyond its half width) the pointer may be and still hit it, in CSS px: a mouse is
 * precise, a fingertip is not (a 1.6 px line would be a 7.6 px target for a finger ~10 px wide).
 */
export const SLOP_PX = { fine: 3, coarse: 12 } as const;

/**
 * The slop for a pointer event: by its `pointerType` when it has one (touch and pen are coarse), a touch event
 * is coarse, and otherwise the device's primary pointer (`coarse` from the `(pointer: coarse)` media query).
 */
export function slopFor(event: unknown, coarse: boolean): number {
  const type = typeof event === 'object' && event !== null && 'pointerType' in event ? (event as { pointerType: unknown }).pointerType : undefined;
  if (type === 'mouse') return SLOP_PX.fine;
  if (type === 'touch' || type === 'pen') return SLOP_PX.coarse;
  if (typeof event === 'object' && event !== null && 'touches' in event) return SLOP_PX.coarse; // a TouchEvent
  return coarse ? SLOP_PX.coarse : SLOP_PX.fine;
}

export class FlowHitIndex {
  private index: Flatbush | null = null;
  private segFlow: Uint32Array;
  private segStart: Uint32Array; // index of the segment's first point in `coords`
  private coords: Float64Array;
  /** How many segments the last query measured exactly (for tests: far fewer than all segments). */
  lastCandidates = 0;

  /** `paths[i]` is flow i's points as [x0, y0, x1, y1, ...] in Mercator units. */
  constructor(paths: ArrayLike<number>[]) {
    const segments = paths.reduce((n, p) => n + Math.max(0, p.length / 2 - 1), 0);
    const points = paths.reduce((n, p) => n + p.length / 2, 0);
    this.segFlow = new Uint32Array(segments);
    this.segStart = new Uint32Array(segments);
    this.coords = new Float64Array(points * 2);
    if (segments === 0) return;
    const index = new Flatbush(segments);
    let s = 0;
    let o = 0;
    paths.forEach((p, flow) => {
      const first = o / 2;
      for (let i = 0; i < p.length; i++) this.coords[o++] = p[i]!;
      for (let k = 0; k + 1 < p.length / 2; k++) {
        const [x0, y0, x1, y1] = [p[2 * k]!, p[2 * k + 1]!, p[2 * k + 2]!, p[2 * k + 3]!];
        index.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
        this.segFlow[s] = flow;
        this.segStart[s] = first + k;
        s++;
      }
    });
    index.finish();
    this.index = index;
  }

  /**
   * The flow whose line passes closest to (x, y) in Mercator units, counting a flow as hit when the pointer
   * is within its half width plus `slopPx`. `pxPerUnit` converts Mercator units to CSS pixels at the current
   * zoom; `halfWidthPx(flow)` gives each flow's drawn half width; `skip(flow)` leaves a flow out.
   */
  hit(
    x: number,
    y: number,
    pxPerUnit: number,
    halfWidthPx: (flow: number) => number,
    { slopPx = SLOP_PX.fine, maxHalfWidthPx = 12, skip }: { slopPx?: number; maxHalfWidthPx?: number; skip?: (flow: number) => boolean } = {},
  ): HitResult | null {
    this.lastCandidates = 0;
    if (!this.index) return null;
    const r = (maxHalfWidthPx + slopPx) / pxPerUnit;
    let best: HitResult | null = null;
    for (const s of this.index.search(x - r, y - r, x + r, y + r)) {
      const flow = this.segFlow[s]!;
      if (skip?.(flow)) continue;
      this.lastCandidates++;
      const i = this.segStart[s]! * 2;
      const d = distanceToSegment(x, y, this.coords[i]!, this.coords[i + 1]!, this.coords[i + 2]!, this.coords[i + 3]!) * pxPerUnit;
      // Among the lines within reach, the one whose centre is nearest wins: a thin line over a thick one stays reachable.
      if (d <= halfWidthPx(flow) + slopPx && (!best || d < best.distancePx)) best = { flow, distancePx: d };
    }
    return best;
  }
}

export function distanceToSegment(px: number, py: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
  return Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
}
