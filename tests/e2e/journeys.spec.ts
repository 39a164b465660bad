/**
 * The first journeys, on a desktop and a phone: open the map, read the corridors, open a country from the
 * map, the list or a link, move through history, close. Screenshots go to test-results/screenshots/.
 */
import { test, expect, openApp, snap, centreOf, colourCounts, hex } from './fixtures.ts';
import { THEMES } from '../../src/lib/theme/index.ts';

const COLORS = THEMES.light.map;
const ORIGIN_COLORS = THEMES.light.origins.byCountry;

const panel = (page: import('@playwright/test').Page) => page.getByTestId('country-panel');

test('opens on the corridors: the map paints countries, sea and flows, with title, legend and source line', async ({ page }, info) => {
  await openApp(page);
  await expect(page.locator('.brand')).toContainText('Corridors');
  // The headline is the view's, written from the data; the standing line says what to do next.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'More labour migrants from each of the four Central Asian states with published figures go to Russia than anywhere else',
  );
  await expect(page.getByText('Select a country for its memberships, agreements and treaties')).toBeVisible();
  await expect(page.locator('.source-line')).toContainText('Sources:');
  await expect(page.locator('.source-line')).toContainText('Kamilov 2025');
  await expect(page.locator('.source-line')).toContainText('UN Treaty Collection');
  const legend = page.getByTestId('legend');
  await expect(legend.getByRole('heading', { level: 2 })).toHaveText('Labour migrants from Central Asia');
  // Every origin with a published split, each with its own period (its list is below the map on a phone).
  const flowLists = page.locator('[data-testid=legend], [data-testid=flow-lists]');
  for (const [origin, period] of [
    ['Uzbekistan', 'first three months of 2023'],
    ['Kazakhstan', 'first nine months of 2025'],
    ['Kyrgyzstan', 'May 2017'],
    ['Tajikistan', '2023'],
  ] as const) {
    await expect(flowLists.getByRole('heading', { name: `${origin}’s migrants by destination` })).toBeVisible();
    await expect(flowLists.locator('.period', { hasText: period }).first()).toBeVisible();
  }

  // The canvas really shows the map: sea, Central Asian land and every split origin's flow colour in quantity.
  const png = await page.locator('.map').screenshot();
  const flows = Object.fromEntries((['UZB', 'KAZ', 'KGZ', 'TJK'] as const).map((iso3) => [iso3, hex(ORIGIN_COLORS[iso3]!)]));
  const counts = colourCounts(png, { sea: hex(COLORS.sea), centralAsia: hex(COLORS.centralAsia), ...flows }, 10);
  expect(counts.sea).toBeGreaterThan(2000);
  expect(counts.centralAsia).toBeGreaterThan(2000);
  for (const iso3 of Object.keys(flows)) expect(counts[iso3], iso3).toBeGreaterThan(100);
  // With several origins a value at a destination would not say whose it is; with one, the largest is labelled.
  await expect(page.locator('.map-label[data-iso3=RUS]')).toBeVisible();
  await expect(page.locator('.map-label[data-iso3=RUS]')).not.toContainText('%');
  await snap(page, info.project.name, 'overview');
  await openApp(page, '?origin=UZB');
  await expect(page.locator('.map-label[data-iso3=RUS]')).toContainText('70.2%');
});

test('the page says its language, before and after the app starts; a language we do not have falls back to English', async ({ page }) => {
  await page.goto('./?lang=xx');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await openApp(page, '?lang=EN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('legend')).toContainText('Labour migrants from Central Asia');
});

test('the flows are of one year, each origin’s latest unless the link asks for another; a year without figures says so', async ({ page }) => {
  await openApp(page, '?year=2023');
  // Every drawn flow of the year is listed (below the map on a phone): Uzbekistan's 7 and Tajikistan's 2.
  const legend = page.locator('[data-testid=legend], [data-testid=flow-lists]');
  await expect(legend.locator('[data-flow*="|2023|"]')).toHaveCount(9);
  await expect(legend.locator('[data-flow]')).toHaveCount(9);
  await openApp(page, '?year=2022');
  await expect(legend.getByText('The dataset has no flow figures for 2022.')).toBeVisible();
  await expect(legend.locator('[data-flow]')).toHaveCount(0);
  await expect(page.locator('.map-label[data-iso3=RUS]')).not.toContainText('%');
  await legend.getByRole('button', { name: 'Show the latest figures' }).click();
  // Each origin's latest: 2023 (Uzbekistan, Tajikistan), 2017 (Kyrgyzstan), 2025 (Kazakhstan).
  await expect(legend.locator('[data-flow]')).toHaveCount(17);
  await expect(legend.locator('[data-flow*="|2017|"]')).toHaveCount(4);
  await expect(page).not.toHaveURL(/[?&]year=/);
  // The panels still list every year's figures, and a status map reads the same year as its "as of".
  await openApp(page, '?year=2022&country=UZB');
  await expect(panel(page)).toContainText('first three months of 2023');
  await openApp(page, '?year=2022&instrument=refugee-1951');
  await expect(page.getByTestId('standings-legend')).toContainText('Status at the end of 2022');
});

test('while MapLibre is still loading, the SVG map shows the countries and the flows; MapLibre takes over where it was', async ({ page }) => {
  // Hold back MapLibre's code so the starting state lasts long enough to look at.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/maplibre-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'static');
  const still = page.locator('svg[data-static-map]');
  await expect(still).toBeVisible();
  expect(await still.locator('[data-flow]').count(), 'the flows are drawn before MapLibre').toBeGreaterThan(10);
  await expect(page.getByTestId('legend')).toBeVisible(); // the facts do not wait for the map
  const camera = await page.locator('.static-map').getAttribute('data-camera');
  release();
  await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'ready', { timeout: 30_000 });
  await expect(still).toHaveCount(0);
  await expect(page.locator('.map')).toHaveAttribute('data-camera', camera!);
});

test('clicking Uzbekistan on the map opens its panel listing the CIS, with year and source', async ({ page }, info) => {
  await openApp(page);
  const { x, y } = await centreOf(page, '.map-label[data-iso3=UZB] .map-label-name');
  await page.mouse.click(x, y);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Uzbekistan');
  await expect(page).toHaveURL(/[?&]country=UZB\b/);
  const cis = panel(page).locator('li', { has: page.locator('abbr[title="Commonwealth of Independent States"]') });
  await expect(cis).toContainText('CIS');
  await expect(cis).toContainText('member');
  await expect(cis).toContainText('since 1991');
  await expect(cis.getByRole('button').first()).toBeVisible(); // its source chip
  // Flows out of Uzbekistan, as text, one click away.
  await panel(page).getByRole('tab', { name: 'Flows' }).click();
  await expect(
    panel(page)
      .getByRole('table')
      .first()
      .getByRole('row', { name: /Russia/ }),
  ).toContainText('70.2%');
  await snap(page, info.project.name, 'uzbekistan');
});

test('the Uzbekistan panel shows the depositary record first and the paper’s contrary claim as disputed', async ({ page }, info) => {
  await openApp(page, '?country=UZB');
  // At a glance: not party, and a paper says otherwise.
  await expect(panel(page).getByRole('link', { name: '1951 Refugee Convention disputed: not party; a paper says otherwise' })).toBeVisible();
  await panel(page).getByRole('tab', { name: 'Treaties' }).click();
  const refugee = panel(page).getByRole('row', { name: /1951 Refugee Convention/ });
  await expect(refugee).toBeVisible();
  // The depositary's record, then the paper's claim in the same row.
  await expect(refugee.getByRole('cell')).toContainText('not party');
  await expect(refugee.getByRole('button', { name: 'UN Treaty Collection' })).toBeVisible();
  const claim = refugee.getByTestId('disputed-claim');
  await expect(claim).toContainText('disputed');
  await expect(claim).toContainText('Asadov 2024 says: party');
  const icrmw = panel(page).getByRole('row', { name: /1990 Migrant Workers Convention/ });
  await expect(icrmw.getByTestId('disputed-claim')).toContainText('Xolmirzayeva 2025 says: party');
  await refugee.scrollIntoViewIfNeeded();
  await snap(page, info.project.name, 'uzbekistan-disputed');
});

test('a source chip reveals the full citation and locator', async ({ page }) => {
  await openApp(page, '?country=UZB');
  await panel(page).getByRole('tab', { name: 'Flows' }).click();
  const chip = panel(page)
    .getByRole('row', { name: /Russia/ })
    .first()
    .locator('xpath=ancestor::table')
    .getByRole('button', { name: 'Kamilov 2025' });
  await chip.click();
  await expect(chip).toHaveAttribute('aria-expanded', 'true');
  const citation = panel(page).getByTestId('citation').first();
  await expect(citation).toContainText('Kamilov, O. (2025)');
  await expect(citation).toContainText('Locator: Result');
});

test('?country=KGZ opens Kyrgyzstan, in any case; an unknown code is ignored without error', async ({ page }, info) => {
  await openApp(page, '?country=KGZ');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kyrgyzstan');
  await expect(panel(page)).toContainText('Share of Uzbekistan’s labour migrants');
  await snap(page, info.project.name, 'kyrgyzstan');

  await openApp(page, '?country=kgz');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kyrgyzstan');

  await openApp(page, '?country=XYZ');
  await expect(panel(page)).toHaveCount(0);
  await openApp(page, '?country=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(panel(page)).toHaveCount(0);
});

test('selecting updates the URL without a reload, and back/forward restore each view', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  await page.getByText('Countries', { exact: true }).click();
  await page.getByRole('navigation', { name: 'Countries' }).getByRole('button', { name: 'Uzbekistan' }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Uzbekistan');
  await expect(page).toHaveURL(/country=UZB/);
  // The menu closed on the choice: it does not cover the panel it opened.
  await expect(page.getByRole('navigation', { name: 'Countries' })).toBeHidden();

  await panel(page).getByRole('tab', { name: 'Flows' }).click(); // a flow's country is a link to it
  await panel(page).getByRole('button', { name: 'Kazakhstan', exact: true }).first().click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan');
  await expect(page).toHaveURL(/country=KAZ/);

  await page.goBack();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Uzbekistan');
  await page.goBack();
  await expect(panel(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/country=/);
  await page.goForward();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Uzbekistan');

  // Still the same document: no reload happened along the way.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
});

test('Esc and the close button return to the overview', async ({ page }) => {
  await openApp(page, '?country=TJK');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Tajikistan');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/country=/);

  await openApp(page, '?country=TKM');
  await panel(page).getByRole('button', { name: 'Close the panel and return to the overview' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/country=/);
});

test('the panel is a side panel on a desktop and a bottom sheet on a phone', async ({ page }, info) => {
  await openApp(page, '?country=KAZ');
  const box = (await panel(page).boundingBox())!;
  const viewport = page.viewportSize()!;
  if (info.project.name === 'phone') {
    expect(box.width).toBeGreaterThanOrEqual(viewport.width - 1);
    expect(box.y).toBeGreaterThan(viewport.height * 0.25);
  } else {
    expect(box.width).toBeLessThan(viewport.width / 2);
    expect(box.x).toBeGreaterThan(viewport.width / 2);
  }
  // The legend and the source line stay visible with the panel open.
  await expect(page.getByTestId('legend')).toBeInViewport();
  await expect(page.locator('.source-line')).toBeInViewport();
  await snap(page, info.project.name, 'kazakhstan');
});

test('an opened country is brought into view, clear of its panel and the legend', async ({ page }, info) => {
  await openApp(page, '?country=KGZ');
  const label = page.locator('.map-label[data-iso3=KGZ]');
  await expect
    .poll(async () => {
      const [l, p, g] = await Promise.all([label.boundingBox(), panel(page).boundingBox(), page.getByTestId('legend').boundingBox()]);
      if (!l || !p || !g || !(await label.isVisible())) return 'label not placed';
      const clearOfPanel = info.project.name === 'phone' ? l.y + l.height <= p.y : l.x + l.width <= p.x;
      const clearOfLegend = l.y >= g.y + g.height || l.x >= g.x + g.width || l.x + l.width <= g.x;
      return clearOfPanel && clearOfLegend ? 'clear' : `label ${JSON.stringify(l)} panel ${JSON.stringify(p)} legend ${JSON.stringify(g)}`;
    })
    .toBe('clear');
  await snap(page, info.project.name, 'kyrgyzstan-revealed');
});

test('the Countries menu closes on a choice, on Esc and on a click elsewhere, and never covers the panel', async ({ page }) => {
  await openApp(page);
  const menu = page.getByRole('navigation', { name: 'Countries' });
  const toggle = page.getByText('Countries', { exact: true });
  await toggle.click();
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await toggle.click();
  await page.locator('.brand strong').click(); // elsewhere: the product's name (the open menu lies over the headline on a phone)
  await expect(menu).toBeHidden();

  await toggle.click();
  await menu.getByRole('button', { name: 'Tajikistan' }).click();
  await expect(menu).toBeHidden();
  // The panel's own controls are reachable: its close button takes the click.
  await panel(page).getByRole('button', { name: /Close/ }).click();
  await expect(panel(page)).toHaveCount(0);
});
