/** Flow behaviour a phone cannot show: hover, and fading judged on a map the bottom sheet would cover. */
import { PNG } from 'pngjs';
import { test, expect, openApp, snap, hex } from './fixtures.ts';
import { THEMES } from '../../src/lib/theme/index.ts';
import { UZB, countColour, pointOnWidestFlow, pause } from './flow-helpers.ts';

test.describe('pointer', () => {
  test('a hovered flow shows basis, origin, destination, share, period and source; a click opens its corridor', async ({ page }, info) => {
    await openApp(page, '?origin=UZB'); // Uzbekistan's lines alone: the widest is the one to Russia
    await pause(page);
    const point = await pointOnWidestFlow(page);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.getByTestId('tooltip');
    await expect(tooltip).toContainText('Labour migrants');
    await expect(tooltip).toContainText('Uzbekistan → Russia');
    await expect(tooltip).toContainText('70.2% of Uzbekistan’s labour migrants');
    await expect(tooltip).toContainText('first three months of 2023');
    await expect(tooltip).toContainText('Source: Kamilov 2025');
    await expect(page.locator('.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
    await snap(page, info.project.name, 'flow-tooltip');

    await page.mouse.click(point.x, point.y);
    const panel = page.getByTestId('corridor-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Uzbekistan – Russia');
    await expect(page).toHaveURL(/[?&]corridor=UZB-RUS\b/);
    // Off the map (the opened corridor moves the camera, so no map point is sure to be clear of flows).
    await page.mouse.move(640, 40);
    await expect(tooltip).toHaveCount(0);
    await snap(page, info.project.name, 'corridor');
  });

  test('a hovered total mark lists every published value with its source', async ({ page }) => {
    await openApp(page, '?year=2017'); // Tajikistan has no split of 2017: its totals are drawn as a mark
    await pause(page);
    // Tajikistan's mark sits on Dushanbe, west of the country's label; search around the label for it.
    const label = (await page.locator('.map-label[data-iso3=TJK] .map-label-name').boundingBox())!;
    const hit = async () => ((await page.getByTestId('tooltip').count()) ? page.getByTestId('tooltip').innerText() : '');
    search: for (let dy = -30; dy <= 40; dy += 5) {
      for (let dx = -70; dx <= 30; dx += 5) {
        await page.mouse.move(label.x + label.width / 2 + dx, label.y + label.height / 2 + dy);
        if ((await hit()).includes('Tajikistan')) break search;
      }
    }
    const tooltip = page.getByTestId('tooltip');
    await expect(tooltip).toContainText('Tajikistan · Labour migrants abroad');
    await expect(tooltip).toContainText('800,000');
    await expect(tooltip).toContainText('more than 1.2 million');
    await expect(tooltip).toContainText('Asadov 2024');
    await expect(tooltip).toContainText('Sources disagree');
  });
});

test.describe('focus', () => {
  test('selecting a country keeps its own flows and fades the rest', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' }); // still pictures to count
    // The part of the map left of the panel and below the legend (folded while a panel is open), the same in every state.
    const left = async () => PNG.sync.read(await page.screenshot({ clip: { x: 0, y: 290, width: 870, height: 460 } }));
    // Uzbekistan's lines alone, so none of them lies under another origin's.
    await openApp(page, '?origin=UZB');
    const all = countColour(await left(), UZB);
    expect(all).toBeGreaterThan(1000);
    await openApp(page, '?origin=UZB&country=TJK'); // no line of Uzbekistan's touches Tajikistan: every line fades
    await expect(page.getByTestId('country-panel')).toBeVisible();
    await expect.poll(async () => countColour(await left(), UZB)).toBeLessThan(all / 10);
    await openApp(page, '?origin=UZB&country=UZB'); // every line is Uzbekistan's own
    await expect.poll(async () => countColour(await left(), UZB)).toBeGreaterThan(all * 0.8);
    await openApp(page, '?origin=UZB&country=KAZ'); // Uzbekistan → Kazakhstan stays, Uzbekistan → Russia fades
    await expect.poll(async () => countColour(await left(), UZB)).toBeLessThan(all / 2);
    expect(countColour(await left(), UZB)).toBeGreaterThan(100);
    // Every origin: Tajikistan keeps its own lines, Uzbekistan's fade.
    // (The camera moves to reveal Tajikistan, so counts are compared with what a faded line leaves: next to none.)
    const TJK = hex(THEMES.light.origins.byCountry.TJK!);
    await openApp(page, '?country=TJK');
    await expect.poll(async () => countColour(await left(), TJK)).toBeGreaterThan(1000);
    expect(countColour(await left(), UZB)).toBeLessThan(all / 10);
  });
});

test.describe('highlight', () => {
  /**
   * Pixels in the highlighted line's dark edge, on the map left of the legend and outside the labels: all of
   * them, and those west of Tashkent's meridian on screen (only the line to Russia runs far there).
   */
  async function highlightedEdge(page: import('@playwright/test').Page): Promise<{ all: number; west: number }> {
    const box = (await page.locator('.map').boundingBox())!;
    const legend = (await page.getByTestId('legend').boundingBox())!;
    const map = { ...box, width: legend.x - box.x - 4 };
    const uzbekistan = (await page.locator('.map-label[data-iso3=UZB]').boundingBox())!;
    const labels = await page
      .locator('.map-label')
      .evaluateAll((els) => els.filter((el) => (el as HTMLElement).style.visibility === 'visible').map((el) => el.getBoundingClientRect().toJSON()));
    const img = PNG.sync.read(await page.screenshot({ clip: map }));
    const edge = hex(THEMES.light.map.flowHighlightEdge);
    const counts = { all: 0, west: 0 };
    for (let y = 0; y < img.height; y++)
      for (let x = 0; x < img.width; x++) {
        const [px, py] = [map.x + x, map.y + y];
        if (labels.some((b) => px >= b.left - 2 && px <= b.right + 2 && py >= b.top - 2 && py <= b.bottom + 2)) continue;
        const i = (y * img.width + x) * 4;
        if (Math.abs(img.data[i]! - edge[0]) > 12 || Math.abs(img.data[i + 1]! - edge[1]) > 12 || Math.abs(img.data[i + 2]! - edge[2]) > 12) continue;
        counts.all++;
        if (px < uzbekistan.x - 40) counts.west++;
      }
    return counts;
  }

  test('the pointer on the map wins while it is there; when it leaves, the flow focused in the list is highlighted again', async ({ page }) => {
    await openApp(page, '?origin=UZB');
    await pause(page);
    expect((await highlightedEdge(page)).all, 'nothing highlighted yet').toBeLessThan(40);
    await page.getByRole('button', { name: /Corridor Uzbekistan to Kazakhstan/ }).focus();
    await expect.poll(async () => (await highlightedEdge(page)).all).toBeGreaterThan(100);
    const kazakhstan = await highlightedEdge(page);
    expect(kazakhstan.west, 'the line to Kazakhstan runs north, not west').toBeLessThan(20);
    await expect(page.getByTestId('tooltip')).toContainText('Uzbekistan → Kazakhstan');

    // The pointer over another flow takes over, the map's highlight and the tooltip alike...
    const russia = await pointOnWidestFlow(page);
    await page.mouse.move(russia.x, russia.y);
    await expect(page.getByTestId('tooltip')).toContainText('Uzbekistan → Russia');
    await expect.poll(async () => (await highlightedEdge(page)).west).toBeGreaterThan(200);

    // ...and when it leaves the map, the keyboard's choice is back on both.
    await page.mouse.move(640, 40);
    await expect(page.getByTestId('tooltip')).toContainText('Uzbekistan → Kazakhstan');
    await expect.poll(async () => (await highlightedEdge(page)).west).toBeLessThan(20);
    expect((await highlightedEdge(page)).all).toBeGreaterThan(kazakhstan.all * 0.8);
  });
});
