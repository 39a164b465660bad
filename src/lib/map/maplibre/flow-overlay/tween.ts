/**
 * Widths moving from one set to another (a change of year, measure or origin with the same lines): eased over
 * a short time, a line appearing grows from nothing and one leaving shrinks away. Time is an input.
 */
export const TWEEN_MS = 600;

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2); // in-out quadratic

export class WidthTween {
  constructor(
    private readonly from: readonly number[],
    private readonly to: readonly number[],
    private readonly start: number,
    private readonly duration = TWEEN_MS,
  ) {}

  /** The widths at `now`, and whether the move is over. */
  at(now: number): { widths: number[]; done: boolean } {
    const t = Math.min(1, Math.max(0, (now - this.start) / this.duration));
    const e = ease(t);
    return { widths: this.to.map((w, i) => (this.from[i] ?? 0) + (w - (this.from[i] ?? 0)) * e), done: t >= 1 };
  }
}
