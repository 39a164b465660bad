import { describe, expect, it } from 'vitest';
import { highlighted, NOTHING, placeTooltip, tooltipTarget, type Box, type Pointing } from '../../src/app/hover.ts';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});
const area = box(0, 60, 1280, 700);
const flowAt = (id: string) => ({ kind: 'flow' as const, id, x: 300, y: 200 });

describe('pointer and list arbitration', () => {
  it('highlights the flow under the pointer while it is there, and the list’s choice again when it leaves', () => {
    let p: Pointing = { ...NOTHING, list: { id: 'kaz', box: box(1000, 300, 280, 20) } };
    expect(highlighted(p)).toBe('kaz');
    p = { ...p, map: flowAt('rus') };
    expect(highlighted(p)).toBe('rus');
    p = { ...p, map: null };
    expect(highlighted(p)).toBe('kaz'); // the keyboard's highlight comes back
  });

  it('highlights no flow while the pointer is on an origin’s mark', () => {
    expect(highlighted({ map: { kind: 'mark', id: 'TJK', x: 1, y: 1 }, list: { id: 'kaz', box: box(0, 0, 1, 1) } })).toBeNull();
    expect(highlighted(NOTHING)).toBeNull();
  });

  it('names a country under the pointer, but a focused list item keeps the highlight and the tooltip', () => {
    const country = { kind: 'country' as const, id: 'KAZ', x: 400, y: 300 };
    expect(tooltipTarget({ map: country, list: null })).toEqual({ kind: 'country', id: 'KAZ', anchor: { kind: 'pointer', x: 400, y: 300 } });
    expect(highlighted({ map: country, list: null })).toBeNull();
    const item = box(1000, 300, 280, 20);
    expect(highlighted({ map: country, list: { id: 'kaz', box: item } })).toBe('kaz');
    expect(tooltipTarget({ map: country, list: { id: 'kaz', box: item } })?.id).toBe('kaz');
    // A country focused in a status legend's list: its tooltip beside it, no flow highlighted.
    const focused: Pointing = { map: null, list: { id: 'UZB', box: item, kind: 'country' } };
    expect(tooltipTarget(focused)).toEqual({ kind: 'country', id: 'UZB', anchor: { kind: 'beside', box: item } });
    expect(highlighted(focused)).toBeNull();
  });

  it('anchors the tooltip at the pointer, else beside the list item', () => {
    expect(tooltipTarget({ map: flowAt('rus'), list: null })).toEqual({ kind: 'flow', id: 'rus', anchor: { kind: 'pointer', x: 300, y: 200 } });
    const item = box(1000, 300, 280, 20);
    expect(tooltipTarget({ map: null, list: { id: 'kaz', box: item } })).toEqual({ kind: 'flow', id: 'kaz', anchor: { kind: 'beside', box: item } });
    expect(tooltipTarget(NOTHING)).toBeNull();
  });

  it('opens the tooltip away from the map’s far edges, and beside a list item on the side facing the map', () => {
    expect(placeTooltip({ kind: 'pointer', x: 100, y: 100 }, area)).toEqual({ x: 100, y: 100, flip: { x: false, y: false } });
    expect(placeTooltip({ kind: 'pointer', x: 1000, y: 600 }, area).flip).toEqual({ x: true, y: true });
    // An item of the legend docked at the right: the tooltip opens to its left, at its top, in the map's coordinates.
    expect(placeTooltip({ kind: 'beside', box: box(1000, 300, 280, 20) }, area)).toEqual({ x: 1010, y: 230, flip: { x: true, y: false } });
    expect(placeTooltip({ kind: 'beside', box: box(10, 300, 280, 20) }, area)).toEqual({ x: 280, y: 230, flip: { x: false, y: false } });
  });
});
