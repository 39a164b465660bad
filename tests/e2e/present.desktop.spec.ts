/** Presenter mode with a mouse: the speaker can pan away from a step's camera and stay there. */
import { test, expect, openApp } from './fixtures.ts';

const camera = (page: import('@playwright/test').Page) => page.locator('.map').getAttribute('data-camera');
/** The camera once it has stopped moving. */
async function settled(page: import('@playwright/test').Page): Promise<string | null> {
  let last = await camera(page);
  await expect
    .poll(async () => {
      const now = await camera(page);
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}

test('a speaker who pans the map keeps that view until the step changes', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '?present=1&step=1');
  // The step's camera, moved so that its subject is clear of the story card.
  await expect.poll(() => camera(page)).not.toBe('78.000,44.000,2.90');
  const framed = await settled(page);
  const box = (await page.locator('.map').boundingBox())!;
  const from = { x: box.x + box.width * 0.7, y: box.y + box.height * 0.4 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 150, from.y + 40, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => camera(page)).not.toBe(framed);
  const panned = await camera(page);
  // Long enough for a flight back (the bug this guards against flew back within a second).
  await page.waitForTimeout(1500);
  expect(await camera(page)).toBe(panned);
  // The link says where the map is: the panned camera, not the step's.
  await expect(page).toHaveURL(new RegExp(`lng=${panned!.split(',')[0]}`));

  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('story')).toContainText('Step 2 of 13');
  await expect.poll(() => camera(page), { timeout: 10_000 }).not.toBe(panned);
  await expect.poll(() => camera(page)).not.toBe(framed);
});
