/** Pointer-only behaviour (a phone has no hover). */
import { test, expect, openApp, centreOf, pixelAt, near, hex } from './fixtures.ts';
import { PNG } from 'pngjs';
import { THEMES } from '../../src/lib/theme/index.ts';

const COLORS = THEMES.light.map;

test('a country with data highlights under the pointer and the cursor says it can be clicked', async ({ page }) => {
  await openApp(page);
  const { x, y } = await centreOf(page, '.map-label[data-iso3=KAZ] .map-label-name');
  // A point inside Kazakhstan, clear of the label text and of the flow lines that cross the country.
  const png = PNG.sync.read(await page.screenshot());
  const land = hex(COLORS.centralAsia);
  const plainLand = (px: number, py: number) => {
    for (let dy = -5; dy <= 5; dy++)
      for (let dx = -5; dx <= 5; dx++) {
        const i = ((py + dy) * png.width + px + dx) * 4;
        if (!near([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], land)) return false;
      }
    return true;
  };
  const offsets = [];
  for (let dy = 20; dy <= 160; dy += 10) for (let dx = -160; dx <= 160; dx += 10) offsets.push([dx, dy] as const);
  const found = offsets.map(([dx, dy]) => ({ x: Math.round(x + dx), y: Math.round(y + dy) })).find((p) => plainLand(p.x, p.y));
  expect(found, 'a plain patch of Kazakhstan near its label').toBeTruthy();
  const probe = found!;
  await page.mouse.move(probe.x, probe.y);
  await expect.poll(async () => near(await pixelAt(page, probe.x, probe.y), hex(COLORS.hover))).toBe(true);
  await expect(page.locator('.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
  await page.mouse.move(5, 200); // over the sea, far away
  await expect.poll(async () => near(await pixelAt(page, probe.x, probe.y), hex(COLORS.centralAsia))).toBe(true);
});
