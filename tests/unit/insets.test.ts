import { describe, expect, it } from 'vitest';
import { coveredBy } from '../../src/lib/map/insets.ts';

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });

describe('coveredBy', () => {
  it('reads a side panel as a right inset and ignores a floating legend', () => {
    const area = rect(0, 76, 1280, 684);
    expect(coveredBy(area, [rect(884, 88, 384, 660), rect(600, 88, 272, 290)])).toEqual({ top: 0, right: 396, bottom: 0, left: 0 });
  });
  it('reads a bottom sheet and a wide top legend on a phone', () => {
    const area = rect(0, 62, 375, 700);
    expect(coveredBy(area, [rect(0, 328, 375, 434), rect(8, 70, 216, 120)])).toEqual({ top: 128, right: 0, bottom: 434, left: 0 });
  });
});
