/** Wheel scrolling over an embedded map (a phone has no wheel; its one-finger scroll is left to the page too). */
import { test, expect } from './fixtures.ts';
import { appHeight, appUrl, hostOrigin } from './embed-helpers.ts';

test.use({ allowedUrls: ['http://localhost:'] });

test('the embedded map leaves the article’s wheel scrolling alone until the reader clicks it', async ({ page }, info) => {
  await page.goto(`${hostOrigin(info)}/datawrapper.html?app=${encodeURIComponent(appUrl(info, 'embed=1&embedId=corridors-test'))}`);
  const iframe = '#datawrapper-chart-corridors-test';
  await appHeight(page, iframe);
  const map = page.frameLocator(iframe).locator('.map');
  const camera = () => map.getAttribute('data-camera');
  const before = await camera();
  const box = (await page.locator(iframe).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await camera()).toBe(before);
  await expect(page.frameLocator(iframe).locator('.map-gesture-hint')).toContainText('Click the map to zoom');

  // Once the reader clicks the map (the page has scrolled: find it again), the wheel zooms it.
  const now = (await page.locator(iframe).boundingBox())!;
  await page.mouse.click(now.x + 8, now.y + now.height * 0.75);
  await expect(map).toHaveAttribute('data-gestures', 'free');
  await page.mouse.wheel(0, -300);
  await expect.poll(camera).not.toBe(before);
});
