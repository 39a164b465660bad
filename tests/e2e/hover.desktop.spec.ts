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
  await expect(page.getByTestId('tooltip'), 'hovering a country names it').toHaveText('Kazakhstan');
  await page.mouse.move(5, 200); // over the sea, far away
  await expect.poll(async () => near(await pixelAt(page, probe.x, probe.y), hex(COLORS.centralAsia))).toBe(true);
  await expect(page.getByTestId('tooltip')).toHaveCount(0);
});

test('on a status map, hovering a country says its status, the dated action and the source; a disputed one says so', async ({ page }) => {
  await openApp(page, '?instrument=refugee-1951');
  const tooltip = page.getByTestId('tooltip');
  const kaz = await centreOf(page, '.map-label[data-iso3=KAZ] .map-label-name');
  await page.mouse.move(kaz.x, kaz.y + 30);
  await expect(tooltip).toContainText('Kazakhstan');
  await expect(tooltip).toContainText('party');
  await expect(tooltip).toContainText('acceded 15 Jan 1999');
  await expect(tooltip).toContainText('Source: UN Treaty Collection');
  // Uzbekistan's shape is narrow: the first point near its label where the tooltip names it.
  const uzb = await centreOf(page, '.map-label[data-iso3=UZB] .map-label-name');
  let over = false;
  for (const [dx, dy] of [
    [-40, -28],
    [-30, -20],
    [-20, -25],
    [0, -15],
    [25, 12],
    [-25, 12],
  ] as const) {
    await page.mouse.move(uzb.x + dx, uzb.y + dy);
    if ((await tooltip.textContent())?.includes('Uzbekistan')) {
      over = true;
      break;
    }
  }
  expect(over, 'a point of Uzbekistan near its label').toBe(true);
  await expect(tooltip).toContainText('Uzbekistan');
  await expect(tooltip).toContainText('not party');
  await expect(tooltip).toContainText('A source paper says otherwise: Asadov 2024');
  await page.mouse.move(5, 200);
  await expect(tooltip).toHaveCount(0);

  // The keyboard gets the same words: a country focused in the legend's list.
  const legend = page.getByTestId('standings-legend');
  await legend.getByRole('button', { name: 'Countries in each group' }).click();
  await legend.getByRole('button', { name: 'Kazakhstan' }).focus();
  await expect(tooltip).toContainText('acceded 15 Jan 1999');
});
