/** "Download PNG": a 1920×1080 slide with the map and its flows, the legend, the title and the source line. */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { test, expect, openApp, hex, shareAction, type RGB } from './fixtures.ts';
import { THEMES } from '../../src/lib/theme/index.ts';
import { SLIDE, legendBox, mapFrame } from '../../src/lib/export/slide.ts';
import { frameView } from '../../src/lib/map/frame.ts';
import { flowsLegendModel, standingsLegendModel } from '../../src/app/legend.ts';
import { flowsSlideLegend, standingsSlideLegend } from '../../src/app/slide.ts';
import { instrumentStandings } from '../../src/lib/queries/standings.ts';
import { createModel } from '../../src/lib/queries/index.ts';
import { flowViews, flowYears, originSummaries, shownFlows } from '../../src/lib/queries/flows.ts';
import { i18n } from '../../src/lib/i18n/index.ts';
import { realDataset } from '../unit/helpers.ts';

const COLORS = THEMES.light.map;
const ORIGIN_COLORS = THEMES.light.origins.byCountry;

function count(img: PNG, region: { x: number; y: number; w: number; h: number }, colour: RGB, tol: number): number {
  let n = 0;
  for (let y = region.y; y < region.y + region.h; y++)
    for (let x = region.x; x < region.x + region.w; x++) {
      const i = (y * img.width + x) * 4;
      if (Math.abs(img.data[i]! - colour[0]) <= tol && Math.abs(img.data[i + 1]! - colour[1]) <= tol && Math.abs(img.data[i + 2]! - colour[2]) <= tol)
        n++;
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

  const text = hex(THEMES.light.slide.text);
  const muted = hex(THEMES.light.slide.muted);
  const flow = hex(ORIGIN_COLORS.UZB!);
  const title = { x: 0, y: 0, w: SLIDE.width, h: SLIDE.titleBand };
  const model = createModel(realDataset());
  const t = i18n('en');
  // The legend the app opens with: labour migrants, each origin's latest split.
  const views = flowViews(model);
  const every = originSummaries(model, shownFlows(views, 'labour_migrants', null), 'labour_migrants');
  const frame = { basis: 'labour_migrants' as const, shown: null, years: flowYears(views, 'labour_migrants'), origin: null, every };
  const legend = legendBox(flowsSlideLegend(flowsLegendModel(every, 'share', frame, t, THEMES.light), t));
  const source = { x: 0, y: SLIDE.height - SLIDE.sourceBand, w: SLIDE.width, h: SLIDE.sourceBand };
  const map = { x: 0, y: SLIDE.titleBand, w: SLIDE.width - 600, h: SLIDE.height - SLIDE.titleBand - SLIDE.sourceBand };

  expect(count(img, title, text, 60), 'title text').toBeGreaterThan(800);
  expect(count(img, legend, text, 60), 'legend text').toBeGreaterThan(800);
  expect(count(img, legend, flow, 30), 'legend width samples in the flow colour').toBeGreaterThan(300);
  for (const origin of ['TKM'])
    // the key to the total mark of the origin with no published split
    expect(count(img, legend, hex(ORIGIN_COLORS[origin]!), 30), `legend mark for ${origin}`).toBeGreaterThan(60);
  expect(count(img, source, muted, 50), 'source line text').toBeGreaterThan(800);
  expect(count(img, map, hex(COLORS.sea), 8), 'sea').toBeGreaterThan(20_000);
  expect(count(img, map, hex(COLORS.centralAsia), 8), 'Central Asia').toBeGreaterThan(20_000);
  expect(count(img, map, flow, 40), 'flows on the map').toBeGreaterThan(1_000);
});

test('the slide draws the map landscape at 1.5× on a hidden map of its own, whatever the screen, and leaves the page as it was', async ({
  page,
}, info) => {
  await openApp(page);
  const map = page.locator('.map');
  const onScreen = () =>
    page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('.map')!;
      const canvas = el.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
      const name = el.querySelector('.map-label-name')!;
      return {
        camera: el.dataset.camera!,
        size: { width: el.clientWidth, height: el.clientHeight },
        canvas: [canvas.width, canvas.height],
        fontPx: parseFloat(getComputedStyle(name).fontSize),
        labels: [...el.querySelectorAll<HTMLElement>('.map-label')]
          .filter((l) => l.style.visibility === 'visible')
          .map((l) => {
            const [box, map] = [l.getBoundingClientRect(), el.getBoundingClientRect()];
            return {
              iso3: l.dataset.iso3!,
              left: box.left - map.left,
              right: box.right - map.left,
              top: box.top - map.top,
              bottom: box.bottom - map.top,
            };
          }),
        maps: document.querySelectorAll('.maplibregl-map').length,
        canvases: document.querySelectorAll('canvas').length,
      };
    });
  const before = await onScreen();
  expect(before.maps).toBe(1);

  // Watch for the twin's canvases while it exists: hidden from pointers, focus and assistive technology.
  await page.evaluate(() => {
    type Seen = { canvas: HTMLCanvasElement; inert: boolean; ariaHidden: boolean; focused: boolean; box: [number, number] };
    const seen: Seen[] = ((window as unknown as { twinCanvases: Seen[] }).twinCanvases = []);
    const main = document.querySelector('.map')!;
    new MutationObserver(() => {
      for (const canvas of document.querySelectorAll('canvas')) {
        if (main.contains(canvas) || !canvas.isConnected || seen.some((s) => s.canvas === canvas)) continue;
        const wrapper = canvas.closest<HTMLElement>('[inert]');
        const active = document.activeElement;
        canvas.focus();
        const focused = document.activeElement === canvas;
        (active as HTMLElement | null)?.focus?.();
        const rect = wrapper?.getBoundingClientRect();
        seen.push({
          canvas,
          inert: !!wrapper,
          ariaHidden: !!canvas.closest('[aria-hidden="true"]'),
          focused,
          box: [rect?.width ?? -1, rect?.height ?? -1],
        });
      }
    }).observe(document.body, { childList: true, subtree: true });
  });

  const [download] = await Promise.all([page.waitForEvent('download'), (await shareAction(page, 'Download PNG')).click()]);
  await download.saveAs(`test-results/screenshots/${info.project.name}-slide-frame.png`);
  const img = PNG.sync.read(readFileSync(await download.path()));
  expect([img.width, img.height]).toEqual([SLIDE.width, SLIDE.height]);

  // The map on screen did not move or change size, and the twin is gone with its WebGL contexts.
  const after = await onScreen();
  expect(after.camera).toBe(before.camera);
  expect(after.canvas).toEqual(before.canvas);
  expect(after.maps, 'one map in the page after the export').toBe(1);
  expect(after.canvases).toBe(before.canvases);
  const twin = await page.evaluate(() =>
    (
      window as unknown as {
        twinCanvases: { canvas: HTMLCanvasElement; inert: boolean; ariaHidden: boolean; focused: boolean; box: [number, number] }[];
      }
    ).twinCanvases.map(({ canvas, ...rest }) => {
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      return { ...rest, connected: canvas.isConnected, contextLost: gl ? gl.isContextLost() : null };
    }),
  );
  expect(twin.length, 'the twin map and its flows each had a canvas').toBeGreaterThanOrEqual(2);
  for (const t of twin) expect(t).toEqual({ inert: true, ariaHidden: true, focused: false, box: [0, 0], connected: false, contextLost: true });

  // Drawn landscape at 1.5 device px per CSS px: the frame's size, zoomed out just enough to hold the screen.
  const snapshot = JSON.parse((await map.getAttribute('data-snapshot'))!) as {
    width: number;
    height: number;
    zoom: number;
    insets: { top: number; right: number; bottom: number; left: number };
    labels: { iso3: string; x: number; w: number; fontPx: number }[];
  };
  // The map takes what the title band leaves: the title and what the lines count (two lines for four origins).
  const band = SLIDE.height - SLIDE.sourceBand - Math.round(snapshot.height);
  expect(band).toBeGreaterThanOrEqual(SLIDE.titleBand);
  expect(band).toBeLessThanOrEqual(SLIDE.titleBand + 40);
  const frame = mapFrame(band);
  expect(snapshot.width).toBe(frame.width * frame.pixelRatio);
  expect(Math.abs(snapshot.height - frame.height * frame.pixelRatio)).toBeLessThanOrEqual(1);
  const zoom = Number(before.camera.split(',')[2]);
  // The screen's legend is measured, not assumed: docked right on a desktop it covers the map; on a phone its key
  // sits above the map and its lists below it, covering nothing.
  const { insets } = snapshot;
  if (info.project.name === 'phone') expect(insets.top, 'a key above the map covers none of it').toBeLessThan(10);
  else expect(insets.right, 'the on-screen legend counts as covering the map').toBeGreaterThan(50);
  expect(snapshot.zoom).toBeCloseTo(frameView(zoom, before.size, frame, insets).zoom, 1);
  expect(snapshot.zoom, 'never zoomed in past the screen: a phone’s slide is a landscape map, not a blown-up strip').toBeLessThanOrEqual(
    zoom + 0.005,
  );

  // Labels at 1.5 × their on-screen size (scaling a phone's map up to the slide made them 5 ×); every label the
  // reader sees clear of the screen's legend is on the slide, and none of the slide's is under its legend.
  expect(snapshot.labels.length).toBeGreaterThan(0);
  for (const l of snapshot.labels) expect(l.fontPx / before.fontPx).toBeCloseTo(1.5, 1);
  const seen = before.labels.filter(
    (l) =>
      l.left >= insets.left && l.right <= before.size.width - insets.right && l.top >= insets.top && l.bottom <= before.size.height - insets.bottom,
  );
  expect(seen.length).toBeGreaterThan(3);
  expect(snapshot.labels.map((l) => l.iso3)).toEqual(expect.arrayContaining(seen.map((l) => l.iso3)));
  const legendLeft = SLIDE.width - frame.coveredRight! * frame.pixelRatio;
  for (const l of snapshot.labels) expect(l.x + l.w, l.iso3).toBeLessThanOrEqual(legendLeft);

  // The map area is a map, not a blown-up corner of Central Asia.
  const area = { x: 0, y: SLIDE.titleBand, w: SLIDE.width - 600, h: SLIDE.height - SLIDE.titleBand - SLIDE.sourceBand };
  const centralAsia = count(img, area, hex(COLORS.centralAsia), 8) / (area.w * area.h);
  expect(centralAsia).toBeGreaterThan(0.02);
  expect(centralAsia).toBeLessThan(0.15);
});

test('a status map’s slide keys the disputed claim with the hatch and counts what it counts', async ({ page }, info) => {
  await openApp(page, '?instrument=refugee-1951');
  const [download] = await Promise.all([page.waitForEvent('download'), (await shareAction(page, 'Download PNG')).click()]);
  const path = info.outputPath('standings-slide.png');
  await download.saveAs(path);
  await download.saveAs(`test-results/screenshots/${info.project.name}-standings-slide.png`);
  const img = PNG.sync.read(readFileSync(path));
  const model = createModel(realDataset());
  const t = i18n('en');
  const legendModel = standingsLegendModel(model, instrumentStandings(model, 'refugee-1951')!, null, t, THEMES.light);
  const slideLegend = standingsSlideLegend(legendModel, t);
  expect(slideLegend.items[0]).toEqual({ kind: 'heading', label: '4 of the 5 Central Asian states are party' });
  // The legend's column (its title and subtitle wrap to two lines each: room below for them).
  const box = legendBox(slideLegend);
  const legend = { ...box, h: box.h + 120 };
  // The hatched swatch: stripes in the dispute colour, in the legend (the map's own hatch lies outside it).
  expect(count(img, legend, hex(COLORS.disputedOutline), 30), 'hatched swatch').toBeGreaterThan(100);
  expect(count(img, legend, hex(THEMES.light.standings.party), 12), 'the party swatch').toBeGreaterThan(150);
});

test('one origin’s slide writes each value at 28 px or more, on either measure', async ({ page }) => {
  for (const measure of ['share', 'count']) {
    await openApp(page, `?origin=UZB&measure=${measure}`);
    await Promise.all([page.waitForEvent('download'), (await shareAction(page, 'Download PNG')).click()]);
    const { labels } = JSON.parse((await page.locator('.map').getAttribute('data-snapshot'))!) as {
      labels: { iso3: string; valuePx?: number }[];
    };
    const values = labels.filter((l) => l.valuePx !== undefined);
    expect(
      values.map((l) => l.iso3),
      measure,
    ).toContain('RUS');
    for (const l of values) expect(l.valuePx, `${measure}: ${l.iso3}`).toBeGreaterThanOrEqual(28);
  }
});
