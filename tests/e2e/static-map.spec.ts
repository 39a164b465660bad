/**
 * The static SVG map: it paints before MapLibre, hands over without a jump, and stays where WebGL is missing,
 * where MapLibre's files cannot be loaded, or where the WebGL context is lost (then MapLibre takes over again).
 */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { test, expect, openApp, shareAction, snap } from './fixtures.ts';

/** A browser with no WebGL at all: every WebGL context is refused, as with --disable-webgl or a blocklisted GPU. */
async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      if (/webgl/i.test(kind)) return null;
      return getContext.call(this, kind as '2d', ...(rest as [])) as never;
    } as typeof getContext;
  });
}

const staticMap = (page: Page) => page.locator('svg[data-static-map]');
const status = (page: Page) => page.locator('[data-map-status]');

test('without WebGL the SVG map stays: countries are buttons, a line says why, the panel and the slide work', async ({ page }, info) => {
  await withoutWebGL(page);
  await page.goto('./');
  await expect(status(page)).toHaveAttribute('data-map-status', 'fallback');
  await expect(page.getByTestId('map-notice')).toContainText('WebGL');
  // The map is drawn: countries, the lines with their arrowheads, the labels.
  expect(await staticMap(page).locator('path').count()).toBeGreaterThan(100);
  expect(await staticMap(page).locator('[data-flow]').count()).toBeGreaterThan(10);
  await expect(page.locator('.map-label[data-iso3="KAZ"]')).toBeVisible();
  await snap(page, info.project.name, 'static-map-no-webgl');

  // A click on Uzbekistan's shape opens its panel.
  const uzbekistan = staticMap(page).getByRole('button', { name: 'Uzbekistan', exact: true });
  await expect(uzbekistan).toHaveCount(1);
  const box = (await page.locator('.map-label[data-iso3="UZB"]').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height + 8); // just under its name: its land
  await expect(page.getByRole('heading', { level: 2, name: 'Uzbekistan' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: 'Uzbekistan' })).toHaveCount(0);

  // From the keyboard: a country's button, then Enter.
  await staticMap(page).getByRole('button', { name: 'Kazakhstan', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The slide is drawn from the SVG map: 1920×1080, with the map's sea and the flows' colours in it.
  const [download] = await Promise.all([page.waitForEvent('download'), (await shareAction(page, 'Download PNG')).click()]);
  const path = info.outputPath('slide.png');
  await download.saveAs(path);
  const img = PNG.sync.read(readFileSync(path));
  expect([img.width, img.height]).toEqual([1920, 1080]);
  const colours = new Set<number>();
  for (let i = 0; i < img.data.length; i += 4 * 97) colours.add((img.data[i]! << 16) | (img.data[i + 1]! << 8) | img.data[i + 2]!);
  expect(colours.size, 'a drawn slide, not a blank one').toBeGreaterThan(50);
});

test("MapLibre's files refused: the SVG map still paints and works", async ({ page, guard }) => {
  await page.route(/maplibre/, (route) => route.abort());
  await page.goto('./?country=KAZ');
  await expect(status(page)).toHaveAttribute('data-map-status', 'fallback');
  expect(await staticMap(page).locator('path').count()).toBeGreaterThan(100);
  await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
  await expect(page.getByTestId('map-notice')).toBeVisible();
  // The refused files are the test's doing: what the page logged about them is expected, nothing else.
  guard.errors.splice(0, guard.errors.length, ...guard.errors.filter((e) => !/maplibre|Failed to load resource/i.test(e)));
});

test('the WebGL map takes over where the SVG map was, and a lost context brings the SVG map back', async ({ page }) => {
  await withoutWebGL(page);
  await page.goto('./');
  await expect(status(page)).toHaveAttribute('data-map-status', 'fallback');
  const still = (await page.locator('.map-label[data-iso3="KAZ"]').boundingBox())!;

  const live = await page.context().newPage();
  await openApp(live);
  const moving = (await live.locator('.map-label[data-iso3="KAZ"]').boundingBox())!;
  // The same projection and the same opening view: the names stand where they stood.
  expect(Math.abs(moving.x - still.x)).toBeLessThan(2);
  expect(Math.abs(moving.y - still.y)).toBeLessThan(2);

  // A GPU reset: the SVG map stands in at the same camera, then MapLibre is back.
  const camera = await live.locator('.maplibregl-map').getAttribute('data-camera');
  await live.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
    (window as unknown as { lost: WEBGL_lose_context }).lost = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { lost: WEBGL_lose_context }).lost.loseContext();
  });
  await expect(live.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'fallback');
  await expect(live.locator('svg[data-static-map]')).toBeVisible();
  await expect(live.locator('.static-map')).toHaveAttribute('data-camera', camera!);
  await live.evaluate(() => (window as unknown as { lost: WEBGL_lose_context }).lost.restoreContext());
  await expect(live.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'ready', { timeout: 30_000 });
  await expect(live.locator('svg[data-static-map]')).toHaveCount(0);
  await live.close();
});
