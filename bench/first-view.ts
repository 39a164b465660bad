/**
 * The first view (issue 14): the built app loaded in Chromium with the CPU slowed 4× (CDP
 * Emulation.setCPUThrottlingRate), from a server that gzips as a real host would, several runs per viewport and
 * page, medians reported. Per run:
 *
 * - firstMeaningfulPaintMs: the first paint with the static SVG map on screen. An init script watches the
 *   document (a MutationObserver from the first byte) for an `svg[data-static-map]` holding a `path`; if it was
 *   there by the first contentful paint, that paint is the FMP; if it came later, the FMP is the end of the first
 *   animation frame after it (the frame that paints it). Without such an SVG the FCP stands in, and `fmpBasis`
 *   says 'fcp-fallback' instead of 'static-map'.
 * - interactiveMs: the app's `corridors:interactive` mark (mounted, and the map answers a click), else its
 *   `corridors:map-ready` mark (`interactiveBasis` says which).
 * - mapReadyMs: `corridors:map-ready`, MapLibre's first complete frame.
 * - bytesBeforeFirstPaintGzip: the encoded (gzip) bodies of the document and of every resource whose response
 *   ended before the FMP (Resource Timing's encodedBodySize: same origin, so it is exposed).
 */
import type { Browser, Page } from 'playwright-core';

export const FIRST_VIEW_TARGETS = { firstMeaningfulPaintMs: 300, interactiveMs: 1500, bytesBeforeFirstPaintGzip: 100 * 1024 };

export const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 375, height: 812 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
} as const;

export const FIRST_VIEW_PAGES = { default: '/', ru: '/?lang=ru', embed: '/?embed=1' } as const;

type FmpBasis = 'static-map' | 'fcp-fallback';
type InteractiveBasis = 'interactive-mark' | 'map-ready-fallback';
export type FirstViewRun = {
  firstMeaningfulPaintMs: number | null;
  fmpBasis: FmpBasis;
  firstMapMarkMs: number | null;
  firstContentfulPaintMs: number | null;
  interactiveMs: number | null;
  interactiveBasis: InteractiveBasis;
  mapReadyMs: number | null;
  bytesBeforeFirstPaintGzip: number | null;
  requestsBeforeFirstPaint: number | null;
  errors: string[];
};

/** Runs in the page before any of its scripts: notes when the static map first exists. */
function watchStaticMap() {
  const w = window as unknown as { __firstView: { mapAt: number | null; frameAfterMap: number | null } };
  w.__firstView = { mapAt: null, frameAfterMap: null };
  const check = () => {
    if (w.__firstView.mapAt !== null || !document.querySelector('svg[data-static-map] path')) return;
    w.__firstView.mapAt = performance.now();
    requestAnimationFrame(() => (w.__firstView.frameAfterMap = performance.now()));
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
}

/** What the page knows once the map is ready (or the wait ran out): marks, paints, the static map, resources. */
function collect() {
  const w = window as unknown as { __firstView: { mapAt: number | null; frameAfterMap: number | null } };
  const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
    end: r.responseEnd,
    bytes: r.encodedBodySize,
  }));
  return {
    fcp,
    mapAt: w.__firstView.mapAt,
    frameAfterMap: w.__firstView.frameAfterMap,
    firstMap: mark('corridors:first-map'),
    interactive: mark('corridors:interactive'),
    mapReady: mark('corridors:map-ready'),
    document: nav ? { end: nav.responseEnd, bytes: nav.encodedBodySize } : null,
    resources,
  };
}

const round = (n: number | null) => (n === null ? null : Math.round(n));

async function once(
  browser: Browser,
  base: string,
  path: string,
  device: (typeof VIEWPORTS)[keyof typeof VIEWPORTS],
  rate: number,
): Promise<FirstViewRun> {
  const context = await browser.newContext({ ...device });
  const tab: Page = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(String(e).slice(0, 300)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text().slice(0, 300)));
  // tsx (esbuild, keepNames) wraps named inner functions in __name(); the page needs a stand-in for the functions sent to it.
  await tab.addInitScript({ content: `window.__name ??= (f) => f; (${watchStaticMap.toString()})();` });
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await tab.goto(base + path);
    await tab
      .waitForFunction(() => performance.getEntriesByName('corridors:map-ready').length > 0, null, { timeout: 60_000 })
      .catch(() => errors.push('no corridors:map-ready within 60 s'));
    // The interactive mark may follow the map's first frame; give it a moment before reading.
    await tab.waitForFunction(() => performance.getEntriesByName('corridors:interactive').length > 0, null, { timeout: 500 }).catch(() => {});
    const c = await tab.evaluate(collect);
    const staticMap = c.mapAt !== null;
    const fmp = staticMap ? (c.fcp !== null && c.mapAt! <= c.fcp ? c.fcp : (c.frameAfterMap ?? c.mapAt)) : c.fcp;
    const before = fmp === null ? [] : [...(c.document ? [c.document] : []), ...c.resources].filter((r) => r.end <= fmp);
    return {
      firstMeaningfulPaintMs: round(fmp),
      fmpBasis: staticMap ? 'static-map' : 'fcp-fallback',
      firstMapMarkMs: round(c.firstMap),
      firstContentfulPaintMs: round(c.fcp),
      interactiveMs: round(c.interactive ?? c.mapReady),
      interactiveBasis: c.interactive !== null ? 'interactive-mark' : 'map-ready-fallback',
      mapReadyMs: round(c.mapReady),
      bytesBeforeFirstPaintGzip: fmp === null ? null : before.reduce((a, r) => a + r.bytes, 0),
      requestsBeforeFirstPaint: fmp === null ? null : before.length,
      errors,
    };
  } finally {
    await context.close();
  }
}

const median = (xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)]! : null;
};
/** The basis most runs had (they agree unless the page changed under the benchmark). */
const usual = <T extends string>(xs: T[]) => [...new Set(xs)].sort((a, b) => xs.filter((x) => x === b).length - xs.filter((x) => x === a).length)[0]!;

/** Every viewport × page, `runs` times each; medians, the bases, each target's pass or miss, and the runs. */
export async function firstView(browser: Browser, base: string, { runs = 5, rate = 4, log = (..._: unknown[]) => {} } = {}) {
  const results = [];
  for (const [viewport, device] of Object.entries(VIEWPORTS)) {
    for (const [page, path] of Object.entries(FIRST_VIEW_PAGES)) {
      const all: FirstViewRun[] = [];
      for (let i = 0; i < runs; i++) all.push(await once(browser, base, path, device, rate));
      const m = {
        firstMeaningfulPaintMs: median(all.map((r) => r.firstMeaningfulPaintMs)),
        interactiveMs: median(all.map((r) => r.interactiveMs)),
        mapReadyMs: median(all.map((r) => r.mapReadyMs)),
        firstContentfulPaintMs: median(all.map((r) => r.firstContentfulPaintMs)),
        bytesBeforeFirstPaintGzip: median(all.map((r) => r.bytesBeforeFirstPaintGzip)),
        requestsBeforeFirstPaint: median(all.map((r) => r.requestsBeforeFirstPaint)),
      };
      const pass = (v: number | null, target: number) => (v === null ? null : v <= target ? 'pass' : 'miss');
      const result = {
        viewport,
        page,
        url: path,
        ...m,
        fmpBasis: usual(all.map((r) => r.fmpBasis)),
        interactiveBasis: usual(all.map((r) => r.interactiveBasis)),
        targets: {
          firstMeaningfulPaintMs: pass(m.firstMeaningfulPaintMs, FIRST_VIEW_TARGETS.firstMeaningfulPaintMs),
          interactiveMs: pass(m.interactiveMs, FIRST_VIEW_TARGETS.interactiveMs),
          bytesBeforeFirstPaintGzip: pass(m.bytesBeforeFirstPaintGzip, FIRST_VIEW_TARGETS.bytesBeforeFirstPaintGzip),
        },
        runs: all.map(({ errors, ...r }) => ({ ...r, ...(errors.length ? { errors: [...new Set(errors)].slice(0, 3) } : {}) })),
      };
      log(
        `first view ${viewport} ${page}: FMP ${m.firstMeaningfulPaintMs} ms (${result.fmpBasis}), interactive ${m.interactiveMs} ms (${result.interactiveBasis}), map ready ${m.mapReadyMs} ms, ${m.bytesBeforeFirstPaintGzip} B gzip before the FMP`,
      );
      results.push(result);
    }
  }
  return results;
}
