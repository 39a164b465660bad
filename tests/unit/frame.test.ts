import { describe, expect, it } from 'vitest';
import { frameView, zoomToContain } from '../../src/lib/map/frame.ts';

/** How much of the world (in zoom-0 units) a view of `size` CSS px shows at `zoom`. */
const extent = (zoom: number, size: { width: number; height: number }) => ({ width: size.width / 2 ** zoom, height: size.height / 2 ** zoom });

describe('zoomToContain', () => {
  const frame = { width: 1280, height: 579 };

  it('keeps the zoom when the frame is the screen', () => {
    expect(zoomToContain(3, frame, frame)).toBeCloseTo(3, 10);
  });

  it('fits a tall phone view by its height and gains width', () => {
    const phone = { width: 375, height: 700 };
    const z = zoomToContain(2.5, phone, frame);
    expect(z).toBeCloseTo(2.5 + Math.log2(579 / 700), 10);
    const shown = extent(2.5, phone);
    const drawn = extent(z, frame);
    expect(drawn.height).toBeCloseTo(shown.height, 10);
    expect(drawn.width).toBeGreaterThan(shown.width * 3);
  });

  it('fits a wide view by the tighter direction and contains all of it', () => {
    for (const screen of [
      { width: 1280, height: 734 },
      { width: 2560, height: 900 },
      { width: 800, height: 300 },
      { width: 375, height: 812 },
    ]) {
      const z = zoomToContain(4, screen, frame);
      const shown = extent(4, screen);
      const drawn = extent(z, frame);
      expect(drawn.width).toBeGreaterThanOrEqual(shown.width - 1e-9);
      expect(drawn.height).toBeGreaterThanOrEqual(shown.height - 1e-9);
      // No more than it must: one direction fits exactly.
      expect(Math.min(drawn.width / shown.width, drawn.height / shown.height)).toBeCloseTo(1, 10);
    }
  });

  it('zooms in when the frame is larger than the screen', () => {
    expect(zoomToContain(2, { width: 640, height: 290 }, frame)).toBeCloseTo(3, 2);
  });

  it('stays finite for a map of no size', () => {
    expect(Number.isFinite(zoomToContain(2, { width: 0, height: 0 }, frame))).toBe(true);
  });
});

describe('frameView', () => {
  const screen = { width: 1280, height: 734 };

  it('with nothing covered, is zoomToContain around the same centre', () => {
    const frame = { width: 1280, height: 579 };
    expect(frameView(4, screen, frame)).toEqual({ zoom: zoomToContain(4, screen, frame), centre: [640, 367] });
  });

  it('fits the part of the screen its panels leave open into the part of the frame the legend leaves open', () => {
    const frame = { width: 1280, height: 579, coveredRight: 387 };
    const insets = { top: 0, right: 316, bottom: 0, left: 0 }; // a legend docked right on screen
    const { zoom, centre } = frameView(4, screen, frame, insets);
    const shown = extent(4, { width: 1280 - 316, height: 734 });
    const room = extent(zoom, { width: 1280 - 387, height: 579 });
    expect(room.width).toBeGreaterThanOrEqual(shown.width - 1e-9);
    expect(room.height).toBeGreaterThanOrEqual(shown.height - 1e-9);
    expect(Math.min(room.width - shown.width, room.height - shown.height)).toBeCloseTo(0, 9);
    // Centre on centre: the frame's centre is half the covered strip (in frame px) east of the open screen's centre.
    expect(centre[1]).toBe(367);
    expect((centre[0] - (1280 - 316) / 2) * 2 ** (zoom - 4)).toBeCloseTo(387 / 2, 9);
  });

  it('never zooms in past the screen, however little of it is open', () => {
    const frame = { width: 1280, height: 579, coveredRight: 387 };
    const phoneStrip = frameView(3, { width: 375, height: 700 }, frame, { top: 120, right: 0, bottom: 400, left: 0 });
    expect(phoneStrip.zoom).toBe(3);
    expect(phoneStrip.centre).toEqual([375 / 2 + 387 / 2, 120 + 90]);
  });
});
