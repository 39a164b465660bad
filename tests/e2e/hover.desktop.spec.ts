/** Pointer-only behaviour (a phone has no hover). */
import { test, expect, openApp, centreOf, pixelAt, near, hex } from './fixtures.ts';
import { COLORS } from '../../src/lib/map/maplibre/style.ts';

test('a country with data highlights under the pointer and the cursor says it can be clicked', async ({ page }) => {
  await openApp(page);
  const { x, y } = await centreOf(page, '.map-label[data-iso3=KAZ] .map-label-name');
  const probe = { x, y: y + 40 }; // inside Kazakhstan, clear of the label text
  expect(near(await pixelAt(page, probe.x, probe.y), hex(COLORS.centralAsia))).toBe(true);
  await page.mouse.move(probe.x, probe.y);
  await expect.poll(async () => near(await pixelAt(page, probe.x, probe.y), hex(COLORS.hover))).toBe(true);
  await expect(page.locator('.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
  await page.mouse.move(5, 200); // over the sea, far away
  await expect.poll(async () => near(await pixelAt(page, probe.x, probe.y), hex(COLORS.centralAsia))).toBe(true);
});
