import { describe, expect, it } from 'vitest';
import { project, unproject, worldSize, type Viewport } from '../../src/lib/map/projection.ts';
import { revealCamera } from '../../src/lib/map/reveal.ts';
import { byPriority, placeLabels, PIN_ARROW_PX } from '../../src/lib/map/labels.ts';
import type { LngLat, MapLabel } from '../../src/lib/map/types.ts';

const TASHKENT: LngLat = [69.24, 41.3];
const MOSCOW: LngLat = [37.62, 55.75];
const view: Viewport = { camera: { lng: 69.24, lat: 41.3, zoom: 3 }, width: 1000, height: 600 };
const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('projection at MapLibre’s scale', () => {
  it('puts the camera’s centre in the middle, or in the middle of what the padding leaves', () => {
    expect(project(view, TASHKENT)).toEqual([500, 300]);
    expect(project({ ...view, padding: { ...none, right: 400 } }, TASHKENT)).toEqual([300, 300]);
  });

  it('is 512 px for the world at zoom 0, doubling per zoom level', () => {
    expect(worldSize(0)).toBe(512);
    const east: LngLat = [TASHKENT[0] + 360 / 512 / 2 ** 3, TASHKENT[1]]; // one pixel east at zoom 3
    expect(project(view, east)[0]).toBeCloseTo(501, 6);
  });

  it('goes back from a screen point to the same place', () => {
    const [lng, lat] = unproject(view, project(view, MOSCOW));
    expect(lng).toBeCloseTo(MOSCOW[0], 9);
    expect(lat).toBeCloseTo(MOSCOW[1], 9);
  });
});

describe('revealing what the reader opened', () => {
  const panel = { ...none, right: 400 };

  it('does not move for what is already clear of the panels', () => {
    expect(revealCamera(view, [[60, 41.3]], panel)).toBeNull();
  });

  it('brings one point to the middle of the free part, keeping the zoom', () => {
    const move = revealCamera(view, [[75, 41.3]], panel)!; // under the panel
    expect(move.camera).toEqual({ lng: 75, lat: 41.3, zoom: 3 });
    expect(move.padding).toEqual(panel);
    expect(project({ ...move, width: 1000, height: 600 }, [75, 41.3])).toEqual([300, 300]);
  });

  it('fits both ends of a corridor into the free part, zooming out but never in', () => {
    const far = revealCamera(view, [TASHKENT, [140, 36]], panel)!; // Tokyo: wider than the free part
    expect(far.camera.zoom).toBeLessThan(3);
    const after = { ...far, width: 1000, height: 600 };
    for (const p of [TASHKENT, [140, 36] as LngLat]) {
      const [x] = project(after, p);
      expect(x).toBeGreaterThanOrEqual(40 - 1e-6);
      expect(x).toBeLessThanOrEqual(600 - 40 + 1e-6);
    }
    const near = revealCamera({ ...view, camera: { ...view.camera, zoom: 1 } }, [TASHKENT, [76, 42]], { ...none, right: 960 });
    expect(near?.camera.zoom).toBe(1); // no room to fit: keeps the zoom, never zooms in
  });
});

describe('label placement', () => {
  const label = (iso3: string, lngLat: LngLat, priority: number, placement: 'center' | 'above' = 'center'): MapLabel => ({
    iso3,
    text: iso3,
    at: [{ lngLat, placement }],
    priority,
  });
  const sized = (labels: MapLabel[]) => byPriority(labels).map((l) => ({ label: l, w: 60, h: 14 }));
  const at = (p: LngLat) => project(view, p);

  it('places the highest priority first and hides what would overlap it', () => {
    const labels = sized([label('KAZ', TASHKENT, 1), label('UZB', TASHKENT, 1000)]);
    expect(labels.map((l) => l.label.iso3)).toEqual(['UZB', 'KAZ']);
    expect(placeLabels(labels, at, 1000, 600)).toEqual([[470, 293], null]);
  });

  it('tries each spot in turn, puts an "above" label over its point, and hides what is off screen', () => {
    const twoSpots: MapLabel = {
      iso3: 'RUS',
      text: 'Russia',
      at: [
        { lngLat: [0, 0], placement: 'center' },
        { lngLat: TASHKENT, placement: 'above' },
      ],
      priority: 1,
    };
    expect(placeLabels([{ label: twoSpots, w: 60, h: 14 }], at, 1000, 600)).toEqual([[470, 280]]);
    expect(placeLabels(sized([label('JPN', [170, 40], 1)]), at, 1000, 600)).toEqual([null]);
  });

  it('pins a value whose place is off the map, or under a card, to the edge of what is left, pointing out', () => {
    const valued = (lngLat: LngLat): MapLabel => ({ ...label('KOR', lngLat, 1), detail: '0.6%' });
    const east = at([170, 40]);
    expect(east[0]).toBeGreaterThan(1000); // off the map to the right
    const [pinned] = placeLabels(sized([valued([170, 40])]), at, 1000, 600);
    expect(pinned?.[2]).toBe('right');
    expect(pinned![0] + 60 + PIN_ARROW_PX).toBeLessThanOrEqual(1000);
    // Under a panel 400 px wide on the right: pinned to the panel's edge, never under it.
    const [tashkent] = placeLabels(sized([valued(TASHKENT)]), at, 1000, 600, { top: 0, right: 600, bottom: 0, left: 0 });
    expect(tashkent?.[2]).toBe('right');
    expect(tashkent![0] + 60 + PIN_ARROW_PX).toBeLessThanOrEqual(400);
    // Under a small card no side's inset counts (a folded legend): its value moves beside the card, its name goes.
    const [x0, y0] = at(TASHKENT);
    const card: [number, number, number, number] = [x0 - 80, y0 - 40, x0 + 80, y0 + 40];
    const [beside] = placeLabels(sized([valued(TASHKENT)]), at, 1000, 600, { ...none, cards: [card] });
    expect(beside).not.toBeNull();
    const [bx, by] = beside!;
    expect(bx + 60 <= card[0] || bx >= card[2] || by + 14 <= card[1] || by >= card[3]).toBe(true);
    expect(placeLabels(sized([label('UZB', TASHKENT, 1)]), at, 1000, 600, { ...none, cards: [card] })).toEqual([null]);
    // A name without a value is still left out.
    expect(placeLabels(sized([label('JPN', [170, 40], 1)]), at, 1000, 600, { top: 0, right: 600, bottom: 0, left: 0 })).toEqual([null]);
  });

  it('slides pinned values along the edge past each other', () => {
    const a: MapLabel = { ...label('KOR', [170, 40], 2), detail: '0.6%' };
    const b: MapLabel = { ...label('JPN', [171, 40], 1), detail: '0.2%' };
    const [pa, pb] = placeLabels(sized([a, b]), at, 1000, 600);
    expect(pa?.[2]).toBe('right');
    expect(pb?.[2]).toBe('right');
    expect(Math.abs(pa![1] - pb![1])).toBeGreaterThanOrEqual(14);
  });
});
