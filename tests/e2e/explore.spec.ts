/** The explore views: tables, timeline, compare and search, each from its link, on a desktop and a phone. */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { test, expect, openApp, snap, hex, shareAction } from './fixtures.ts';
import { SLIDE } from '../../src/lib/export/slide.ts';
import { TABLE_SLIDE } from '../../src/lib/export/table-slide.ts';
import { THEMES } from '../../src/lib/theme/index.ts';

test('the treaties table opens from its link, sorts by a column and filters by country', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'a phone shows the matrices as cards (below)');
  await openApp(page, '?view=table');
  const table = page.getByTestId('explore-table');
  await expect(page.getByTestId('table-view').getByRole('heading', { level: 2 })).toHaveText('Treaties');
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText('Uzbekistan');
  // Uzbekistan's row: not party to the 1951 Convention, with the paper's contrary claim marked.
  const uzb = table.locator('tbody tr').first();
  await expect(uzb.locator('td').first()).toContainText('not party');
  await expect(uzb.locator('td').first()).toContainText('disputed');
  await snap(page, info.project.name, 'explore-table');

  // Sorting by the 1951 Convention: parties first, earliest first; Uzbekistan (not party) after them.
  const header = table.getByRole('columnheader', { name: /1951 Refugee Convention/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=refugee-1951/);
  const firstStatus = await table.locator('tbody tr').first().locator('td').first().innerText();
  expect(firstStatus.trim()).toMatch(/^party/);
  const names = await table.locator('tbody tr th').allInnerTexts();
  expect(names.indexOf('Uzbekistan')).toBeGreaterThan(names.indexOf('Kazakhstan'));
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await table.locator('tbody tr th').allInnerTexts()).not.toEqual(names);

  await page
    .getByTestId('table-view')
    .getByRole('combobox', { name: /^Country/ })
    .selectOption({ label: 'Kazakhstan' });
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(page).toHaveURL(/filter=KAZ/);
});

test('on a phone each country of a matrix is a card: its name a heading, then each treaty’s status, date and source', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'below 700 px only');
  await openApp(page, '?view=table');
  const cards = page.getByTestId('explore-cards');
  await expect(page.getByTestId('explore-table')).toHaveCount(0);
  const uzb = cards.locator('li').first();
  await expect(uzb.getByRole('heading', { level: 3 })).toHaveText('Uzbekistan');
  // A definition list: the treaty, then its status in words with the paper's contrary claim and the source chip.
  const refugee = uzb.locator('.card-line').filter({ has: page.locator('dt', { hasText: '1951 Refugee Convention' }) });
  await expect(refugee.locator('dd')).toContainText('not party');
  await expect(refugee.locator('dd')).toContainText('disputed');
  await expect(refugee.getByRole('button', { name: /UN Treaty Collection/ })).toBeVisible();
  // The whole card is on the screen's width: nothing scrolls sideways.
  const box = (await uzb.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await snap(page, info.project.name, 'explore-cards');

  // The order a desktop's column buttons give, from a select: parties to the 1951 Convention first.
  await page.getByTestId('table-view').getByRole('combobox', { name: 'Sort by' }).selectOption({ label: '1951 Refugee Convention' });
  await expect(page).toHaveURL(/sort=refugee-1951/);
  await expect(cards.locator('li h3').first()).not.toHaveText('Uzbekistan');
  await page
    .getByTestId('table-view')
    .getByRole('combobox', { name: /^Country/ })
    .selectOption({ label: 'Kazakhstan' });
  await expect(cards.locator('li')).toHaveCount(1);
});

test('Download PNG of a table gives a 1920×1080 slide of its visible rows, not the map', async ({ page }, info) => {
  await openApp(page, '?view=table&table=instruments&theme=light');
  const [download] = await Promise.all([page.waitForEvent('download'), (await shareAction(page, 'Download PNG')).click()]);
  expect(download.suggestedFilename()).toBe('corridors-instruments.png');
  const path = info.outputPath('table-slide.png');
  await download.saveAs(path);
  await download.saveAs(`test-results/screenshots/${info.project.name}-table-slide.png`);
  const img = PNG.sync.read(readFileSync(path));
  expect([img.width, img.height]).toEqual([SLIDE.width, SLIDE.height]);
  const slide = THEMES.light.slide;
  const count = (region: { x: number; y: number; w: number; h: number }, colour: string, tol: number) => {
    const [r, g, b] = hex(colour);
    let n = 0;
    for (let y = region.y; y < region.y + region.h; y++)
      for (let x = region.x; x < region.x + region.w; x++) {
        const i = (y * img.width + x) * 4;
        if (Math.abs(img.data[i]! - r) <= tol && Math.abs(img.data[i + 1]! - g) <= tol && Math.abs(img.data[i + 2]! - b) <= tol) n++;
      }
    return n;
  };
  const rows = { x: 0, y: TABLE_SLIDE.top + TABLE_SLIDE.headHeight, w: SLIDE.width, h: 600 };
  expect(count({ x: 0, y: 0, w: SLIDE.width, h: 120 }, slide.text, 60), 'title').toBeGreaterThan(2_000);
  expect(count(rows, slide.text, 60), 'the rows’ words').toBeGreaterThan(20_000);
  expect(count(rows, THEMES.light.standings.party, 30), 'status dots beside the words').toBeGreaterThan(300);
  expect(count({ x: 0, y: SLIDE.height - SLIDE.sourceBand, w: SLIDE.width, h: SLIDE.sourceBand }, slide.muted, 50), 'sources').toBeGreaterThan(800);
  // Paper, not a map: the slide's ground covers most of it.
  expect(count({ x: 0, y: 0, w: SLIDE.width, h: SLIDE.height }, slide.background, 4)).toBeGreaterThan(SLIDE.width * SLIDE.height * 0.6);
});

test('the agreements table sorts by date as dates and downloads its rows', async ({ page }) => {
  await openApp(page, '?view=table&table=agreements&sort=-signed');
  const table = page.getByTestId('explore-table');
  await expect(table.getByRole('columnheader', { name: /Signed/ })).toHaveAttribute('aria-sort', 'descending');
  const dates = await table.locator('tbody tr td:nth-child(5)').allInnerTexts();
  const years = dates.filter((d) => d.trim()).map((d) => Number(d.match(/\d{4}/)![0]));
  expect(years).toEqual([...years].sort((a, b) => b - a));
  const csv = await page.getByRole('link', { name: 'Download these rows (CSV)' }).getAttribute('href');
  const text = decodeURIComponent(csv!.slice(csv!.indexOf(',') + 1));
  expect(text.split('\n')).toHaveLength((await table.locator('tbody tr').count()) + 1);
  expect(text).toContain('Agreement,Agreement: Source,Agreement: Locator,Parties,Type,Signed');
});

test('the timeline lists dated items in order and opens one in its panel', async ({ page }, info) => {
  await openApp(page, '?view=timeline&filter=UZB');
  const view = page.getByTestId('timeline-view');
  await expect(view.getByRole('heading', { level: 3 }).first()).toHaveText('Uzbekistan');
  const whens = await view.locator('.items li .when').allInnerTexts();
  expect(whens.length).toBeGreaterThan(10);
  const years = whens.map((w) => Number(w.match(/\d{4}/)![0]));
  expect(years).toEqual([...years].sort((a, b) => a - b));
  await snap(page, info.project.name, 'explore-timeline');
  // The year slider is the app's year: up to 2000, nothing later.
  await view.getByRole('slider').fill('2000');
  await expect(page).toHaveURL(/year=2000/);
  const until = await view.locator('.items li .when').allInnerTexts();
  expect(until.every((w) => Number(w.match(/\d{4}/)![0]) <= 2000)).toBe(true);
  // An agreement opens its corridor's panel.
  await view.getByRole('slider').fill(String(new Date().getFullYear()));
  await view.locator('.items li', { hasText: 'Agreement' }).first().getByRole('button').first().click();
  await expect(page.locator('[data-testid=corridor-panel], [data-testid=country-panel]')).toBeVisible();
});

test('compare names both countries and marks where they differ; a panel’s Compare with… opens it', async ({ page }, info) => {
  await openApp(page, '?country=UZB');
  await page.getByTestId('compare-with').click();
  await expect(page).toHaveURL(/view=compare&compare=UZB%2CKAZ/);
  const view = page.getByTestId('compare-view');
  await expect(view.getByRole('heading', { level: 2 })).toHaveText('Compare Uzbekistan and Kazakhstan');
  const eaeu = view.locator('tr', { has: page.getByRole('rowheader', { name: 'EAEU' }) });
  await expect(eaeu).toContainText('observer');
  await expect(eaeu).toContainText('member');
  await expect(eaeu).toContainText('differs');
  await expect(view.locator('tr', { has: page.getByRole('rowheader', { name: 'CIS' }) })).not.toContainText('differs');
  await snap(page, info.project.name, 'explore-compare');
  await view.getByTestId('compare-add').selectOption({ label: 'Tajikistan' });
  await view.getByRole('button', { name: 'Add a country' }).click();
  await expect(page).toHaveURL(/compare=UZB%2CKAZ%2CTJK/);
  await view.getByRole('button', { name: 'Remove Kazakhstan' }).click();
  await expect(view.getByRole('heading', { level: 2 })).toHaveText('Compare Uzbekistan and Tajikistan');
});

test('search finds the Almaty Process by a word and opens its map, from the keyboard', async ({ page }) => {
  await openApp(page);
  const box = page.getByTestId('search');
  await box.fill('almaty');
  const list = page.getByRole('listbox', { name: 'Search' });
  await expect(list.getByRole('option').first()).toContainText('Almaty Process');
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  await box.press('Enter');
  await expect(page).toHaveURL(/org=almaty-process/);
  await expect(page.getByTestId('standings-legend')).toContainText('Almaty Process');
});
