/**
 * The map inside someone else's page: it resizes its iframe in the protocols hosts already run (Pym.js,
 * Datawrapper's embed script, AMP), works sandboxed, leaves the article's scrolling alone until the reader
 * clicks it, and keeps nothing about the reader (no cookie, no storage, no request to another origin).
 */
import { test, expect, snap } from './fixtures.ts';
import { appHeight, appUrl, frameHeight, hostOrigin, openCorridorFromLegend } from './embed-helpers.ts';

test.use({ allowedUrls: ['http://localhost:'] });

test('a Pym.js host resizes the iframe to the map’s height, and again when the map grows', async ({ page }, info) => {
  await page.goto(`${hostOrigin(info)}/pym.html?app=${encodeURIComponent(appUrl(info, 'embed=1'))}`);
  const iframe = '#corridors-map iframe';
  const height = await appHeight(page, iframe);
  expect(height).toBeGreaterThan(300);
  await expect.poll(() => frameHeight(page, iframe)).toBe(height);
  // The child got Pym's parameters, and answers in Pym's protocol.
  const src = await page.locator(iframe).getAttribute('src');
  expect(src).toContain('childId=corridors-map');
  // Open a country: on a phone the embed grows to give its bottom sheet room, and the host follows.
  await openCorridorFromLegend(page.frameLocator(iframe), /Uzbekistan to Russia/);
  const after = await page
    .frameLocator(iframe)
    .locator('.app')
    .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await expect.poll(() => frameHeight(page, iframe)).toBe(after);
  await snap(page, info.project.name, 'embed-pym');
});

test('a host running Datawrapper’s embed listener resizes the iframe; the embed works sandboxed and keeps nothing', async ({ page }, info) => {
  const sandbox = 'allow-scripts allow-same-origin allow-popups';
  await page.goto(
    `${hostOrigin(info)}/datawrapper.html?sandbox=${encodeURIComponent(sandbox)}&app=${encodeURIComponent(appUrl(info, 'embed=1&embedId=corridors-test'))}`,
  );
  const iframe = '#datawrapper-chart-corridors-test';
  expect(await page.locator(iframe).getAttribute('sandbox')).toBe(sandbox);
  const height = await appHeight(page, iframe);
  await expect.poll(() => frameHeight(page, iframe)).toBe(height);

  const frame = page.frameLocator(iframe);
  await expect(frame.locator('.brand')).toContainText('Corridors');
  // The view's headline titles the embed, written from the data.
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
    'More labour migrants from each of the four Central Asian states with published figures go to Russia than anywhere else',
  );
  await expect(frame.locator('.source-line')).toContainText('Sources');
  await expect(frame.getByTestId('legend')).toBeVisible();
  const full = frame.getByRole('link', { name: 'Open the full map' });
  await expect(full).toHaveAttribute('target', '_blank');
  expect(await full.getAttribute('href')).not.toContain('embed=1');

  // Use it, then check it kept nothing about the reader, and left the article's Back button alone
  // (iframe navigations join the page's history: an embed replaces its entry instead of pushing).
  const historyBefore = await page.evaluate(() => history.length);
  await openCorridorFromLegend(frame, /Uzbekistan to Kazakhstan/);
  await expect(frame.getByTestId('corridor-panel')).toBeVisible();
  await frame.getByTestId('corridor-panel').getByRole('button', { name: /Close/ }).click();
  await openCorridorFromLegend(frame, /Uzbekistan to Kazakhstan/);
  await expect(frame.getByTestId('corridor-panel')).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  const kept = await frame.locator('body').evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
  expect(kept).toEqual({ cookie: '', local: 0, session: 0 });
  expect((await page.context().cookies()).length).toBe(0);
  await snap(page, info.project.name, 'embed-datawrapper');
});

test('an AMP-style host resizes the iframe from embed-size messages', async ({ page }, info) => {
  await page.goto(`${hostOrigin(info)}/amp.html?app=${encodeURIComponent(appUrl(info, 'embed=1&country=TJK'))}`);
  const height = await appHeight(page, '#amp-frame');
  await expect.poll(() => frameHeight(page, '#amp-frame')).toBe(height);
});

test('until the reader taps or clicks it, the embedded map lets the page scroll (no touch capture)', async ({ page }, info) => {
  await page.goto(`${hostOrigin(info)}/datawrapper.html?app=${encodeURIComponent(appUrl(info, 'embed=1&embedId=corridors-test'))}`);
  const iframe = '#datawrapper-chart-corridors-test';
  await appHeight(page, iframe);
  const frame = page.frameLocator(iframe);
  const touchAction = () => frame.locator('.maplibregl-canvas-container').evaluate((el) => getComputedStyle(el).touchAction);
  await expect(frame.locator('.map')).toHaveAttribute('data-gestures', 'held');
  expect(await touchAction()).not.toBe('none'); // the browser may scroll the article under a finger
  await frame.locator('.map').click({ position: { x: 10, y: 200 } });
  await expect(frame.locator('.map')).toHaveAttribute('data-gestures', 'free');
  expect(await touchAction()).toBe('none'); // now the map takes one-finger pans and pinches
});
