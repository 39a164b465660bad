/**
 * Hostile and broken links (issue 14), the list tests/unit/hostile-urls.ts generates, each loaded in the built app:
 * no uncaught error or console error, nothing from the link in the page as markup (every HTML-bearing payload
 * carries `data-fuzz`) or run as script (every script-bearing one calls alert), the headline still shown, and no
 * request to another origin (the fixture's guard). One browser is enough: parsing does not depend on the screen.
 * The map is not waited for: the headline and a short settle are what a broken parse would break.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { hostileUrls } from '../unit/hostile-urls.ts';

// Every other link (220 of 440, each parameter and family still covered) keeps the run near three minutes; the
// unit suite reads all of them, and FUZZ_ALL=1 loads all of them here too.
const urls = hostileUrls().filter((_, i) => process.env.FUZZ_ALL || i % 2 === 0);
/** Links per test: each test has its own page, so one broken link cannot hide the rest. */
const CHUNK = 55;
/** Longer than Node's (and most servers') request line allows: served as the page itself, as a host with room would. */
const LONG = 8_000;

/** What of a payload the page holds as markup: its marked elements or attributes, script links, frames. */
const injected = (page: Page) =>
  page.evaluate(() => ({
    markup: document.querySelectorAll('[data-fuzz]').length,
    scriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
    frames: document.querySelectorAll('iframe').length,
  }));
const NONE = { markup: 0, scriptLinks: 0, frames: 0 };

test('the check sees a payload that did become markup', async ({ page }) => {
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<b data-fuzz=1>x</b><a href="JavaScript:alert(1)">y</a>'));
  expect(await injected(page)).toEqual({ ...NONE, markup: 1, scriptLinks: 1 });
});

for (let from = 0; from < urls.length; from += CHUNK) {
  const chunk = urls.slice(from, from + CHUNK);
  test(`hostile links ${from + 1}–${from + chunk.length} of ${urls.length}: no error, nothing injected, the headline shown`, async ({
    page,
    guard,
    baseURL,
  }) => {
    test.setTimeout(chunk.length * 6_000); // a loaded machine: a second or two a link
    await page.emulateMedia({ reducedMotion: 'reduce' }); // the flows stand still: a third less work per load
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.route(
      (u) => u.href.length > LONG,
      async (route) => route.fulfill({ response: await route.fetch({ url: baseURL }) }),
    );
    for (const { name, url } of chunk) {
      const label = `${name}: ${url.length > 200 ? url.slice(0, 200) + '…' : url}`;
      const errorsBefore = guard.errors.length;
      await page.goto(`./${url}`, { waitUntil: 'domcontentloaded' });
      await expect(page.getByRole('heading', { level: 1 }), label).not.toBeEmpty();
      await page.waitForTimeout(30); // let the first effects run
      expect.soft(await injected(page), label).toEqual(NONE);
      expect.soft(guard.errors.slice(errorsBefore), label).toEqual([]);
      expect.soft(dialogs, label).toEqual([]);
    }
  });
}
