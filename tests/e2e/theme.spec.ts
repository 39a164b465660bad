/**
 * Light and dark: the system's `prefers-color-scheme` picks the theme (and is followed when it changes), the
 * masthead's toggle and `?theme=` override it and the link keeps the choice, presenter mode keeps its projector
 * theme, and the map itself (not only the interface) is drawn in the theme's colours.
 */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { test, expect, openApp, snap, hex, shareAction, type RGB } from './fixtures.ts';
import { THEMES, type ThemeName } from '../../src/lib/theme/index.ts';
import { contrastRatio, luminance } from '../unit/colour-science.ts';

const toggle = (page: Page) => page.getByRole('button', { name: 'Dark theme' });

/** "rgb(r, g, b)" → "#rrggbb". */
const cssHex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')}`;

/** The page's ground, the headline's colour and the masthead's, as the browser computed them. */
async function colours(page: Page) {
  return page.evaluate(() => {
    const css = (el: Element, p: string) => getComputedStyle(el).getPropertyValue(p);
    const headline = document.querySelector('[data-testid="headline"]')!;
    return {
      root: document.documentElement.dataset.theme,
      scheme: css(document.documentElement, 'color-scheme'),
      page: css(document.documentElement, 'background-color'),
      app: css(document.querySelector('.app')!, 'background-color'),
      headline: css(headline, 'color'),
      masthead: css(document.querySelector('.masthead')!, 'background-color'),
      standing: css(document.querySelector('.masthead .standing')!, 'color'),
    };
  });
}

/** The map's left 60% (clear of the legend and a side panel), above a phone's bottom sheet if one is open. */
async function mapClip(page: Page) {
  const box = (await page.locator('.map').boundingBox())!;
  const panel = page.locator('.panel-slot');
  const sheet = (await panel.count()) ? await panel.boundingBox() : null;
  const bottom = sheet && sheet.y > box.y + 40 ? Math.min(sheet.y, box.y + box.height) : box.y + box.height;
  return { x: box.x, y: box.y, width: box.width * 0.6, height: bottom - box.y };
}

/** How many of the map's pixels are each of the theme's land and sea colours (a screenshot of the map). */
async function groundPixels(page: Page, theme: ThemeName): Promise<{ ground: number; total: number }> {
  const img = PNG.sync.read(await page.screenshot({ clip: await mapClip(page), scale: 'css' }));
  const { sea, context, dataCountry, centralAsia } = THEMES[theme].map;
  const targets: RGB[] = [sea, context, dataCountry, centralAsia].map(hex);
  let ground = 0;
  for (let i = 0; i < img.data.length; i += 4) if (targets.some((c) => c.every((v, k) => Math.abs(img.data[i + k]! - v) <= 6))) ground++;
  return { ground, total: img.width * img.height };
}

/** The relative luminance (WCAG) of the map's median pixel. */
async function medianLuminance(page: Page): Promise<number> {
  const img = PNG.sync.read(await page.screenshot({ clip: await mapClip(page), scale: 'css' }));
  const values: number[] = [];
  for (let i = 0; i < img.data.length; i += 4 * 7) {
    const c = `#${[0, 1, 2].map((k) => img.data[i + k]!.toString(16).padStart(2, '0')).join('')}`;
    values.push(luminance(c));
  }
  return values.sort((a, b) => a - b)[values.length >> 1]!;
}

async function expectTheme(page: Page, theme: ThemeName) {
  const t = THEMES[theme];
  await expect(page.locator('.app')).toHaveAttribute('data-theme', theme);
  const c = await colours(page);
  expect(c.root, 'the document carries the theme too').toBe(theme);
  expect(c.scheme, 'form controls and scrollbars follow').toBe(t.scheme);
  expect(cssHex(c.page)).toBe(t.ui.bg);
  expect(cssHex(c.masthead)).toBe(t.ui.panelBg);
  // Readable: the headline and the standing line on the masthead at AA.
  expect(contrastRatio(cssHex(c.headline), cssHex(c.masthead))).toBeGreaterThanOrEqual(4.5);
  expect(contrastRatio(cssHex(c.standing), cssHex(c.masthead))).toBeGreaterThanOrEqual(4.5);
  // The map is drawn in the theme: most of what shows of it is the theme's own land and sea.
  await expect
    .poll(async () => {
      const { ground, total } = await groundPixels(page, theme);
      return ground / total;
    }, `${theme} land and sea on the map`)
    .toBeGreaterThan(0.5);
}

test.describe('with a dark system preference', () => {
  test.use({ colorScheme: 'dark' });

  test('opens dark: page, panels and the map’s land and sea, with readable text', async ({ page }, info) => {
    await openApp(page);
    await expectTheme(page, 'dark');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page).not.toHaveURL(/theme=/); // following the system is not a choice to keep
    // Dark land: the map's pixels are dark, not the light theme's paper (a light pixel here is a label's text).
    const { ground, total } = await groundPixels(page, 'light');
    expect(ground / total, 'light land or sea').toBeLessThan(0.01);
    expect(await medianLuminance(page), 'the map’s median pixel').toBeLessThan(0.05);
    await snap(page, info.project.name, 'theme-dark');
  });

  test('the toggle switches to light, writes theme=light to the link, and Share and the embed code keep it', async ({ page }) => {
    await openApp(page, '?country=UZB');
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(page).toHaveURL(/[?&]theme=light(&|$)/);
    await expect(page).toHaveURL(/country=UZB/);
    await expectTheme(page, 'light');
    await (await shareAction(page, 'Embed')).click();
    await expect(page.getByTestId('embed-code')).toHaveValue(/theme=light/);
    await page.keyboard.press('Escape');
    // Back to dark, by choice this time: the link says so.
    await toggle(page).click();
    await expect(page).toHaveURL(/[?&]theme=dark(&|$)/);
    await expectTheme(page, 'dark');
  });

  test('is followed live when the system changes, until the reader chooses', async ({ page }) => {
    await openApp(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await expectTheme(page, 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
    await toggle(page).click(); // the reader asks for light
    await page.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('.app')).toHaveAttribute('data-theme', 'light');
  });

  test('presenter mode keeps its projector theme', async ({ page }) => {
    await openApp(page, '?present=1&step=1');
    await expect(page.locator('.app')).toHaveAttribute('data-theme', 'contrast');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    await expect(page.locator('.app')).toHaveCSS('background-color', `rgb(${hex(THEMES.contrast.ui.bg).join(', ')})`);
    await page.keyboard.press('Escape');
    await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
  });

  test('a slide follows the theme on screen (what the reader sees is what the PNG shows)', async ({ page }, info) => {
    await openApp(page);
    const [download] = await Promise.all([page.waitForEvent('download'), (await shareAction(page, 'Download PNG')).click()]);
    const path = info.outputPath('dark-slide.png');
    await download.saveAs(path);
    const img = PNG.sync.read(readFileSync(path));
    const i = (10 * img.width + 10) * 4;
    expect([img.data[i], img.data[i + 1], img.data[i + 2]]).toEqual(hex(THEMES.dark.slide.background));
  });
});

test.describe('with a light system preference', () => {
  test.use({ colorScheme: 'light' });

  test('?theme=dark opens dark, from the first paint of the document', async ({ page }) => {
    // What the document looks like when its HTML has been parsed, before the app has rendered anything.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { early: string[] }).early = [
          document.documentElement.dataset.theme ?? '',
          getComputedStyle(document.documentElement).backgroundColor,
        ];
      });
    });
    await openApp(page, '?theme=dark');
    const early = await page.evaluate(() => (window as unknown as { early: string[] }).early);
    expect(early[0]).toBe('dark');
    expect(cssHex(early[1]!)).toBe(THEMES.dark.ui.bg);
    await expectTheme(page, 'dark');
  });

  test('opens light, and a malformed ?theme= changes nothing', async ({ page }) => {
    await openApp(page, '?theme=<b>contrast</b>');
    await expectTheme(page, 'light');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  });
});
