/**
 * The keyboard-only journey (issue 13): open the app, move between countries with the arrow keys, open
 * Uzbekistan, read its agreements, switch to a treaty map, change its year, change the language, present and
 * leave; with the keyboard alone. Every step uses page.keyboard, and the page counts any mouse or pointer
 * event: a click a key makes (Enter on a button) has `detail === 0` and is not counted; any pointer event is.
 * The map's description (a polite live region) is checked to follow each step.
 */
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

/** Press Tab (or Shift+Tab) until the focused element matches `selector`; fail after `max` presses. */
async function tabTo(page: Page, selector: string, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(page.locator(selector).first()).toBeFocused();
}

/** Press Tab until `test` (run in the page) holds; fail after `max` presses. */
async function tabUntil(page: Page, test: (arg: string) => boolean, arg = '', max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(test, arg)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

const focusedIso3 = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.iso3 ?? null);

test('a keyboard-only journey: countries by arrow keys, Uzbekistan’s agreements, a treaty map and its year, the language, present and leave', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Count every mouse and pointer event the page receives; a key's synthetic click (detail 0) is not one.
  await page.addInitScript(() => {
    const w = window as unknown as { mouseEvents: string[] };
    w.mouseEvents = [];
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'pointermove', 'mousemove', 'touchstart']) {
      window.addEventListener(
        type,
        (e) => {
          if (!e.isTrusted) return;
          if (e.type === 'click' && (e as MouseEvent).detail === 0) return; // Enter or Space on a button
          w.mouseEvents.push(`${e.type} on ${(e.target as Element)?.tagName}`);
        },
        { capture: true },
      );
    }
  });
  await openApp(page);
  const description = page.getByTestId('map-description');
  await expect(description).toContainText('The map shows labour migrants');

  // Open the Countries menu and walk it with the arrow keys (the five first, then the rest, by name).
  await tabTo(page, 'details.countries > summary');
  await page.keyboard.press('Enter');
  await expect(page.locator('details.countries')).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  expect(await focusedIso3(page)).toBe('KAZ');
  await page.keyboard.press('ArrowRight');
  expect(await focusedIso3(page)).toBe('KGZ');
  await page.keyboard.press('ArrowDown');
  expect(await focusedIso3(page)).toBe('TJK');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedIso3(page)).toBe('KGZ');
  await page.keyboard.press('Home');
  expect(await focusedIso3(page)).toBe('KAZ');
  await page.keyboard.press('ArrowUp'); // wraps round to the last
  expect(await focusedIso3(page)).not.toBe('KAZ');
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  expect(await focusedIso3(page)).toBe('UZB');

  // Open Uzbekistan: its panel takes focus (its heading, with a visible ring); the description follows.
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('country-panel');
  const heading = panel.getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText('Uzbekistan');
  expect(await heading.evaluate((h) => h.matches(':focus-visible') && getComputedStyle(h).outlineStyle !== 'none')).toBe(true);
  await expect(description).toContainText('Uzbekistan is selected; its panel is open.');

  // Read its agreements: the tabs follow the arrow keys.
  await tabTo(page, '[data-testid="country-panel"] [role="tab"][aria-selected="true"]');
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { selected: true })).toHaveText('Agreements');
  await expect(panel.getByRole('tabpanel')).toContainText('organised recruitment and engagement of citizens of Uzbekistan');
  await expect(panel.getByTestId('agreement').first()).toBeVisible();

  // Esc closes the panel and gives focus back to what opened it (the menu's summary: its item is hidden now).
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.locator('details.countries > summary')).toBeFocused();

  // Switch to a treaty map: the Map selector, with the arrow keys.
  await tabTo(page, '[data-testid="map-mode"]', { back: true });
  for (let i = 0; i < 3 && !(await page.getByTestId('map-mode').inputValue()).startsWith('instrument:'); i++) await page.keyboard.press('ArrowDown');
  expect(await page.getByTestId('map-mode').inputValue()).toMatch(/^instrument:/);
  await expect(page.getByTestId('standings-legend')).toBeVisible();
  await expect(description).toContainText('where each country stands on the');
  await expect(description).toContainText('today');

  // Change the year: the status slider.
  await tabTo(page, '[data-testid="map-year"]');
  await page.keyboard.press('Home');
  const first = await page.getByTestId('map-year').inputValue();
  await expect(page.getByTestId('map-year-value')).toHaveText(first);
  await expect(page).toHaveURL(new RegExp(`year=${first}`));
  await expect(description).toContainText(`at the end of ${first}`);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('map-year-value')).toHaveText(String(Number(first) + 1));

  // Change the language: the masthead's links load this view in another (the page loads again, so the mouse
  // events seen so far are kept before it goes).
  const seen = await page.evaluate(() => (window as unknown as { mouseEvents: string[] }).mouseEvents);
  await tabUntil(page, () => (document.activeElement as HTMLElement | null)?.dataset.testid === 'lang-ru');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'ready', { timeout: 30_000 });
  await expect(page).toHaveURL(/lang=ru/);
  await expect(page).toHaveURL(/year=/); // the same view, in Russian
  await expect(description).toContainText('На карте');

  // Present (P, from anything but a form control) and leave (Esc).
  await tabTo(page, '[data-testid="status-play"]');
  await page.keyboard.press('p');
  await expect(page.locator('.app')).toHaveClass(/present/);
  await expect(page.getByTestId('story')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/step=2/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.app')).not.toHaveClass(/present/);

  expect([...seen, ...(await page.evaluate(() => (window as unknown as { mouseEvents: string[] }).mouseEvents))], 'mouse or pointer events').toEqual(
    [],
  );
});
