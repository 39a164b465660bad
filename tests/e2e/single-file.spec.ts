/**
 * The presenter's USB stick: `npm run build:single` makes dist-single/corridors.html, which must run from
 * file:// with no server and no network (worker, data and shapes all inside the one file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, snap } from './fixtures.ts';
import { takeRefusals, tryToLeave } from './csp-helpers.ts';
import { contentSecurityPolicy } from '../../scripts/csp.ts';

const FILE = resolve('dist-single/corridors.html');
const URL_ = `file://${FILE}`;
test.use({ allowedUrls: [URL_] });

test('the single HTML file opens from file://, paints the map and opens a country, with no other request', async ({ page }, info) => {
  expect(existsSync(FILE), 'run `npm run build:single` first (npm test does)').toBe(true);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${URL_}?origin=UZB&country=UZB`);
  await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'ready', { timeout: 30_000 });
  await expect(page.getByTestId('country-panel').getByRole('heading', { level: 2 })).toHaveText('Uzbekistan');
  await expect(page.locator('.map-label[data-iso3=RUS]')).toContainText('70.2%');
  // Only the file itself (and in-page data:/blob: URLs for the worker) were requested.
  expect(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith(URL_))).toEqual([]);
  // A file:// link means nothing on another machine: no Share link, no Embed; the slide and presenting remain.
  const group = page.getByRole('group', { name: /share/i, includeHidden: true }); // folded on a phone
  await expect(group.getByRole('button', { name: 'Present', includeHidden: true })).toBeAttached();
  await expect(group.getByRole('button', { name: 'Embed', includeHidden: true })).toHaveCount(0);
  await expect(group.getByRole('button', { name: 'Share', exact: true, includeHidden: true })).toHaveCount(0);
  await snap(page, info.project.name, 'single-file');
});

test('the single file offers the downloads as files made in the page', async ({ page }) => {
  await page.goto(`${URL_}?view=sources`);
  for (const file of ['flows.csv', 'laws.csv', 'events.csv', 'instruments.csv', 'organisations.csv', 'countries.csv', 'story.json']) {
    await expect(page.getByTestId('sources-page').getByRole('link', { name: file, exact: true })).toHaveAttribute('href', /^blob:/);
  }
  const link = page.getByTestId('sources-page').getByRole('link', { name: 'flows.csv' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('flows.csv');
  const story = page.getByTestId('sources-page').getByRole('link', { name: 'story.json' });
  const [json] = await Promise.all([page.waitForEvent('download'), story.click()]);
  expect(json.suggestedFilename()).toBe('story.json');
  const steps = (JSON.parse(readFileSync(await json.path(), 'utf8')) as { steps: unknown[] }).steps;
  expect(steps.length).toBeGreaterThan(5);
});

test('the single file carries its own Content-Security-Policy: inline scripts of its own, nothing from any origin', async ({ page, guard }) => {
  await page.goto(URL_);
  await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'ready', { timeout: 30_000 });
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', contentSecurityPolicy('single'));
  expect(guard.errors, 'the file itself raised no violation').toEqual([]);
  const other = 'http://localhost:9'; // any origin at all: from file:// even the test server's is another
  const r = await tryToLeave(page, other);
  expect(r.fetched).toBe('refused: TypeError');
  expect(r.image).toBe('refused');
  expect(r.violations).toEqual(
    expect.arrayContaining([
      { directive: 'connect-src', blocked: `${other}/pym.html` },
      { directive: 'img-src', blocked: `${other}/pixel.png` },
    ]),
  );
  expect(guard.offOrigin).toEqual([]);
  expect(takeRefusals(guard).length).toBeGreaterThanOrEqual(2);
});
