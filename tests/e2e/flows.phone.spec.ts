/** Flow behaviour only a touch screen has: a fingertip is wider than a thin line. */
import { PNG } from 'pngjs';
import { test, expect, openApp, snap, hex, type RGB } from './fixtures.ts';
import { UZB, near } from './flow-helpers.ts';
import { THEMES } from '../../src/lib/theme/index.ts';
import { MINOR_OPACITY } from '../../src/lib/flows/map-flows.ts';

/** A line under 1% recedes: its colour at MINOR_OPACITY over the land it crosses (China, a country of the dataset). */
const land = hex(THEMES.light.map.dataCountry);
const FADED = UZB.map((c, i) => Math.round(c * MINOR_OPACITY + land[i]! * (1 - MINOR_OPACITY))) as RGB;

test('a tap a few pixels beside the thin Uzbekistan–South Korea line opens that corridor', async ({ page }, info) => {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // a still picture: find the line, then tap beside it
  // Over China, where the Korea line (0.6%, drawn 1.6 px wide) is Uzbekistan's only flow, below the legend card.
  await openApp(page, '?origin=UZB&lng=100&lat=48&zoom=3');
  const map = (await page.locator('.map').boundingBox())!;
  const legendBox = (await page.getByTestId('legend').boundingBox())!;
  const top = Math.ceil(legendBox.y + legendBox.height + 10);
  const clip = { x: map.x, y: top, width: map.width, height: map.y + map.height - top };
  const img = PNG.sync.read(await page.screenshot({ clip, scale: 'css' }));

  // In each column, the rows in the line's colour; keep columns where the line is thin (between chevrons).
  const spots: { x: number; y: number }[] = [];
  for (let x = 40; x < img.width - 40; x += 5) {
    const rows: number[] = [];
    for (let y = 0; y < img.height; y++) if (near(img.data, (y * img.width + x) * 4, FADED, 40)) rows.push(y);
    if (rows.length > 0 && rows.length <= 3 && rows.at(-1)! - rows[0]! <= 3) spots.push({ x, y: (rows[0]! + rows.at(-1)!) / 2 });
  }
  expect(spots.length, 'columns where the thin line crosses').toBeGreaterThan(10);
  const spot = spots[Math.floor(spots.length / 2)]!;
  // 8 px above the line's centre: outside a mouse's reach (0.8 px half width + 3 px), inside a finger's (+ 12 px).
  const tap = { x: clip.x + spot.x, y: clip.y + spot.y - 8 };
  expect(near(img.data, (Math.round(spot.y - 8) * img.width + spot.x) * 4, FADED, 40), 'the tap is off the line').toBe(false);
  await page.touchscreen.tap(tap.x, tap.y);

  const panel = page.getByTestId('corridor-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Uzbekistan – South Korea');
  await expect(page).toHaveURL(/[?&]corridor=UZB-KOR\b/);
  await snap(page, info.project.name, 'corridor-tap-korea');
});
