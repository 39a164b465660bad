/** Presenter mode: the story steps with what clickers and keyboards send, each step a link, Esc leaves. */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { test, expect, openApp, snap } from './fixtures.ts';
import { SLIDE, mapFrame } from '../../src/lib/export/slide.ts';

const story = (page: import('@playwright/test').Page) => page.getByTestId('story');

test('the story steps with the keyboard, each step a URL, and Esc leaves', async ({ page }, info) => {
  await openApp(page, '?present=1');
  await expect(story(page)).toContainText('Step 1 of 13');
  await expect(story(page)).toContainText('Where Uzbekistan’s labour migrants go');
  await expect(story(page).getByRole('button', { name: 'Source: Kamilov 2025' })).toBeVisible();
  await expect(page.locator('.app')).toHaveClass(/present/);
  await snap(page, info.project.name, 'present-1');

  await page.keyboard.press('ArrowRight');
  await expect(story(page)).toContainText('Step 2 of 13');
  await expect(page).toHaveURL(/step=2/);
  await expect(story(page)).toContainText('Tajikistan and Kyrgyzstan');
  await page.keyboard.press('ArrowRight');
  await expect(story(page)).toContainText('Step 3 of 13');
  // No panel while presenting (its small type is for a desk): the card draws the step's evidence, every
  // published total of Uzbek migrants abroad with its source.
  await expect(page.getByTestId('country-panel')).toBeHidden();
  await expect(story(page).getByTestId('story-evidence')).toContainText('Labour migrants abroad, Uzbekistan: every published value');
  await expect(story(page).getByTestId('story-evidence')).toContainText('more than 2 million');
  if (info.project.name === 'phone') {
    // A phone shows the story as the bottom card, within the screen, over the map.
    const box = (await story(page).boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    expect(box.height).toBeLessThan(page.viewportSize()!.height / 2);
    await expect(story(page).getByRole('button', { name: 'Next step' })).toBeInViewport();
  }

  await page.keyboard.press('PageDown');
  await expect(story(page)).toContainText('Step 4 of 13');
  await page.keyboard.press('PageUp');
  await expect(story(page)).toContainText('Step 3 of 13');
  await page.keyboard.press(' ');
  await expect(story(page)).toContainText('Step 4 of 13');

  // A step on the UN's stock sets the basis and the year.
  await page.keyboard.press('5');
  await expect(story(page)).toContainText('1990: born in Central Asia');
  await expect(page).toHaveURL(/basis=born_in_origin/);
  await expect(page).toHaveURL(/year=1990/);
  await expect(page.getByTestId('legend').getByRole('heading', { level: 2 })).toHaveText('People born in Central Asia, living abroad');

  await page.keyboard.press('9');
  await expect(story(page)).toContainText('The 1951 Refugee Convention');
  await expect(page.getByTestId('standings-legend')).toContainText('Convention relating to the Status of Refugees');
  await expect(page).toHaveURL(/instrument=refugee-1951/);
  await expect(page).not.toHaveURL(/basis=|year=/); // a status map's step leaves the flows on their defaults
  await snap(page, info.project.name, 'present-9');

  // Step 12 shows the treaties table of the five in the map's place; the arrows still move between steps.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(story(page)).toContainText('Step 12 of 13');
  await expect(page).toHaveURL(/view=table/);
  const table = page.getByTestId('table-view');
  await expect(table).toBeVisible();
  const countries = ['Uzbekistan', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan'];
  if (info.project.name === 'phone') {
    await expect(table.getByTestId('explore-cards').locator('li h3')).toHaveText(countries);
  } else {
    // Five countries, turned on their side: a column each, a row per treaty, each status in words.
    await expect(table.getByTestId('explore-table').locator('thead th')).toHaveText(['Treaty', ...countries]);
    const refugee = table.getByRole('row', { name: /1951 Refugee Convention/ });
    await expect(refugee.locator('td')).toHaveCount(5);
    await expect(refugee.locator('td').first()).toContainText('not party');
    await expect(refugee.locator('td').nth(1)).toContainText('party');
    await expect(refugee.locator('td').nth(1)).toContainText('15 Jan 1999');
    await expect(refugee).toBeInViewport();
  }
  await expect(page.getByTestId('story-evidence')).toHaveCount(0);
  await snap(page, info.project.name, 'present-12-table');
  // The next step returns to a map.
  await page.keyboard.press('ArrowRight');
  await expect(story(page)).toContainText('Step 13 of 13');
  await expect(page.getByTestId('table-view')).toHaveCount(0);
  await expect(page).not.toHaveURL(/view=table/);
  await expect(page.locator('.map')).toBeVisible();
  // And back to the table, from the keyboard.
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('table-view')).toBeVisible();

  await page.keyboard.press('End');
  await expect(story(page)).toContainText('Step 13 of 13');
  await page.keyboard.press('ArrowRight'); // past the end: stays
  await expect(story(page)).toContainText('Step 13 of 13');
  await page.keyboard.press('Home');
  await expect(story(page)).toContainText('Step 1 of 13');

  // Back walks the steps too.
  await page.keyboard.press('ArrowRight');
  await expect(story(page)).toContainText('Step 2 of 13');
  await page.goBack();
  await expect(story(page)).toContainText('Step 1 of 13');

  await page.keyboard.press('Escape');
  await expect(story(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
  await expect(page.locator('.app')).not.toHaveClass(/present/);
});

test('a step is a link: opening it lands on that step, with its view and camera', async ({ page }, info) => {
  await openApp(page, '?present=1&step=7');
  await expect(story(page)).toContainText('The Eurasian Economic Union');
  await expect(page.getByTestId('standings-legend')).toContainText('Eurasian Economic Union');
  // The step's camera where its subject (the five) is clear of the story card; on a phone, moved to clear it.
  if (info.project.name === 'desktop') await expect.poll(() => page.locator('.map').getAttribute('data-camera')).toBe('62.000,48.000,2.60');
  else await expect.poll(() => page.locator('.map').getAttribute('data-camera')).not.toBe('62.000,48.000,2.60');
  // Beside the card on a wide screen (it takes the left third): the five's names that fit are clear of it.
  if (info.project.name === 'desktop') {
    const card = (await story(page).boundingBox())!;
    await expect(page.locator('.map .map-label[data-iso3="KAZ"]')).toBeVisible();
    const placed = await page
      .locator('.map .map-label')
      .evaluateAll((els) =>
        els
          .filter(
            (el) =>
              ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'].includes((el as HTMLElement).dataset.iso3!) && (el as HTMLElement).style.visibility === 'visible',
          )
          .map((el) => el.getBoundingClientRect().left),
      );
    expect(placed.length).toBeGreaterThanOrEqual(3);
    for (const left of placed) expect(left).toBeGreaterThanOrEqual(card.x + card.width);
  }
});

test('P enters presenter mode from the map, and the pointer hides when it rests', async ({ page }) => {
  await page.clock.install();
  await openApp(page);
  await page.keyboard.press('p');
  await expect(story(page)).toContainText('Step 1 of 13');
  await expect(page).toHaveURL(/present=1/);
  await page.mouse.move(300, 300);
  await expect(page.locator('.app')).not.toHaveClass(/cursor-idle/);
  await page.clock.runFor(3000);
  await expect(page.locator('.app')).toHaveClass(/cursor-idle/);
  await page.mouse.move(320, 310);
  await expect(page.locator('.app')).not.toHaveClass(/cursor-idle/);
});

test('clicker keys still step after the speaker used a button (focus on the story card’s arrow)', async ({ page }) => {
  await openApp(page, '?present=1&step=1&measure=count');
  const next = story(page).getByRole('button', { name: 'Next step' });
  await next.click();
  await expect(story(page)).toContainText('Step 2 of 13');
  await expect(next).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(story(page)).toContainText('Step 3 of 13');
  await expect(page).toHaveURL(/measure=count/); // the link kept its measure; the arrow went to the story
  await page.keyboard.press('PageUp');
  await expect(story(page)).toContainText('Step 2 of 13');
});

test('S (or the story panel’s button) saves the step as a slide in the projector’s theme', async ({ page }, info) => {
  await openApp(page, '?present=1&step=6');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('s')]);
  expect(download.suggestedFilename()).toBe('corridors.png');
  const path = info.outputPath('step-slide.png');
  await download.saveAs(path);
  await download.saveAs(`test-results/screenshots/${info.project.name}-present-slide.png`);
  const img = PNG.sync.read(readFileSync(path));
  expect([img.width, img.height]).toEqual([SLIDE.width, SLIDE.height]);
  // The title band is the dark presenter background, not white.
  const i = (10 * img.width + 10) * 4;
  expect([img.data[i], img.data[i + 1], img.data[i + 2]]).toEqual([0x0b, 0x17, 0x24]);
  await expect(story(page)).toContainText('Step 6 of 13'); // still presenting
  const [again] = await Promise.all([page.waitForEvent('download'), story(page).getByRole('button', { name: 'Slide PNG (S)' }).click()]);
  expect(again.suggestedFilename()).toBe('corridors.png');
});

test('a step’s slide is framed on its flows, every value written at 28 px or more and clear of the slide’s legend', async ({ page }) => {
  await openApp(page, '?present=1&step=1');
  await Promise.all([page.waitForEvent('download'), page.keyboard.press('s')]);
  const snapshot = JSON.parse((await page.locator('.map').getAttribute('data-snapshot'))!) as {
    width: number;
    labels: { iso3: string; x: number; y: number; w: number; h: number; fontPx: number; valuePx?: number }[];
  };
  const legendLeft = SLIDE.width - mapFrame().coveredRight! * mapFrame().pixelRatio;
  // Uzbekistan's destinations, each with its value, all on the slide (not zoomed out past them, nor in).
  expect(snapshot.labels.map((l) => l.iso3)).toEqual(expect.arrayContaining(['RUS', 'KAZ', 'KGZ', 'TUR', 'KOR', 'ARE', 'UZB']));
  expect(snapshot.labels.find((l) => l.iso3 === 'RUS')!.valuePx).toBeGreaterThanOrEqual(28);
  for (const l of snapshot.labels) {
    expect(l.fontPx, l.iso3).toBeGreaterThanOrEqual(28);
    if (l.valuePx !== undefined) expect(l.valuePx, l.iso3).toBeGreaterThanOrEqual(28);
    expect(l.x, l.iso3).toBeGreaterThanOrEqual(0);
    expect(l.x + l.w, l.iso3).toBeLessThanOrEqual(legendLeft);
  }
});
