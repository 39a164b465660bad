import { describe, expect, it } from 'vitest';
import { coveredBy } from '../../src/lib/map/insets.ts';

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });

describe('coveredBy', () => {
  it('reads a side panel as a right inset', () => {
    expect(coveredBy(rect(0, 76, 1280, 684), rect(884, 88, 384, 660))).toEqual({ top: 0, right: 396, bottom: 0, left: 0 });
  });
  it('reads a bottom sheet as a bottom inset', () => {
    expect(coveredBy(rect(0, 62, 375, 700), rect(0, 328, 375, 434))).toEqual({ top: 0, right: 0, bottom: 434, left: 0 });
  });
});
