/**
 * The country panel answers what it was opened for: what binds the country is visible without scrolling, and
 * its organisations, agreements and treaties each start within the first two panel-heights, on a desktop and a
 * phone (where the panel is a bottom sheet of 62% of the map).
 */
import { test, expect, openApp, snap } from './fixtures.ts';
import type { Page } from '@playwright/test';

const panel = (page: Page) => page.getByTestId('country-panel');
const body = (page: Page) => panel(page).locator('.panel-body');

/** Where an element starts in the panel's scrolled content (0 = the top of the body), and the body's height. */
async function placeOf(page: Page, selector: string) {
  return body(page).evaluate((b, sel) => {
    const el = b.querySelector(sel);
    if (!el) throw new Error(`${sel} not found`);
    const top = el.getBoundingClientRect().top - b.getBoundingClientRect().top + b.scrollTop;
    const bottom = el.getBoundingClientRect().bottom - b.getBoundingClientRect().top + b.scrollTop;
    return { top, bottom, client: b.clientHeight, scrollTop: b.scrollTop };
  }, selector);
}

for (const [iso3, name] of [
  ['UZB', 'Uzbekistan'],
  ['KAZ', 'Kazakhstan'],
] as const) {
  test(`${name}: the glance is visible without scrolling, and organisations, agreements and treaties start within two panel-heights`, async ({
    page,
  }, info) => {
    await openApp(page, `?country=${iso3}`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(name);
    const glance = panel(page).getByTestId('at-a-glance');
    await expect(glance).toBeVisible();
    const g = await placeOf(page, '[data-testid=at-a-glance]');
    expect(g.scrollTop).toBe(0);
    expect(g.top).toBeGreaterThanOrEqual(0);
    expect(g.bottom, 'the glance ends inside the panel as it opens').toBeLessThanOrEqual(g.client);
    await expect(glance).toContainText('Member of CIS');
    await snap(page, info.project.name, `panel-${iso3}-glance`);

    for (const tab of ['Organisations', 'Agreements', 'Treaties']) {
      await panel(page).getByRole('tab', { name: tab }).click();
      const section = panel(page).getByRole('tabpanel');
      await expect(section).toBeVisible();
      const s = await placeOf(page, '[role=tabpanel]:not([hidden])');
      expect(s.top, `${tab} starts within two panel-heights (${s.top} px of ${s.client} px)`).toBeLessThan(2 * s.client);
      // It starts with content, not an empty frame.
      await expect(section.locator('li, tr').first()).toBeVisible();
    }
  });
}

test('a status chip opens the treaty table at its row, the depositary’s record beside the paper’s disputed claim', async ({ page }, info) => {
  await openApp(page, '?country=UZB');
  await panel(page)
    .getByRole('link', { name: /^1951 Refugee Convention disputed: not party; a paper says otherwise/ })
    .click();
  await expect(panel(page).getByRole('tab', { name: 'Treaties' })).toHaveAttribute('aria-selected', 'true');
  const row = panel(page).getByRole('row', { name: /1951 Refugee Convention/ });
  await expect(row).toBeFocused();
  await expect(row).toBeInViewport();
  await expect(row).toContainText('not party');
  await expect(row.getByRole('button', { name: /UN Treaty Collection/ })).toBeVisible();
  await expect(row.getByTestId('disputed-claim')).toContainText('Asadov 2024 says: party');
  // The paper's note is one disclosure below the table, the line's "Why" opens it.
  await row.getByRole('button', { name: 'Why: read the note on Asadov 2024’s claim' }).click();
  const note = panel(page).getByTestId('disputed-note').filter({ hasText: '1951 Refugee Convention' });
  await expect(note).toBeFocused();
  await expect(note).toContainText('UN and UNHCR statements');
  await snap(page, info.project.name, 'panel-UZB-treaty-note');
});

test('a paper’s note on two ILO conventions is shown once, naming both', async ({ page }) => {
  await openApp(page, '?country=UZB');
  await panel(page).getByRole('tab', { name: 'Treaties' }).click();
  const asadovIlo = panel(page).getByTestId('disputed-note').filter({ hasText: 'ILO C097' });
  await expect(asadovIlo).toHaveCount(1);
  await expect(asadovIlo).toContainText('ILO C143');
  await expect(panel(page).getByText('this claim is recorded against both ILO migrant-worker conventions', { exact: false })).toHaveCount(1);
});

test('the keyboard reaches every section: Tab to the tabs, arrows between them', async ({ page }) => {
  await openApp(page, '?country=KAZ');
  const first = panel(page).getByRole('tab', { name: 'Organisations' });
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel(page).getByRole('tab', { name: 'Agreements' })).toBeFocused();
  // One agreement and its 2026 action plan: Asadov's two table rows and Xolmirzayeva's were the same agreement (issue 16).
  await expect(panel(page).getByRole('tabpanel')).toContainText('Uzbekistan · 2');
  await page.keyboard.press('End');
  await expect(panel(page).getByRole('tab', { selected: true })).toHaveText('Laws, events');
  await page.keyboard.press('Home');
  await expect(panel(page).getByRole('tab', { name: 'Organisations' })).toBeFocused();
  await expect(panel(page).getByRole('tabpanel').locator('abbr[title="Commonwealth of Independent States"]')).toBeVisible();
});
