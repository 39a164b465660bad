/**
 * Shared browser-test fixtures: every test fails if the page logs an error, throws, or sends a request to
 * any origin but its own (the app must work offline and leak nothing from a news site's iframe).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { PNG } from 'pngjs';

export type Guard = { offOrigin: string[]; errors: string[] };

export const test = base.extend<{ guard: Guard; allowedUrls: string[] }>({
  /** URL prefixes a test may load besides the app's origin (e.g. the single file's own file:// URL). */
  allowedUrls: [[], { option: true }],
  guard: [
    async ({ page, baseURL, allowedUrls }, use) => {
      const allowed = [new URL(baseURL!).origin, 'data:', 'blob:', ...allowedUrls];
      const guard: Guard = { offOrigin: [], errors: [] };
      // Abort and record anything leaving the origin: a request that silently fails offline is still a bug.
      await page.context().route('**/*', (route) => {
        const url = route.request().url();
        if (allowed.some((prefix) => url.startsWith(prefix))) return route.continue();
        guard.offOrigin.push(url);
        return route.abort();
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') guard.errors.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => guard.errors.push(`pageerror: ${err.message}`));
      await use(guard);
      expect(guard.offOrigin, 'requests to other origins').toEqual([]);
      expect(guard.errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Open the app (with an optional query) and wait until the map has drawn its first complete frame. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'ready', { timeout: 30_000 });
}

/** Save a screenshot where CI keeps artifacts: test-results/screenshots/<project>-<name>.png */
export async function snap(page: Page, project: string, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${project}-${name}.png` });
}

/** Centre of an element on screen (labels let clicks through to the map beneath them). */
export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export type RGB = [number, number, number];

export function hex(c: string): RGB {
  const n = parseInt(c.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** How many pixels of a screenshot are within `tolerance` of each colour. */
export function colourCounts(png: Buffer, colours: Record<string, RGB>, tolerance = 6): Record<string, number> {
  const img = PNG.sync.read(png);
  const counts: Record<string, number> = Object.fromEntries(Object.keys(colours).map((k) => [k, 0]));
  for (let i = 0; i < img.data.length; i += 4) {
    for (const [name, [r, g, b]] of Object.entries(colours)) {
      if (Math.abs(img.data[i]! - r) <= tolerance && Math.abs(img.data[i + 1]! - g) <= tolerance && Math.abs(img.data[i + 2]! - b) <= tolerance) {
        counts[name]!++;
      }
    }
  }
  return counts;
}

/** The colour of one pixel on screen. */
export async function pixelAt(page: Page, x: number, y: number): Promise<RGB> {
  const png = PNG.sync.read(await page.screenshot({ clip: { x, y, width: 1, height: 1 }, scale: 'css' }));
  return [png.data[0]!, png.data[1]!, png.data[2]!];
}

export function near(a: RGB, b: RGB, tolerance = 8): boolean {
  return a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);
}

/** A button of the share group; on a phone it sits behind the "Share ▾" fold, which this opens first. */
export async function shareAction(page: Page, name: string) {
  const fold = page.getByRole('button', { name: /^Share [▾▴]$/ });
  if (await fold.isVisible()) {
    if ((await fold.getAttribute('aria-expanded')) !== 'true') await fold.click();
  }
  return page.getByRole('group', { name: 'Share, embed, export, present' }).getByRole('button', { name, exact: true });
}
