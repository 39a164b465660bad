/**
 * Presenter mode in a hall, on the projectors a speaker meets (1024×768 to 1920×1080): at every step the values
 * written on the map are on screen and clear of the story card, the card keeps its own buttons in sight, takes a
 * third of the width at most, shows no controls, and the values are large enough to read from the back.
 */
import { test, expect, openApp, snap } from './fixtures.ts';
import type { Page } from '@playwright/test';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const STEPS = 13;

type Box = { left: number; top: number; right: number; bottom: number };

/** The camera has stopped (a step jumps under reduced motion; labels are laid out on every move). */
async function settled(page: Page): Promise<void> {
  const camera = () => page.locator('.map').getAttribute('data-camera');
  let last = await camera();
  await expect
    .poll(async () => {
      const now = await camera();
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
}

/** Every value written on the map (a label with a detail line: a drawn flow's value), as seen on screen. */
function values(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.map .map-label')]
      .filter((l) => l.style.visibility === 'visible' && l.querySelector('.map-label-detail'))
      .map((l) => {
        const r = l.getBoundingClientRect();
        return {
          iso3: l.dataset.iso3!,
          box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
          fontPx: parseFloat(getComputedStyle(l.querySelector('.map-label-detail')!).fontSize),
        };
      }),
  );
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const size of SIZES) {
  test(`every step at ${size.width}×${size.height}: the map's values on screen and clear of the story card`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page, '?present=1&step=1');
    const story = page.getByTestId('story');
    let written = 0;
    for (let step = 1; step <= STEPS; step++) {
      if (step > 1) await page.keyboard.press('ArrowRight');
      await expect(story).toContainText(`Step ${step} of ${STEPS}`);
      await settled(page);

      const card = (await story.boundingBox())!;
      const cardBox = { left: card.x, top: card.y, right: card.x + card.width, bottom: card.y + card.height };
      expect(card.width, `step ${step}: the card takes a third of the width at most`).toBeLessThanOrEqual(size.width / 3 + 1);
      // Its buttons are in sight, inside the card and the screen.
      for (const button of await story.getByRole('button', { name: /Previous step|Next step|Slide PNG|Leave presentation/ }).all()) {
        const b = (await button.boundingBox())!;
        expect(b.y + b.height, `step ${step}: a story button is cut off`).toBeLessThanOrEqual(Math.min(cardBox.bottom, size.height) + 0.5);
        expect(b.x + b.width).toBeLessThanOrEqual(cardBox.right + 0.5);
      }
      // No controls while presenting, no panel, no fine print.
      await expect(page.getByRole('button', { name: /Pause the flow animation|Play the flow animation/ })).toBeHidden();
      await expect(page.getByRole('radio')).toHaveCount(0);
      await expect(page.getByTestId('country-panel')).toBeHidden();
      await expect(page.locator('.source-line')).toBeHidden();

      const table = page.getByTestId('table-view');
      if (await table.isVisible()) {
        // The table's step: the page beside the card, clear of it, its first treaty row on screen.
        const t = (await table.boundingBox())!;
        expect(t.x, `step ${step}: the table is under the story card`).toBeGreaterThanOrEqual(cardBox.right);
        await expect(table.getByRole('row', { name: /1951 Refugee Convention/ })).toBeInViewport();
        if (size.width === 1920 || size.width === 1024) await snap(page, 'desktop', `hall-${size.width}x${size.height}-step${step}`);
        continue;
      }
      const map = (await page.locator('.map').boundingBox())!;
      for (const v of await values(page)) {
        written++;
        expect(v.box.left, `step ${step}: ${v.iso3}'s value runs off the left`).toBeGreaterThanOrEqual(map.x);
        expect(v.box.right, `step ${step}: ${v.iso3}'s value runs off the right`).toBeLessThanOrEqual(map.x + map.width);
        expect(v.box.top, `step ${step}: ${v.iso3}'s value runs off the top`).toBeGreaterThanOrEqual(map.y);
        expect(v.box.bottom, `step ${step}: ${v.iso3}'s value runs off the bottom`).toBeLessThanOrEqual(map.y + map.height);
        expect(overlaps(v.box, cardBox), `step ${step}: ${v.iso3}'s value is under the story card`).toBe(false);
        if (size.width === 1920) expect(v.fontPx, `step ${step}: ${v.iso3}'s value is too small for a hall`).toBeGreaterThanOrEqual(28);
      }
      if (size.width === 1920 || size.width === 1024) await snap(page, 'desktop', `hall-${size.width}x${size.height}-step${step}`);
    }
    // Step 1 writes Uzbekistan's destinations' values: the checks above ran on them.
    expect(written).toBeGreaterThan(4);
  });
}

test('a step about a disputed figure draws every published value as a dot; an agreement links two capitals', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '?present=1&step=3');
  const evidence = page.getByTestId('story-evidence');
  await expect(evidence).toHaveAttribute('data-kind', 'disputed');
  await expect(evidence).toContainText('Labour migrants abroad, Uzbekistan: every published value');
  for (const v of ['about 1.5 million', 'about 1.9 million', 'more than 2 million', 'more than 1 million'])
    await expect(evidence.getByText(v, { exact: true })).toBeVisible();
  await expect(evidence.locator('.dot')).toHaveCount(4);

  await page.keyboard.press('End');
  await expect(evidence).toHaveAttribute('data-kind', 'agreement');
  await expect(evidence.getByRole('img', { name: 'Agreement: Uzbekistan – Kazakhstan' })).toBeVisible();
  await expect(evidence).toContainText('Tashkent');
  await expect(evidence).toContainText('Astana');

  await page.keyboard.press('1');
  await expect(evidence).toHaveAttribute('data-kind', 'flows');
  await expect(evidence.locator('li').first()).toContainText('Russia');
  await expect(evidence.locator('li').first()).toContainText('70.2%');
});
