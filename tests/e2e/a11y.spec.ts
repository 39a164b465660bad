/**
 * Accessibility, WCAG 2.2 A and AA, with axe-core: every view and mode (the overview, a country and each of
 * its panel's tabs, a corridor, the flows' other basis and a past year, each kind of status map and one in a
 * past year, the Countries menu, the Sources page, the embed and presenter mode), in every language the app
 * has (LANGS: a language added to src/lib/i18n/index.ts is covered without a change here) and both colour
 * schemes, at the project's size (desktop 1280×800, phone 375×812 with touch). Zero violations: a failure
 * lists each one as `state | rule | element | what to fix`.
 *
 * Cost on a 2-core CI: one page per (language, theme); the states are stepped through in the app (the URL
 * pushed and a popstate dispatched: the app follows history, src/app/view-state.svelte.ts), reloading only
 * for the modes that are fixed for a page's life (embed, presenter).
 *
 * How axe gets in: the built page's Content-Security-Policy (scripts/csp.ts: `script-src 'self'`) refuses an
 * inline <script>, so `page.addScriptTag({ content })` cannot work. `page.evaluate(source)` runs the source
 * through the DevTools protocol, which the page's policy does not govern, and axe itself needs no eval: the
 * policy stays on, as readers get it.
 *
 * Also here: every interactive element's box is at least 24×24 CSS px (WCAG 2.2 2.5.8), and 44×44 on a touch
 * screen (`pointer: coarse`), but for the exceptions WCAG makes (a link or button inside a sentence).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';
import { LANGS } from '../../src/lib/i18n/index.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Colour schemes: the reader's (emulated), and the app's `?theme=` (the dark theme reads it; other builds ignore it). */
const THEMES = ['light', 'dark'] as const;
type Scheme = (typeof THEMES)[number];

type Found = { state: string; rule: string; target: string; summary: string };

async function axe(page: Page, state: string): Promise<Found[]> {
  const violations = await page.evaluate(
    async ({ source, tags }) => {
      const w = window as unknown as { axe?: { run: (ctx: Document, opts: object) => Promise<AxeResults> } };
      type AxeResults = { violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] };
      if (!w.axe) (0, eval)(source);
      const result = await w.axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        rule: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim() })),
      }));
    },
    { source: AXE_SOURCE, tags: TAGS },
  );
  return violations.flatMap((v) => v.nodes.map((n) => ({ state, rule: `${v.rule} (${v.help})`, target: n.target, summary: n.summary })));
}

const report = (found: Found[]) => found.map((f) => `\n  ${f.state} | ${f.rule} | ${f.target} | ${f.summary}`).join('');

/** Let the page settle: two frames, so Svelte has rendered and the layout has followed. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));

/** Go to a state in the app, as back and forward do: the URL is pushed and the app follows its popstate. */
async function go(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', `${location.pathname}${q}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  await settle(page);
}

/** A status map's legend is up (the app follows popstate at once: `go` waits two frames for the page to follow). */
const standings = (p: Page) => expect(p.getByTestId('standings-legend')).toBeVisible();

/** The states one page steps through: its query (after the language and theme) and what shows it has arrived. */
const STATES: {
  name: string;
  query: string;
  ready: (page: Page) => Promise<void>;
  then?: (page: Page, check: (name: string) => Promise<void>) => Promise<void>;
}[] = [
  {
    name: 'overview',
    query: '',
    ready: (p) => expect(p.getByTestId('legend')).toBeVisible(),
    // The legend's folded settings (a phone's key above the map) opened.
    then: async (p, check) => {
      const toggle = p.getByTestId('legend').locator('button.toggle').first();
      if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') {
        await toggle.click();
        await settle(p);
        await check('overview, legend settings open');
        await toggle.click();
      }
    },
  },
  {
    name: 'country UZB',
    query: 'country=UZB',
    ready: (p) => expect(p.getByTestId('country-panel')).toBeVisible(),
    // Each of the panel's tabs (Organisations is the first, checked above).
    then: async (p, check) => {
      const tabs = p.getByTestId('country-panel').getByRole('tab');
      const names = await tabs.allTextContents();
      expect(names.length, 'the country panel has its tabs').toBeGreaterThanOrEqual(6);
      for (let i = 1; i < names.length; i++) {
        await tabs.nth(i).click();
        await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
        await settle(p);
        await check(`country UZB, tab ${names[i]}`);
      }
    },
  },
  { name: 'corridor UZB-RUS', query: 'corridor=UZB-RUS', ready: (p) => expect(p.getByTestId('corridor-panel')).toBeVisible() },
  {
    name: 'flows: UN stock, 2005, by number',
    query: 'basis=born_in_origin&year=2005&measure=count',
    ready: (p) => expect(p).toHaveURL(/year=2005/),
  },
  { name: 'UN treaty map (refugee-1951)', query: 'instrument=refugee-1951', ready: standings },
  { name: 'ILO convention map (ilo-c097)', query: 'instrument=ilo-c097', ready: standings },
  { name: 'Global Compact vote (gcm-2018)', query: 'instrument=gcm-2018', ready: standings },
  { name: 'organisation map (eaeu)', query: 'org=eaeu', ready: standings },
  { name: 'organisation map in 1995 (eaeu)', query: 'org=eaeu&year=1995', ready: standings },
  { name: 'Sources page', query: 'view=sources', ready: (p) => expect(p.getByTestId('sources-page')).toBeVisible() },
  // A phone shows the matrices as a card per country.
  { name: 'table: treaties', query: 'view=table', ready: (p) => expect(p.getByTestId(/^explore-(table|cards)$/)).toBeVisible() },
  {
    name: 'table: organisations',
    query: 'view=table&table=organisations',
    ready: (p) => expect(p.getByTestId(/^explore-(table|cards)$/)).toBeVisible(),
  },
  {
    name: 'table: agreements, sorted by date',
    query: 'view=table&table=agreements&sort=-signed',
    ready: (p) => expect(p.getByTestId('explore-table')).toBeVisible(),
  },
  { name: 'table: flows', query: 'view=table&table=flows', ready: (p) => expect(p.getByTestId('explore-table')).toBeVisible() },
  { name: 'timeline', query: 'view=timeline', ready: (p) => expect(p.getByTestId('timeline-view')).toBeVisible() },
  { name: 'compare UZB, KAZ', query: 'view=compare&compare=UZB,KAZ', ready: (p) => expect(p.getByTestId('compare-table')).toBeVisible() },
];

/** Modes fixed for a page's life: each its own load. */
const RELOADS: { name: string; query: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'embed', query: 'embed=1', ready: (p) => expect(p.locator('a.full-map')).toBeVisible() },
  { name: 'embed, country UZB', query: 'embed=1&country=UZB', ready: (p) => expect(p.getByTestId('country-panel')).toBeVisible() },
  { name: 'present, step 1', query: 'present=1&step=1', ready: (p) => expect(p.getByTestId('story')).toBeVisible() },
  { name: 'present, step 3 (evidence)', query: 'present=1&step=3', ready: (p) => expect(p.getByTestId('story-evidence')).toBeVisible() },
  { name: 'present, step 12 (a table)', query: 'present=1&step=12', ready: (p) => expect(p.getByTestId('table-view')).toBeVisible() },
  { name: 'present, step 9 (a treaty map)', query: 'present=1&step=9', ready: (p) => expect(p.getByTestId('story')).toBeVisible() },
];

for (const lang of LANGS) {
  for (const theme of THEMES) {
    test(`axe, WCAG 2.2 A/AA: every view and mode (${lang}, ${theme})`, async ({ page }, info) => {
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme: theme as Scheme });
      const base = `lang=${lang}&theme=${theme}`;
      const at = (state: string) => `${info.project.name} ${lang} ${theme}: ${state}`;
      const found: Found[] = [];
      const check = async (state: string) => void found.push(...(await axe(page, at(state))));

      await openApp(page, `?${base}`);
      for (const s of STATES) {
        await go(page, `?${base}${s.query ? `&${s.query}` : ''}`);
        await s.ready(page);
        await settle(page);
        await check(s.name);
        await s.then?.(page, check);
      }
      // The Countries menu, open over the map.
      await go(page, `?${base}`);
      await page.locator('details.countries > summary').click();
      await expect(page.getByRole('navigation', { name: /./ }).getByRole('button').first()).toBeVisible();
      await check('Countries menu open');
      await page.keyboard.press('Escape');
      // The Embed dialog.
      const fold = page.locator('.share-wrap .fold');
      if (await fold.isVisible()) await fold.click();
      await page.locator('#share-group button').nth(1).click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      await check('Embed dialog');
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);

      for (const r of RELOADS) {
        await openApp(page, `?${base}&${r.query}`);
        await r.ready(page);
        await settle(page);
        await check(r.name);
      }
      expect(found, `axe found ${found.length} violation(s):${report(found)}`).toEqual([]);
    });
  }
}

/**
 * Every interactive element on screen whose box is under `min` CSS px in either dimension, but for WCAG's
 * exceptions: `.inline-target` (a link or button in a sentence, sized by its line). A radio's box is its pill's
 * (the input covers it, unseen).
 */
async function smallTargets(page: Page, min: number, state: string): Promise<string[]> {
  const small = await page.evaluate((min) => {
    const selector = 'button, a[href], input:not([type=hidden]), select, summary, textarea, [role=tab], [tabindex]:not([tabindex="-1"])';
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest('.inline-target, [hidden], [inert]') || el.classList.contains('maplibregl-canvas')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || !el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
      // A region that takes focus only to scroll (a tab's section, a table) is not a target.
      if (el.matches('[role=tabpanel], section, table, [role=region]')) continue;
      if (r.width + 0.5 < min || r.height + 0.5 < min) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        const where = el.id
          ? `#${el.id}`
          : `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/)[0] : ''}`;
        out.push(`${where} "${name}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
      }
    }
    return out;
  }, min);
  return small.map((s) => `\n  ${state}: ${s}`);
}

test('every target is at least 24×24 CSS px, and 44×44 on a touch screen', async ({ page }, info) => {
  test.setTimeout(120_000);
  const touch = !!info.project.use.hasTouch;
  const min = touch ? 44 : 24;
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'a touch screen reports a coarse pointer').toBe(touch);
  const small: string[] = [];
  await openApp(page);
  const toggle = page.getByTestId('legend').locator('button.toggle').first();
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  small.push(...(await smallTargets(page, min, 'overview')));
  await page.locator('details.countries > summary').click();
  small.push(...(await smallTargets(page, min, 'Countries menu open')));
  await page.keyboard.press('Escape');
  for (const [state, query] of [
    ['country UZB', '?country=UZB'],
    ['corridor UZB-RUS', '?corridor=UZB-RUS'],
    ['treaty map', '?instrument=refugee-1951'],
    ['Sources page', '?view=sources'],
  ]) {
    await go(page, query!);
    small.push(...(await smallTargets(page, min, state!)));
    const tabs = page.locator('[role=tab]');
    for (let i = 1; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      await settle(page);
      small.push(...(await smallTargets(page, min, `${state}, tab ${await tabs.nth(i).textContent()}`)));
    }
  }
  await openApp(page, '?present=1&step=3');
  small.push(...(await smallTargets(page, min, 'present, step 3')));
  await openApp(page, '?embed=1');
  small.push(...(await smallTargets(page, min, 'embed')));
  expect(small, `targets under ${min}×${min} CSS px:${small.join('')}`).toEqual([]);
});

test('the static map, where WebGL is missing: its country buttons, its notice and a status map pass axe', async ({ page }) => {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      return /webgl/i.test(kind) ? null : (getContext.call(this, kind as '2d', ...(rest as [])) as never);
    } as typeof getContext;
  });
  const found: Found[] = [];
  for (const lang of LANGS) {
    await page.goto(`./?lang=${lang}`);
    await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'fallback');
    await expect(page.locator('svg[data-static-map] [role="button"]').first()).toBeAttached();
    found.push(...(await axe(page, `${lang} static map`)));
    await go(page, `?lang=${lang}&instrument=refugee-1951`);
    await standings(page);
    found.push(...(await axe(page, `${lang} static status map`)));
  }
  expect(found, report(found)).toEqual([]);
});
