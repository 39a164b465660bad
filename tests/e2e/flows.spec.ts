/**
 * The animated flows as a reader meets them: they move (or, for readers who prefer reduced motion, stand
 * still until asked), stay on their countries when the map moves, answer hover and click, fade around a
 * selected country, switch to numbers of migrants (marked derived), and come back after a lost GPU context.
 * No test waits a fixed time: "later" is a number of animation frames, and changes are polled.
 */
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { test, expect, openApp, snap, hex, type RGB } from './fixtures.ts';
import { ORIGIN_COLORS } from '../../src/lib/flows/colors.ts';

const UZB = hex(ORIGIN_COLORS.UZB!);
const stage = (page: Page) => page.locator('.stage');
const legend = (page: Page) => page.getByTestId('legend');

/** Let the browser draw `n` animation frames. */
async function frames(page: Page, n: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let left = count;
        const step = () => (--left <= 0 ? done() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    n,
  );
}

/** The map area only (no legend, no panel), as a decoded image. */
async function mapShot(page: Page) {
  const box = (await page.locator('.map').boundingBox())!;
  const legendBox = (await legend(page).boundingBox())!;
  // Everything left of the legend on a desktop; below it on a phone.
  const clip =
    legendBox.x > box.width / 2
      ? { x: box.x, y: box.y, width: legendBox.x - box.x - 4, height: box.height }
      : { x: box.x, y: legendBox.y + legendBox.height + 4, width: box.width, height: box.y + box.height - (legendBox.y + legendBox.height + 4) };
  return PNG.sync.read(await page.screenshot({ clip }));
}

const near = (data: Buffer, i: number, [r, g, b]: RGB, tol: number) =>
  Math.abs(data[i]! - r) <= tol && Math.abs(data[i + 1]! - g) <= tol && Math.abs(data[i + 2]! - b) <= tol;

function differingPixels(a: PNG, b: PNG): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) n++;
  return n;
}

function countColour(img: PNG, colour: RGB, tol = 10): number {
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) if (near(img.data, i, colour, tol)) n++;
  return n;
}

/** A point deep inside the widest flow (Uzbekistan → Russia): every pixel around it is the flow's colour or its light chevrons. */
async function pointOnWidestFlow(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.map').boundingBox())!;
  const img = await mapShot(page);
  const isFlow = (x: number, y: number) => near(img.data, (y * img.width + x) * 4, UZB, 12);
  for (let y = 6; y < img.height - 6; y += 2) {
    for (let x = 6; x < img.width - 6; x += 2) {
      if (!isFlow(x, y)) continue;
      let inside = true;
      for (let d = -4; d <= 4 && inside; d++) inside = isFlow(x + d, y) && isFlow(x, y + d);
      if (inside) return { x: box.x + x, y: box.y + y };
    }
  }
  throw new Error('no wide flow on screen');
}

async function pause(page: Page) {
  await legend(page).getByRole('button', { name: 'Pause the flow animation' }).click();
  await expect(legend(page).getByRole('button', { name: 'Play the flow animation' })).toBeVisible();
}

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
  await openApp(page);
  await pause(page);
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
  const px = (img: PNG, x: number, y: number) => (y * w + x) * 4;
  const same = (x: number, y: number, dx: number) => {
    const i = px(before, x, y);
    const j = px(after, x - dx, y);
    return Math.abs(before.data[i]! - after.data[j]!) + Math.abs(before.data[i + 1]! - after.data[j + 1]!) + Math.abs(before.data[i + 2]! - after.data[j + 2]!) < 12;
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

test.describe('pointer', () => {
  test.skip(({ isMobile }) => isMobile, 'a phone has no hover');

  test('a hovered flow shows origin, destination, share, period and source; a click opens its corridor', async ({ page }, info) => {
    await openApp(page);
    await pause(page);
    const point = await pointOnWidestFlow(page);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.getByTestId('tooltip');
    await expect(tooltip).toContainText('Uzbekistan → Russia');
    await expect(tooltip).toContainText('70.2% of Uzbekistan’s labour migrants');
    await expect(tooltip).toContainText('first three months of 2023');
    await expect(tooltip).toContainText('Source: Kamilov 2025');
    await expect(page.locator('.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
    await snap(page, info.project.name, 'flow-tooltip');

    await page.mouse.click(point.x, point.y);
    const panel = page.getByTestId('corridor-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Uzbekistan – Russia');
    await expect(page).toHaveURL(/[?&]corridor=UZB-RUS\b/);
    await page.mouse.move(5, 300);
    await expect(tooltip).toHaveCount(0);
    await snap(page, info.project.name, 'corridor');
  });

  test('a hovered total mark lists every published value with its source', async ({ page }) => {
    await openApp(page);
    await pause(page);
    // Tajikistan's mark sits on Dushanbe, west of the country's label; search around the label for it.
    const label = (await page.locator('.map-label[data-iso3=TJK] .map-label-name').boundingBox())!;
    const hit = async () => ((await page.getByTestId('tooltip').count()) ? page.getByTestId('tooltip').innerText() : '');
    search: for (let dy = -30; dy <= 40; dy += 5) {
      for (let dx = -70; dx <= 30; dx += 5) {
        await page.mouse.move(label.x + label.width / 2 + dx, label.y + label.height / 2 + dy);
        if ((await hit()).includes('Tajikistan')) break search;
      }
    }
    const tooltip = page.getByTestId('tooltip');
    await expect(tooltip).toContainText('Tajikistan · Labour migrants abroad');
    await expect(tooltip).toContainText('800,000');
    await expect(tooltip).toContainText('more than 1.2 million');
    await expect(tooltip).toContainText('Asadov 2024');
    await expect(tooltip).toContainText('sources disagree');
  });
});

test('the flows list is the keyboard way in: focus shows the tooltip, Enter opens the corridor, the link reopens it', async ({ page }, info) => {
  await openApp(page);
  if (info.project.name === 'phone') await legend(page).getByRole('button', { name: '7 destinations' }).click();
  const russia = legend(page).getByRole('button', { name: /Corridor Uzbekistan to Russia/ });
  await russia.focus();
  await expect(page.getByTestId('tooltip')).toContainText('Source: Kamilov 2025');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('corridor-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Uzbekistan – Russia');
  await expect(panel.getByTestId('corridor-flow')).toContainText('70.2% of Uzbekistan’s labour migrants');
  await expect(panel).toContainText('Bilateral labour migration agreement (Uzbekistan–Russia)');
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

test.describe('focus', () => {
  test.skip(({ isMobile }) => isMobile, 'the same drawing; on a phone the bottom sheet hides most of the map');

  test('selecting a country keeps its own flows and fades the rest', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' }); // still pictures to count
    // The part of the map left of where the panel and the moved legend go, the same in every state.
    const left = async () => PNG.sync.read(await page.screenshot({ clip: { x: 0, y: 90, width: 540, height: 660 } }));
    await openApp(page);
    const all = countColour(await left(), UZB);
    expect(all).toBeGreaterThan(1000);
    await openApp(page, '?country=TJK'); // no flow touches Tajikistan: every line fades
    await expect(page.getByTestId('country-panel')).toBeVisible();
    await expect.poll(async () => countColour(await left(), UZB)).toBeLessThan(all / 10);
    await openApp(page, '?country=UZB'); // every flow is Uzbekistan's own
    await expect.poll(async () => countColour(await left(), UZB)).toBeGreaterThan(all * 0.8);
    await openApp(page, '?country=KAZ'); // Uzbekistan → Kazakhstan stays, Uzbekistan → Russia fades
    await expect.poll(async () => countColour(await left(), UZB)).toBeLessThan(all / 2);
    expect(countColour(await left(), UZB)).toBeGreaterThan(100);
  });
});

test('by number of migrants: counts are marked derived, with both sources and the other totals', async ({ page }, info) => {
  await openApp(page);
  await legend(page).getByRole('radio', { name: 'Number of migrants' }).check();
  await expect(page).toHaveURL(/measure=count/);
  const note = legend(page).getByTestId('derived-note');
  await expect(note).toContainText('Derived, not published');
  await expect(note).toContainText('1.9 million working abroad (end of 2024, Kamilov 2025)');
  // On a phone the other totals open with the lists; on a desktop they are there from the start.
  if (info.project.name === 'phone') await legend(page).getByRole('button', { name: '7 destinations, other totals' }).click();
  await expect(note.getByText('1.5 million')).toBeVisible();
  await expect(note.getByText('more than 2 million')).toBeVisible();
  await expect(note).toContainText('quoting IOM');
  await expect(legend(page).getByRole('button', { name: /Corridor Uzbekistan to Russia: 1.33 million \(derived\)/ })).toBeVisible();
  if (info.project.name !== 'phone') await expect(page.locator('.map-label[data-iso3=RUS]')).toContainText('1.33 million (derived)');
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
