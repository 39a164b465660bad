/**
 * The map takes keyboard focus (arrows pan, + and − zoom), so it must show it (WCAG 2.4.7): MapLibre's
 * container clips anything outside it, so the ring is drawn inside the map's edge, in both themes.
 */
import type { Page } from '@playwright/test';
import { test, expect, openApp, pixelAt, near, hex, snap } from './fixtures.ts';
import { THEMES } from '../../src/lib/theme/index.ts';

/** Press Tab until the map's canvas has focus (from the keyboard, so :focus-visible applies). */
async function tabToMap(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))) break;
  }
  await expect(page.locator('.maplibregl-canvas')).toBeFocused();
  expect(await page.locator('.maplibregl-canvas').evaluate((c) => c.matches(':focus-visible'))).toBe(true);
}

/** The focus ring as computed (it is the map container's ::after), with the map's box. */
async function ring(page: Page) {
  return page.locator('.map').evaluate((map) => {
    const s = getComputedStyle(map, '::after');
    const box = map.getBoundingClientRect();
    return {
      content: s.content,
      outline: { style: s.outlineStyle, width: parseFloat(s.outlineWidth), offset: parseFloat(s.outlineOffset), color: s.outlineColor },
      inset: [s.top, s.right, s.bottom, s.left].map(parseFloat),
      mapOverflow: getComputedStyle(map).overflow,
      box: { x: box.x, y: box.y, w: box.width, h: box.height },
    };
  });
}

/** The ring's colour just inside the map's left, top and bottom edges (the legend covers the right one). */
async function edges(page: Page, box: { x: number; y: number; w: number; h: number }) {
  return [
    await pixelAt(page, Math.round(box.x + 1), Math.round(box.y + box.h / 2)),
    await pixelAt(page, Math.round(box.x + box.w * 0.3), Math.round(box.y + 1)),
    await pixelAt(page, Math.round(box.x + box.w * 0.3), Math.round(box.y + box.h - 2)),
  ];
}

for (const theme of [
  { name: 'light', query: '', ring: THEMES.light.ui.focusRing },
  { name: 'dark', query: '?theme=dark', ring: THEMES.dark.ui.focusRing },
  { name: 'presenter', query: '?present=1&step=1', ring: THEMES.contrast.ui.focusRing },
]) {
  test(`tabbing to the map shows a ring inside its edge (${theme.name} theme)`, async ({ page }, info) => {
    await openApp(page, theme.query);
    const before = await ring(page);
    expect(before.content, 'no ring before focus').toBe('none');
    await tabToMap(page);

    const r = await ring(page);
    expect(r.content).not.toBe('none');
    expect(r.outline.style).toBe('solid');
    expect(r.outline.width).toBeGreaterThanOrEqual(2);
    // The map clips what lies outside it: the ring must lie within the map's box.
    expect(r.mapOverflow).toBe('hidden');
    expect(r.inset).toEqual([0, 0, 0, 0]);
    expect(r.outline.offset + r.outline.width).toBeLessThanOrEqual(0);
    const [red, green, blue] = hex(theme.ring);
    expect(r.outline.color).toBe(`rgb(${red}, ${green}, ${blue})`);
    // And on screen: the ring's colour along the edges.
    for (const pixel of await edges(page, r.box)) expect(near(pixel, hex(theme.ring), 12), `ring pixel ${pixel}`).toBe(true);
    await snap(page, info.project.name, `map-focus-${theme.name}`);

    // Focus elsewhere: the ring goes.
    await page.keyboard.press('Shift+Tab');
    expect((await ring(page)).content).toBe('none');
    for (const pixel of await edges(page, r.box)) expect(near(pixel, hex(theme.ring), 12)).toBe(false);
  });
}
