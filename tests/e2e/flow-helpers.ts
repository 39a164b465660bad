/** Helpers shared by the flow tests: frames, map screenshots, colour counts, where the widest flow is. */
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, hex, type RGB } from './fixtures.ts';
import { THEMES } from '../../src/lib/theme/index.ts';

export const UZB = hex(THEMES.light.origins.byCountry.UZB!);
export const stage = (page: Page) => page.locator('.stage');
export const legend = (page: Page) => page.getByTestId('legend');
/** The flows' lists: in the legend's card on a wide screen, below the map under 700 px. */
export const lists = (page: Page) => page.locator('[data-testid=legend], [data-testid=flow-lists]');

/** Let the browser draw `n` animation frames. */
export async function frames(page: Page, n: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let left = count;
        const step = () => (--left <= 0 ? done() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    n,
  );
}

/** The map area only (no legend, no panel), as a decoded image. */
export async function mapShot(page: Page) {
  const box = (await page.locator('.map').boundingBox())!;
  const legendBox = (await legend(page).boundingBox())!;
  // Everything left of the legend on a desktop; below it on a phone.
  const clip =
    legendBox.x > box.width / 2
      ? { x: box.x, y: box.y, width: legendBox.x - box.x - 4, height: box.height }
      : { x: box.x, y: legendBox.y + legendBox.height + 4, width: box.width, height: box.y + box.height - (legendBox.y + legendBox.height + 4) };
  return PNG.sync.read(await page.screenshot({ clip }));
}

export const near = (data: Buffer, i: number, [r, g, b]: RGB, tol: number) =>
  Math.abs(data[i]! - r) <= tol && Math.abs(data[i + 1]! - g) <= tol && Math.abs(data[i + 2]! - b) <= tol;

export function differingPixels(a: PNG, b: PNG): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) n++;
  return n;
}

export function countColour(img: PNG, colour: RGB, tol = 10): number {
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) if (near(img.data, i, colour, tol)) n++;
  return n;
}

/** A point deep inside the widest flow (Uzbekistan → Russia): every pixel around it is the flow's colour or its light chevrons. */
export async function pointOnWidestFlow(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.map').boundingBox())!;
  const img = await mapShot(page);
  const isFlow = (x: number, y: number) => near(img.data, (y * img.width + x) * 4, UZB, 12);
  for (let y = 6; y < img.height - 6; y += 2) {
    for (let x = 6; x < img.width - 6; x += 2) {
      if (!isFlow(x, y)) continue;
      let inside = true;
      for (let d = -4; d <= 4 && inside; d++) inside = isFlow(x + d, y) && isFlow(x, y + d);
      if (inside) return { x: box.x + x, y: box.y + y };
    }
  }
  throw new Error('no wide flow on screen');
}

export async function pause(page: Page) {
  await legend(page).getByRole('button', { name: 'Pause the flow animation' }).click();
  await expect(legend(page).getByRole('button', { name: 'Play the flow animation' })).toBeVisible();
}
