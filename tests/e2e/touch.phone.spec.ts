/**
 * Touch on a phone: the bottom sheet's handle (drag it down to close, between heights, or press it), and the
 * map's own pinch and pan. Touches go through the DevTools protocol (Input.dispatchTouchEvent), as a finger's do.
 */
import type { CDPSession, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

type Point = { x: number; y: number };

/** Move fingers from `from` to `to` in `steps`, as one gesture (start, moves, end). */
async function gesture(cdp: CDPSession, from: Point[], to: Point[], steps = 12): Promise<void> {
  const at = (t: number) => from.map((p, i) => ({ x: p.x + (to[i]!.x - p.x) * t, y: p.y + (to[i]!.y - p.y) * t, id: i }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let s = 1; s <= steps; s++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(s / steps) });
    await new Promise((r) => setTimeout(r, 16));
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function centre(page: Page, selector: string): Promise<Point> {
  const box = (await page.locator(selector).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const sheetHeight = (page: Page) => page.locator('.panel-slot').evaluate((el) => el.getBoundingClientRect().height);

test('the bottom sheet: a handle to drag between heights or down to close, to press, and a close button', async ({ page }) => {
  await openApp(page, '?country=UZB');
  const panel = page.getByTestId('country-panel');
  const handle = page.getByTestId('sheet-handle');
  await expect(handle).toBeVisible();
  for (const target of [handle, panel.getByRole('button', { name: /close/i })]) {
    const box = (await target.boundingBox())!;
    expect(box.height, 'a touch target is 44 px tall').toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
  const cdp = await page.context().newCDPSession(page);
  const mid = await sheetHeight(page);

  // Up: the sheet snaps tall.
  const h = await centre(page, '[data-testid="sheet-handle"]');
  await gesture(cdp, [h], [{ x: h.x, y: h.y - 250 }]);
  await expect.poll(() => sheetHeight(page)).toBeGreaterThan(mid + 100);
  await expect(handle).toHaveAttribute('aria-expanded', 'true');

  // The keyboard: ↓ steps down a height, Enter (or a tap) toggles tall.
  await handle.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => sheetHeight(page)).toBeCloseTo(mid, -1);
  await page.keyboard.press('Enter');
  await expect(handle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(handle).toHaveAttribute('aria-expanded', 'false');

  // A swipe down, past the lowest height, closes it.
  const h2 = await centre(page, '[data-testid="sheet-handle"]');
  await gesture(cdp, [h2], [{ x: h2.x, y: page.viewportSize()!.height - 10 }]);
  await expect(panel).toHaveCount(0);
  await expect(page).not.toHaveURL(/country=/);
});

test('the map pans with one finger and zooms with two', async ({ page }) => {
  await openApp(page);
  const cdp = await page.context().newCDPSession(page);
  const camera = () =>
    page
      .locator('.map')
      .getAttribute('data-camera')
      .then((c) => c!.split(',').map(Number) as [number, number, number]);
  const box = (await page.locator('.map').boundingBox())!;
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

  const [lng0, , zoom0] = await camera();
  await gesture(cdp, [c], [{ x: c.x - 120, y: c.y }]);
  await expect.poll(async () => (await camera())[0]).toBeGreaterThan(lng0 + 1); // dragged left: the map moves east
  const [, , zoom1] = await camera();
  expect(zoom1).toBeCloseTo(zoom0, 1);

  await gesture(
    cdp,
    [
      { x: c.x - 30, y: c.y },
      { x: c.x + 30, y: c.y },
    ],
    [
      { x: c.x - 130, y: c.y },
      { x: c.x + 130, y: c.y },
    ],
  );
  await expect.poll(async () => (await camera())[2]).toBeGreaterThan(zoom1 + 0.5);
});
