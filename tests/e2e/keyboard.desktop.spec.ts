/** Keyboard journeys: focus goes into a panel when it opens and back to what opened it when it closes. */
import { test, expect, openApp } from './fixtures.ts';

test('closing a panel returns focus to what opened it: a flow in the legend, or the Countries menu', async ({ page }) => {
  await openApp(page);
  const item = page.getByTestId('legend').getByRole('button', { name: /Corridor Uzbekistan to Russia/ });
  await item.focus();
  await page.keyboard.press('Enter');
  const corridor = page.getByTestId('corridor-panel');
  await expect(corridor.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(corridor).toHaveCount(0);
  await expect(item).toBeFocused();

  // The menu item that opened a country is hidden once the menu closes: its summary takes focus instead.
  await page.getByText('Countries', { exact: true }).click();
  await page.getByRole('navigation', { name: 'Countries' }).getByRole('button', { name: 'Tajikistan' }).click();
  await expect(page.getByTestId('country-panel').getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('country-panel')).toHaveCount(0);
  await expect(page.locator('details.countries > summary')).toBeFocused();

  // The Sources page, opened from the source line, gives focus back to its link.
  const link = page.getByRole('button', { name: 'Sources', exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sources-page')).toBeVisible();
  await page.getByTestId('sources-page').getByRole('button', { name: /Close/ }).click();
  await expect(link).toBeFocused();
});
