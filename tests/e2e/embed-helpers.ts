/** Shared by the embed tests: where the host pages are, and how to read an iframe's and the embedded app's height. */
import type { FrameLocator, Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The host pages are served on another origin: localhost, one port above the app's 127.0.0.1. */
export const hostOrigin = (info: TestInfo) => `http://localhost:${Number(new URL(info.project.use.baseURL!).port) + 1}`;
export const appUrl = (info: TestInfo, query: string) => new URL(`./?${query}`, info.project.use.baseURL!).href;

/** The flows list (the legend's on a wide screen, below the map on a narrow one) is the keyboard and touch way in. */
export async function openCorridorFromLegend(frame: FrameLocator, name: RegExp): Promise<void> {
  await frame.getByRole('button', { name }).click();
}

export async function frameHeight(page: Page, selector: string): Promise<number> {
  return Math.round((await page.locator(selector).boundingBox())!.height);
}

export async function appHeight(page: Page, selector: string): Promise<number> {
  const frame = page.frameLocator(selector);
  await expect(frame.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'ready', { timeout: 30_000 });
  return frame.locator('.app').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
}
