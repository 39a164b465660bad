import { describe, expect, it } from 'vitest';
import { TWEEN_MS, WidthTween } from '../../src/lib/map/maplibre/flow-overlay/tween.ts';

describe('a change of widths (a new year, measure or origin on the same lines)', () => {
  const tween = new WidthTween([2, 10, 0], [6, 4, 8, 3], 1000);

  it('starts where the lines were and ends where the new values put them, then says it is over', () => {
    expect(tween.at(1000)).toEqual({ widths: [2, 10, 0, 0], done: false }); // a line new to the set grows from nothing
    expect(tween.at(1000 + TWEEN_MS)).toEqual({ widths: [6, 4, 8, 3], done: true });
    expect(tween.at(1000 + 10 * TWEEN_MS).done).toBe(true);
    expect(tween.at(0).widths).toEqual([2, 10, 0, 0]); // a clock before the start does not run it backwards
  });

  it('moves every line monotonically, eased: slow at both ends, halfway at half time', () => {
    const samples = Array.from({ length: 11 }, (_, i) => tween.at(1000 + (i * TWEEN_MS) / 10).widths);
    for (let i = 1; i < samples.length; i++) {
      expect(samples[i]![0]!).toBeGreaterThanOrEqual(samples[i - 1]![0]!);
      expect(samples[i]![1]!).toBeLessThanOrEqual(samples[i - 1]![1]!);
    }
    expect(samples[5]![0]).toBeCloseTo(4);
    expect(samples[1]![0]! - samples[0]![0]!).toBeLessThan(samples[5]![0]! - samples[4]![0]!);
  });
});
