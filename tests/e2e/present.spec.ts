/** Presenter mode: the story steps with what clickers and keyboards send, each step a link, Esc leaves. */
import { test, expect, openApp, snap } from './fixtures.ts';

const story = (page: import('@playwright/test').Page) => page.getByTestId('story');

test('the story steps with the keyboard, each step a URL, and Esc leaves', async ({ page }, info) => {
  await openApp(page, '?present=1');
  await expect(story(page)).toContainText('Step 1 of 9');
  await expect(story(page)).toContainText('Where Uzbekistan’s labour migrants go');
  await expect(story(page).getByRole('button', { name: 'Source: Kamilov 2025' })).toBeVisible();
  await expect(page.locator('.app')).toHaveClass(/present/);
  await snap(page, info.project.name, 'present-1');

  await page.keyboard.press('ArrowRight');
  await expect(story(page)).toContainText('Step 2 of 9');
  await expect(page).toHaveURL(/step=2/);
  await expect(page.getByTestId('country-panel').getByRole('heading', { level: 2 })).toHaveText('Uzbekistan');

  await page.keyboard.press('PageDown');
  await expect(story(page)).toContainText('Step 3 of 9');
  await page.keyboard.press('PageUp');
  await expect(story(page)).toContainText('Step 2 of 9');
  await page.keyboard.press(' ');
  await expect(story(page)).toContainText('Step 3 of 9');

  await page.keyboard.press('6');
  await expect(story(page)).toContainText('The 1951 Refugee Convention');
  await expect(page.getByTestId('standings-legend')).toContainText('Convention relating to the Status of Refugees');
  await expect(page).toHaveURL(/instrument=refugee-1951/);
  await snap(page, info.project.name, 'present-6');

  await page.keyboard.press('End');
  await expect(story(page)).toContainText('Step 9 of 9');
  await page.keyboard.press('ArrowRight'); // past the end: stays
  await expect(story(page)).toContainText('Step 9 of 9');
  await page.keyboard.press('Home');
  await expect(story(page)).toContainText('Step 1 of 9');

  // Back walks the steps too.
  await page.keyboard.press('ArrowRight');
  await expect(story(page)).toContainText('Step 2 of 9');
  await page.goBack();
  await expect(story(page)).toContainText('Step 1 of 9');

  await page.keyboard.press('Escape');
  await expect(story(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
  await expect(page.locator('.app')).not.toHaveClass(/present/);
});

test('a step is a link: opening it lands on that step, with its view and camera', async ({ page }) => {
  await openApp(page, '?present=1&step=4');
  await expect(story(page)).toContainText('The Eurasian Economic Union');
  await expect(page.getByTestId('standings-legend')).toContainText('Eurasian Economic Union');
  await expect.poll(() => page.locator('.map').getAttribute('data-camera')).toBe('62.000,48.000,2.60');
});

test('P enters presenter mode from the map, and the pointer hides when it rests', async ({ page }) => {
  await page.clock.install();
  await openApp(page);
  await page.keyboard.press('p');
  await expect(story(page)).toContainText('Step 1 of 9');
  await expect(page).toHaveURL(/present=1/);
  await page.mouse.move(300, 300);
  await expect(page.locator('.app')).not.toHaveClass(/cursor-idle/);
  await page.clock.runFor(3000);
  await expect(page.locator('.app')).toHaveClass(/cursor-idle/);
  await page.mouse.move(320, 310);
  await expect(page.locator('.app')).not.toHaveClass(/cursor-idle/);
});

test('clicker keys still step after the speaker used a control (focus on a radio)', async ({ page }) => {
  await openApp(page, '?present=1&step=1');
  const radio = page.getByTestId('legend').getByRole('radio', { name: 'Number of migrants' });
  await radio.check();
  await expect(radio).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(story(page)).toContainText('Step 2 of 9');
  await expect(page).toHaveURL(/measure=count/); // the radio kept its choice; the arrow went to the story
  await page.keyboard.press('PageUp');
  await expect(story(page)).toContainText('Step 1 of 9');
});
