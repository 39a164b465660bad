/**
 * Nothing important is ever covered: at five screen sizes, for the opening view, a country, a corridor, the UN's
 * stock and the embed, every destination value of a drawn flow is on screen, inside the map and clear of every
 * card on it (legend, panel); none is lost. Screenshots land in test-results/screenshots/framing-*.png.
 * (Desktop project only: the sizes are set per test; the phone project's touch emulation adds nothing here.)
 */
import { test, expect, openApp, snap } from './fixtures.ts';
import type { Page } from '@playwright/test';

const SIZES = [
  [375, 812],
  [640, 560],
  [1024, 768],
  [1280, 800],
  [1920, 1080],
] as const;

/** Each view, and how many destination values it must show (one origin's drawn destinations, "elsewhere" aside). */
const VIEWS = [
  { name: 'opening-uzbekistan', query: '?origin=UZB', values: 7 },
  { name: 'country-uzbekistan', query: '?origin=UZB&country=UZB', values: 7 },
  { name: 'corridor-uzb-rus', query: '?origin=UZB&corridor=UZB-RUS', values: 7 },
  { name: 'un-tajikistan-2019', query: '?basis=born_in_origin&origin=TJK&year=2019', values: null },
  { name: 'embed-uzbekistan', query: '?embed=1&origin=UZB', values: 7 },
] as const;

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
const inside = (a: Box, b: Box) => a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;

/** The boxes of the visible value labels, the map's box, and the cards over the map. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const labels = [...document.querySelectorAll<HTMLElement>('.map-label')]
      .filter((el) => el.style.visibility !== 'hidden' && el.querySelector('.map-label-detail'))
      .map((el) => ({ iso3: el.dataset.iso3!, box: box(el) }));
    const cards = ['.legend-slot > .legend', '.panel-slot', '.story-slot', '.page-slot']
      .flatMap((s) => [...document.querySelectorAll(s)])
      .map((el) => ({ card: el.className, box: box(el) }))
      .filter((c) => c.box.width > 0 && c.box.height > 0);
    const map = document.querySelector('.map-labels')!;
    return { labels, cards, map: box(map), viewport: { x: 0, y: 0, width: innerWidth, height: innerHeight } };
  });
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // the camera jumps: the layout is final at once
});

for (const [width, height] of SIZES)
  for (const view of VIEWS)
    test(`${width}×${height} ${view.name}: every value on screen, clear of the cards`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openApp(page, view.query);
      await page.locator('.map-labels').scrollIntoViewIfNeeded();
      await expect
        .poll(async () => {
          const l = await layout(page);
          const problems: string[] = [];
          for (const { iso3, box } of l.labels) {
            if (!inside(box, l.map)) problems.push(`${iso3} outside the map`);
            for (const c of l.cards) if (overlaps(box, c.box)) problems.push(`${iso3} under ${c.card}`);
          }
          if (view.values !== null && l.labels.length !== view.values) problems.push(`${l.labels.length} of ${view.values} values shown`);
          if (view.values === null && l.labels.length < 3) problems.push(`only ${l.labels.length} values`);
          return problems;
        })
        .toEqual([]);
      await snap(page, 'framing', `${view.name}-${width}x${height}`);
    });
