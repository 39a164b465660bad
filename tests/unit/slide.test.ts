import { describe, expect, it } from 'vitest';
import { coverRect, mapArea, SLIDE, wrap } from '../../src/lib/export/slide.ts';

describe('slide layout', () => {
  it('leaves a title band and a source band around the map', () => {
    const a = mapArea();
    expect(a.y).toBe(SLIDE.titleBand);
    expect(a.y + a.h).toBe(SLIDE.height - SLIDE.sourceBand);
    expect(a.w).toBe(1920);
  });

  it('covers the map area with the map image, cropping evenly', () => {
    const r = coverRect(1920, 1026, { x: 0, y: 128, w: 1920, h: 868 });
    expect(r.w).toBeGreaterThanOrEqual(1920);
    expect(r.h).toBeGreaterThanOrEqual(868);
    expect(r.x + r.w / 2).toBeCloseTo(960);
    expect(r.y + r.h / 2).toBeCloseTo(128 + 434);
  });

  it('wraps text to a width', () => {
    const lines = wrap((s) => s.length * 10, 'one two three four five six', 100);
    expect(lines).toEqual(['one two', 'three four', 'five six']);
  });
});
