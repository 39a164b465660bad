/**
 * The animated flows as a reader meets them: they move (or, for readers who prefer reduced motion, stand
 * still until asked), stay on their countries when the map moves, answer hover and click, fade around a
 * selected country, switch to numbers of migrants (marked derived), and come back after a lost GPU context.
 * No test waits a fixed time: "later" is a number of animation frames, and changes are polled.
 */
import { PNG } from 'pngjs';
import { test, expect, openApp, snap } from './fixtures.ts';
import { UZB, legend, lists, frames, mapShot, differingPixels, countColour, pause, near } from './flow-helpers.ts';

test('the flows move from origin to destination: two moments of the map differ', async ({ page }, info) => {
  await openApp(page);
  await expect(legend(page).getByRole('button', { name: 'Pause the flow animation' })).toBeVisible();
  const first = await mapShot(page);
  await expect.poll(async () => (await frames(page, 10), differingPixels(first, await mapShot(page))), { timeout: 20_000 }).toBeGreaterThan(50);
  await snap(page, info.project.name, 'flows-moving');
});

test('with reduced motion the flows stand still (arrowheads show direction) until Play, and Pause stops them', async ({ page }, info) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  const play = legend(page).getByRole('button', { name: 'Play the flow animation' });
  await expect(play).toBeVisible();
  const still = await mapShot(page);
  await frames(page, 30);
  expect(differingPixels(still, await mapShot(page))).toBe(0);
  await snap(page, info.project.name, 'flows-still');

  await play.click();
  await expect.poll(async () => (await frames(page, 10), differingPixels(still, await mapShot(page))), { timeout: 20_000 }).toBeGreaterThan(50);
  await pause(page);
  const paused = await mapShot(page);
  await frames(page, 30);
  expect(differingPixels(paused, await mapShot(page))).toBe(0);
});

test('flows stay on their countries when the map is panned (time frozen)', async ({ page }) => {
  await openApp(page, '?origin=UZB'); // one origin's lines: no other colour drawn over them
  await pause(page);
  // The labels are HTML over the map, and a value pinned to the map's edge stays there: the flows are what is checked.
  await page.locator('.map-labels').evaluate((el: HTMLElement) => (el.style.display = 'none')); // (the CSP refuses a <style>)
  const before = await mapShot(page);
  await page.locator('.maplibregl-canvas').focus();
  await page.keyboard.press('ArrowRight');
  // Wait until the pan has settled: two shots in a row the same.
  let after = await mapShot(page);
  await expect
    .poll(async () => {
      await frames(page, 5);
      const next = await mapShot(page);
      const settled = differingPixels(after, next) === 0 && differingPixels(before, next) > 0;
      after = next;
      return settled;
    })
    .toBe(true);

  // Find the shift of the whole picture (base map, labels and flows together) ...
  const w = before.width;
  const h = before.height;
  const px = (_img: PNG, x: number, y: number) => (y * w + x) * 4;
  const same = (x: number, y: number, dx: number) => {
    const i = px(before, x, y);
    const j = px(after, x - dx, y);
    return (
      Math.abs(before.data[i]! - after.data[j]!) +
        Math.abs(before.data[i + 1]! - after.data[j + 1]!) +
        Math.abs(before.data[i + 2]! - after.data[j + 2]!) <
      12
    );
  };
  let best = { dx: 0, score: -1 };
  for (let dx = 20; dx <= 200; dx++) {
    let score = 0;
    for (let y = 10; y < h - 10; y += 7) for (let x = dx + 10; x < w - 10; x += 7) if (same(x, y, dx)) score++;
    if (score > best.score) best = { dx, score };
  }
  expect(best.dx).toBeGreaterThan(20);
  // ... then check the flows moved by exactly that shift: their pixels land on flow pixels.
  let flow = 0;
  let aligned = 0;
  for (let y = 0; y < h; y++) {
    for (let x = best.dx; x < w; x++) {
      if (!near(before.data, px(before, x, y), UZB, 10)) continue;
      flow++;
      if (near(after.data, px(after, x - best.dx, y), UZB, 10)) aligned++;
    }
  }
  expect(flow).toBeGreaterThan(300);
  expect(aligned / flow).toBeGreaterThan(0.95);
});

test('the flows list is the keyboard way in: focus shows the tooltip, Enter opens the corridor, the link reopens it', async ({ page }, info) => {
  await openApp(page, '?origin=UZB');
  const russia = lists(page).getByRole('button', { name: /Corridor Uzbekistan to Russia/ });
  await russia.focus();
  await expect(page.getByTestId('tooltip')).toContainText('Source: Kamilov 2025');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('corridor-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Uzbekistan – Russia');
  // Labour migrants first, then the UN's stock of its latest year, both directions, each saying what it counts.
  const flows = panel.getByTestId('corridor-flow');
  await expect(flows.first()).toContainText('70.2% of Uzbekistan’s labour migrants');
  await expect(flows.nth(1)).toContainText('of everyone born in Uzbekistan living abroad');
  await expect(flows.nth(1)).toContainText('1.15 million people born in Uzbekistan');
  await expect(flows.nth(1)).toContainText('mid-2019');
  await expect(flows.nth(2)).toContainText('Russia → Uzbekistan');
  await expect(panel.getByTestId('stock-series').getByRole('img').first()).toHaveAttribute(
    'aria-label',
    /^Born in Uzbekistan, living in Russia: .* in 1990, 1.15 million in 2019$/,
  );
  await expect(panel).toContainText('on the organised recruitment and engagement of citizens of Uzbekistan');
  const cis = panel.locator('li', { has: page.locator('abbr', { hasText: /^CIS$/ }) });
  await expect(cis).toContainText('Uzbekistan: member');
  await expect(cis).toContainText('Russia: member');
  await expect(panel.getByRole('heading', { name: 'Both party' })).toBeVisible();
  await expect(legend(page)).toBeInViewport();
  await snap(page, info.project.name, 'corridor-panel');

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page).not.toHaveURL(/corridor=/);

  await openApp(page, '?corridor=uzb-rus');
  await expect(page.getByTestId('corridor-panel').getByRole('heading', { level: 2 })).toHaveText('Uzbekistan – Russia');
  await openApp(page, '?corridor=UZB-XYZ');
  await expect(page.getByTestId('corridor-panel')).toHaveCount(0);
});

test('Uzbekistan alone: no measure switch (one total times the shares draws the same), the labels give both, the legend says how', async ({
  page,
}, info) => {
  await openApp(page, '?origin=UZB');
  await expect(page.getByRole('radio', { name: 'Number of migrants' })).toHaveCount(0);
  await expect(page.locator('.map-label[data-iso3=RUS]')).toContainText('70.2% · about 341,000');
  const note = lists(page).getByTestId('derived-note');
  await expect(note).toContainText('Derived, not published');
  await expect(note).toContainText('× 486,100 departures for work abroad in the same period (Kamilov 2025)');
  await expect(note.getByText('about 1.9 million')).toBeVisible();
  await expect(note.getByText('1.5 million')).toBeVisible();
  await expect(note.getByText('more than 2 million')).toBeVisible();
  await expect(note).toContainText('quoting IOM');
  await snap(page, info.project.name, 'share-and-count');
});

test('by number of migrants, across origins: the switch stays, derived counts are marked, published ones not', async ({ page }, info) => {
  await openApp(page);
  // Below 700 px the settings open from the key above the map.
  if (info.project.name === 'phone')
    await legend(page)
      .getByRole('button', { name: /settings/ })
      .click();
  await legend(page).getByRole('radio', { name: 'Number of migrants' }).check();
  await expect(page).toHaveURL(/measure=count/);
  await expect(lists(page).getByTestId('derived-note').first()).toContainText(
    '× 486,100 departures for work abroad in the same period (Kamilov 2025)',
  );
  await expect(lists(page).getByRole('button', { name: /Corridor Uzbekistan to Russia: 341,000 \(derived\)/ })).toBeVisible();
  await expect(lists(page).getByRole('button', { name: /^Corridor Kazakhstan to Russia: [\d,]+$/ })).toBeVisible();
  await snap(page, info.project.name, 'by-number');
});

test('the flows come back after the GPU context is lost and restored, without a reload', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
  const before = countColour(await mapShot(page), UZB);
  expect(before).toBeGreaterThan(300);
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.flow-overlay')!;
        const lose = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
        canvas.addEventListener('webglcontextlost', () => setTimeout(() => lose.restoreContext()), { once: true });
        canvas.addEventListener('webglcontextrestored', () => done(), { once: true });
        lose.loseContext();
      }),
  );
  await expect.poll(async () => countColour(await mapShot(page), UZB)).toBeGreaterThan(before * 0.9);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
});

test('the legend always says what the shares describe and whose they are, folded or not', async ({ page }) => {
  await openApp(page);
  const card = lists(page);
  // Each split's list is headed by its period and source (below the map under 700 px).
  const period = card.locator('.period', { hasText: 'first three months of 2023' }).filter({ visible: true });
  await expect(period).toHaveCount(1);
  await expect(period.getByRole('button', { name: /^Source: Kamilov 2025/ })).toBeVisible();
});
