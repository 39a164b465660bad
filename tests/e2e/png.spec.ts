/** "Download PNG": a 1920×1080 slide with the map and its flows, the legend, the title and the source line. */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { test, expect, openApp, hex, shareAction, type RGB } from './fixtures.ts';
import { COLORS } from '../../src/lib/map/maplibre/style.ts';
import { ORIGIN_COLORS } from '../../src/lib/flows/colors.ts';
import { SLIDE, legendBox } from '../../src/lib/export/slide.ts';

function count(img: PNG, region: { x: number; y: number; w: number; h: number }, colour: RGB, tol: number): number {
  let n = 0;
  for (let y = region.y; y < region.y + region.h; y++)
    for (let x = region.x; x < region.x + region.w; x++) {
      const i = (y * img.width + x) * 4;
      if (Math.abs(img.data[i]! - colour[0]) <= tol && Math.abs(img.data[i + 1]! - colour[1]) <= tol && Math.abs(img.data[i + 2]! - colour[2]) <= tol) n++;
    }
  return n;
}

test('Download PNG gives a slide with the map, the flows, the legend, the title and the source line', async ({ page }, info) => {
  await openApp(page);
  const [download] = await Promise.all([page.waitForEvent('download'), (await shareAction(page, 'Download PNG')).click()]);
  expect(download.suggestedFilename()).toBe('corridors.png');
  const path = info.outputPath('slide.png');
  await download.saveAs(path);
  await download.saveAs(`test-results/screenshots/${info.project.name}-slide.png`);
  const img = PNG.sync.read(readFileSync(path));
  expect([img.width, img.height]).toEqual([SLIDE.width, SLIDE.height]);

  const text = hex('#1f2328');
  const muted = hex('#5b6169');
  const flow = hex(ORIGIN_COLORS.UZB!);
  const title = { x: 0, y: 0, w: SLIDE.width, h: SLIDE.titleBand };
  const legend = legendBox({ title: '', subtitle: '', items: Array(5) }); // the share scale's five samples
  const source = { x: 0, y: SLIDE.height - SLIDE.sourceBand, w: SLIDE.width, h: SLIDE.sourceBand };
  const map = { x: 0, y: SLIDE.titleBand, w: SLIDE.width - 600, h: SLIDE.height - SLIDE.titleBand - SLIDE.sourceBand };

  expect(count(img, title, text, 60), 'title text').toBeGreaterThan(800);
  expect(count(img, legend, text, 60), 'legend text').toBeGreaterThan(800);
  expect(count(img, legend, flow, 30), 'legend width samples in the flow colour').toBeGreaterThan(300);
  expect(count(img, source, muted, 50), 'source line text').toBeGreaterThan(800);
  expect(count(img, map, hex(COLORS.sea), 8), 'sea').toBeGreaterThan(20_000);
  expect(count(img, map, hex(COLORS.centralAsia), 8), 'Central Asia').toBeGreaterThan(20_000);
  expect(count(img, map, flow, 40), 'flows on the map').toBeGreaterThan(1_000);
});
