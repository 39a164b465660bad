/** Every view is a link: opening one restores it exactly; moving the map updates it; Share copies it. */
import { test, expect, openApp, snap, shareAction } from './fixtures.ts';

test('a deep link restores the country, the view and the camera', async ({ page }) => {
  await openApp(page, '?country=UZB&lng=66.500&lat=41.200&zoom=4.50');
  await expect(page.getByTestId('country-panel').getByRole('heading', { level: 2 })).toHaveText('Uzbekistan');
  await expect(page.locator('.map')).toHaveAttribute('data-camera', '66.500,41.200,4.50');

  await openApp(page, '?instrument=refugee-1951&year=1998&lng=60&lat=45&zoom=3');
  await expect(page.getByTestId('standings-legend')).toContainText('Status at the end of 1998');
  await expect(page.getByTestId('map-mode')).toHaveValue('instrument:refugee-1951');
  await expect(page.getByTestId('map-year')).toHaveValue('1998');
  await expect(page.locator('.map')).toHaveAttribute('data-camera', '60.000,45.000,3.00');

  await openApp(page, '?view=sources&org=eaeu');
  await expect(page.getByTestId('sources-page')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('standings-legend')).toContainText('Eurasian Economic Union');

  await openApp(page, '?corridor=UZB-RUS&measure=count');
  await expect(page.getByTestId('corridor-panel')).toContainText('Uzbekistan – Russia');
});

test('moving the map writes the camera into the link (without a history entry per move)', async ({ page }) => {
  await openApp(page, '?country=KAZ');
  const length = await page.evaluate(() => history.length);
  // Pan with the keyboard, as a reader without a mouse (or on a phone's keyboard) would.
  await page.locator('.map canvas').first().focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await expect(page).toHaveURL(/lng=[-\d.]+&lat=[-\d.]+&zoom=[\d.]+/);
  await expect(page).toHaveURL(/country=KAZ/);
  expect(await page.evaluate(() => history.length)).toBe(length);
  // The link reproduces the view.
  const url = page.url();
  const camera = await page.locator('.map').getAttribute('data-camera');
  await page.goto(url);
  await expect(page.locator('.map')).toHaveAttribute('data-camera', camera!);
});

test('Share copies the link to the current view; Embed gives a snippet for it', async ({ page, context }, info) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '?country=TJK');
  await (await shareAction(page, 'Share')).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  // The copied link names its language, so its reader sees what the sender saw.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url() + '&lang=en');

  await (await shareAction(page, 'Embed')).click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  const code = await dialog.getByTestId('embed-code').inputValue();
  expect(code).toMatch(/<iframe id="datawrapper-chart-corridors-[a-z0-9]+-[a-z0-9]{5}" title="[^"]+" src="[^"]*country=TJK[^"]*embed=1/);
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('datawrapper-height'); // responsive by default
  expect(code).toMatch(/<p><a href="[^"]*country=TJK/);
  await dialog.getByLabel('600 px').check();
  const fixed = await dialog.getByTestId('embed-code').inputValue();
  expect(fixed).toContain('height="600"');
  expect(fixed).not.toContain('<script>');
  await snap(page, info.project.name, 'embed-dialog');
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fixed);

  // A second embed of the same view gets an iframe id of its own (two on one page must not share a listener).
  const idOf = (html: string) => /id="(datawrapper-chart-[^"]+)"/.exec(html)![1];
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await (await shareAction(page, 'Embed')).click();
  await expect(dialog).toBeVisible();
  expect(idOf(await dialog.getByTestId('embed-code').inputValue())).not.toBe(idOf(code));
});
