/**
 * Every origin over thirty years: the year control changes widths and labels in place, one origin can be shown
 * alone, the basis switch says what the lines count, tooltips name basis, year and source, and a link restores
 * all three. Screenshots of 1990 and 2019 (the UN's stock) and of the labour splits land in test-results/screenshots.
 */
import { test, expect, openApp, snap, hex } from './fixtures.ts';
import { THEMES } from '../../src/lib/theme/index.ts';
import { legend, lists, mapShot, differingPixels, countColour } from './flow-helpers.ts';

const ORIGIN = THEMES.light.origins.byCountry;
const label = (page: import('@playwright/test').Page, iso3: string) => page.locator(`.map-label[data-iso3=${iso3}]`);
/** Below 700 px the year, the basis and the measure open from the key above the map. */
async function unfold(page: import('@playwright/test').Page, project: string) {
  if (project === 'phone')
    await legend(page)
      .getByRole('button', { name: /settings/ })
      .click();
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // still pictures: no chevrons moving, widths step
});

test('?basis=born_in_origin&origin=TJK&year=2019 shows Russia with its share; a link restores basis, year and origin', async ({ page }, info) => {
  await openApp(page, '?basis=born_in_origin&origin=TJK&year=2019');
  // 466,399 of the 579,167 people born in Tajikistan living abroad: a share computed from the UN's numbers.
  await expect(label(page, 'RUS')).toContainText('80.5%');
  await expect(legend(page).getByRole('heading', { level: 2 })).toHaveText('People born in Central Asia, living abroad');
  await unfold(page, info.project.name); // (below 700 px the year and the basis open from the key)
  await expect(legend(page).getByRole('radio', { name: '2019' })).toBeChecked();
  await expect(legend(page).getByRole('radio', { name: 'People born there (UN)' })).toBeChecked();
  await expect(lists(page).getByTestId('origins').getByRole('button', { name: 'Tajikistan' })).toHaveAttribute('aria-pressed', 'true');
  await expect(lists(page).getByText('Born in Tajikistan, by country of residence')).toBeVisible();
  await expect(lists(page).getByText('shares computed from the numbers published')).toBeVisible();
  // Only Tajikistan's lines: no other origin's colour on the map.
  const shot = await mapShot(page);
  expect(countColour(shot, hex(ORIGIN.TJK!))).toBeGreaterThan(200);
  for (const other of ['UZB', 'KAZ', 'KGZ'] as const) expect(countColour(shot, hex(ORIGIN[other]!)), other).toBeLessThan(20);
  await snap(page, info.project.name, 'un-2019-tajikistan');
});

test('changing the year changes the widths and the labels, in place', async ({ page }, info) => {
  await openApp(page, '?basis=born_in_origin&origin=KAZ&year=1990');
  await unfold(page, info.project.name);
  await expect(label(page, 'RUS')).toContainText('79.1%'); // 2,349,697 of 2,971,647 born in Kazakhstan, abroad in 1990
  await expect(label(page, 'DEU')).toContainText('0.3%'); // 10,199
  const before = await mapShot(page);
  const camera = await page.locator('.map').getAttribute('data-camera');
  await legend(page).getByRole('radio', { name: '2019' }).check();
  await expect(page).toHaveURL(/year=2019/);
  await expect(label(page, 'RUS')).toContainText('63.9%');
  await expect(label(page, 'DEU')).toContainText('23.5%'); // 940,296
  await expect.poll(async () => differingPixels(before, await mapShot(page))).toBeGreaterThan(2000);
  expect(await page.locator('.map').getAttribute('data-camera')).toBe(camera); // the map stays where it is
  await snap(page, info.project.name, 'un-kazakhstan-2019');
});

test('the origin chips show one origin alone, and all again', async ({ page }) => {
  await openApp(page);
  const chips = lists(page).getByTestId('origins');
  await chips.getByRole('button', { name: 'Tajikistan' }).click();
  await expect(page).toHaveURL(/origin=TJK/);
  await expect(lists(page).locator('[data-flow]')).toHaveCount(2); // Russia and Kazakhstan (the rest is listed, not drawn)
  await expect(lists(page).locator('.period', { hasText: '2023' }).first()).toBeVisible();
  await expect.poll(async () => countColour(await mapShot(page), hex(ORIGIN.UZB!))).toBeLessThan(20);
  await chips.getByRole('button', { name: 'All' }).click();
  await expect(page).not.toHaveURL(/origin=/);
  await expect(lists(page).locator('[data-flow]')).toHaveCount(17);
});

test('the basis switch says what the lines count: the legend, the years and the tooltip follow', async ({ page }, info) => {
  await openApp(page);
  await expect(legend(page).getByRole('heading', { level: 2 })).toHaveText('Labour migrants from Central Asia');
  await unfold(page, info.project.name);
  await expect(legend(page).getByTestId('years').getByRole('radio')).toHaveCount(4); // Latest, 2017, 2023, 2025
  await legend(page).getByRole('radio', { name: 'People born there (UN)' }).check();
  await expect(page).toHaveURL(/basis=born_in_origin/);
  await expect(legend(page).getByRole('heading', { level: 2 })).toHaveText('People born in Central Asia, living abroad');
  await expect(legend(page)).toContainText('Soviet times');
  await expect(legend(page).getByTestId('years').getByRole('radio')).toHaveCount(8); // Latest and the UN's seven years
  await expect(legend(page).getByRole('radio', { name: 'Share of people' })).toBeChecked();
  // A flow's tooltip names the basis, the year and the source. The pointer rests off the map and off the rows first:
  // left where the radio was, a relaid or scrolled legend would put a line or a row under it (and the pointer wins).
  const germany = lists(page).getByRole('button', { name: /^Corridor Kazakhstan to Germany/ });
  if (info.project.name === 'phone') {
    // The lists are below the map: scrolled into view first, the pointer in their margin beside the row.
    await germany.scrollIntoViewIfNeeded();
    const row = (await germany.boundingBox())!;
    await page.mouse.move(1, row.y + row.height / 2);
  } else await page.getByRole('heading', { level: 1 }).hover();
  await germany.focus();
  const tooltip = page.getByTestId('tooltip');
  await expect(tooltip).toContainText('People born there (UN)');
  await expect(tooltip).toContainText('Kazakhstan → Germany');
  await expect(tooltip).toContainText('mid-2019');
  await expect(tooltip).toContainText('UN DESA 2019');
  await snap(page, info.project.name, 'un-latest');
});

for (const year of [1990, 2019])
  test(`the UN's stock in ${year}: lines for all five origins`, async ({ page }, info) => {
    await openApp(page, `?basis=born_in_origin&year=${year}`);
    const shot = await mapShot(page);
    for (const iso3 of ['UZB', 'KAZ', 'KGZ', 'TJK', 'TKM'] as const) expect(countColour(shot, hex(ORIGIN[iso3]!)), iso3).toBeGreaterThan(50);
    await snap(page, info.project.name, `un-${year}`);
  });

test('the labour splits: four origins, each its latest year; the years of the labour basis', async ({ page }, info) => {
  await openApp(page);
  const shot = await mapShot(page);
  for (const iso3 of ['UZB', 'KAZ', 'KGZ', 'TJK'] as const) expect(countColour(shot, hex(ORIGIN[iso3]!)), iso3).toBeGreaterThan(50);
  await snap(page, info.project.name, 'labour-latest');
  await openApp(page, '?year=2017');
  await expect(lists(page).getByText('May 2017').first()).toBeVisible();
  await snap(page, info.project.name, 'labour-2017');
});
