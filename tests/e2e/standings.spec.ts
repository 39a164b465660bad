/** The instrument and organisation maps: colours, legend as text, the year, and the URL. */
import { test, expect, openApp, snap, centreOf, pixelAt, near, hex, colourCounts } from './fixtures.ts';
import { THEMES } from '../../src/lib/theme/index.ts';

const STANDING_COLORS = THEMES.light.standings;
const MAP = THEMES.light.map;

test('the 1951 Refugee Convention map colours parties, leaves Uzbekistan uncoloured and marks its disputed claim', async ({ page }, info) => {
  await openApp(page, '?instrument=refugee-1951');
  const legend = page.getByTestId('standings-legend');
  await expect(legend).toContainText('Convention relating to the Status of Refugees');
  await expect(legend).toContainText('A source paper says otherwise (disputed)');
  await legend.getByRole('button', { name: /Countries in each group/ }).click();
  await expect(legend.locator('li', { hasText: 'party' }).first()).toContainText('Kazakhstan');
  await expect(legend.locator('li', { hasText: 'not party' })).toContainText('Uzbekistan');

  await page.locator('main.stage').scrollIntoViewIfNeeded(); // below 700 px the key is above the map: the page scrolls
  const kaz = await centreOf(page, '.map-label[data-iso3=KAZ] .map-label-name');
  await expect.poll(async () => near(await pixelAt(page, kaz.x, kaz.y + 30), hex(STANDING_COLORS.party))).toBe(true);
  // Around Uzbekistan's label (its neighbours are all parties, so the not-party colour there is Uzbekistan's).
  const uzb = await centreOf(page, '.map-label[data-iso3=UZB] .map-label-name');
  const around = await page.screenshot({ clip: { x: uzb.x - 40, y: uzb.y - 40, width: 80, height: 80 }, scale: 'css' });
  const seen = colourCounts(around, { notParty: hex(STANDING_COLORS.not_party), hatch: hex(MAP.disputedOutline) }, 4);
  expect(seen.notParty).toBeGreaterThan(200);
  // The disputed claim is hatched over Uzbekistan (stripes in the dispute colour), and keyed the same way.
  expect(seen.hatch, 'hatch stripes over Uzbekistan').toBeGreaterThan(150);
  const swatch = legend.getByTestId('hatch-swatch');
  await expect(swatch).toBeVisible();
  const key = await swatch.screenshot();
  expect(colourCounts(key, { hatch: hex(MAP.disputedOutline) }, 40).hatch, 'stripes in the legend swatch').toBeGreaterThan(20);
  // What the counts count, and "not party" apart from "no record".
  await expect(legend.getByTestId('central-asia-count')).toHaveText('4 of the 5 Central Asian states are party');
  await expect(legend.locator('li', { hasText: 'not party' })).toContainText('5 countries');
  await snap(page, info.project.name, 'refugee-convention');

  // A selected country keeps its status colour (the outline shows the selection), and the legend keys the
  // countries drawn for context only.
  await openApp(page, '?instrument=refugee-1951&country=KAZ');
  await expect(page.getByTestId('country-panel')).toBeVisible();
  if (info.project.name === 'desktop') {
    // On a phone the bottom sheet and the legend cover most of the map, Kazakhstan's label with it.
    const selected = await centreOf(page, '.map-label[data-iso3=KAZ] .map-label-name');
    await expect.poll(async () => near(await pixelAt(page, selected.x, selected.y + 30), hex(STANDING_COLORS.party))).toBe(true);
  }
  await expect(legend).toContainText('no record in this dataset');
  await expect(legend).toContainText('Counts are of the 22 countries in this dataset');
});

test('choosing a map and a year updates the URL, and flows return with "Migration flows"', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('map-mode').selectOption({ label: 'EAEU' });
  await expect(page).toHaveURL(/org=eaeu/);
  await expect(page.getByTestId('standings-legend')).toContainText('Eurasian Economic Union');
  await expect(page.getByTestId('legend')).toHaveCount(0);
  // The slider's years start when the organisation was founded (the EAEU: 1 January 2015), and it is keyboard operable.
  const slider = page.getByTestId('map-year');
  await expect(slider).toHaveAttribute('min', '2015');
  await expect(page.getByTestId('map-year-value')).toHaveText('now');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/year=2015/);
  await expect(page.getByTestId('map-year-value')).toHaveText('2015');
  await expect(page.getByTestId('standings-legend')).toContainText('Status at the end of 2015');
  await expect(page.getByTestId('standings-legend')).toContainText('member');
  await expect(page.getByTestId('standings-legend')).not.toContainText('observer'); // Uzbekistan: from December 2020
  await page.keyboard.press('End');
  await expect(page).not.toHaveURL(/year=/);
  await expect(page.getByTestId('standings-legend')).toContainText('Status today');
  await page.getByTestId('map-mode').selectOption({ label: 'Migration flows' });
  await expect(page).not.toHaveURL(/org=/);
  await expect(page.locator('[data-testid=legend], [data-testid=flow-lists]').getByText('Uzbekistan’s migrants by destination')).toBeVisible();
});

test('as of a past year, a map shows what the record supports: signatories before ratification, nothing before adoption', async ({ page }) => {
  const legend = page.getByTestId('standings-legend');
  // UNTOC at the end of 2001: Russia and Uzbekistan had signed (December 2000) but not yet ratified.
  await openApp(page, '?instrument=untoc-2000&year=2001');
  await legend.getByRole('button', { name: 'Countries in each group' }).click();
  const signatories = legend.locator('li', { hasText: 'signatory' });
  await expect(signatories).toContainText('Russia');
  await expect(signatories).toContainText('Uzbekistan');

  // The Global Compact in 2017: not yet adopted. Its map says so, and flows do not stand in for it.
  await openApp(page, '?instrument=gcm-2018&year=2017');
  await expect(page.getByTestId('not-yet')).toHaveText('Adopted on 10 Dec 2018: there is no status to show for 2017.');
  await expect(page.getByTestId('legend')).toHaveCount(0);

  // A link from the future, or to a year not yet over, is read as "now"; the year list ends at last year.
  await openApp(page, '?instrument=refugee-1951&year=2090');
  await expect(legend).toContainText('Status today');
  await openApp(page, `?instrument=refugee-1951&year=${new Date().getFullYear()}`);
  await expect(legend).toContainText('Status today');
  await expect(page.getByTestId('map-year')).toHaveAttribute('max', String(new Date().getFullYear()));
  await expect(page.getByTestId('map-year-value')).toHaveText('now');
});

test('Play steps a status map through the years, recolouring it, and pauses; a one-off vote has no year to play', async ({ page }) => {
  // The EAEU at the end of 2019: Uzbekistan has no status yet (observer from December 2020).
  await openApp(page, '?org=eaeu&year=2019');
  const uzbekistan = async (key: 'none' | 'observer') => {
    await page.locator('.map-label[data-iso3=UZB]').scrollIntoViewIfNeeded(); // below 700 px the page scrolls to the map
    const uzb = await centreOf(page, '.map-label[data-iso3=UZB] .map-label-name');
    const around = await page.screenshot({ clip: { x: uzb.x - 40, y: uzb.y - 40, width: 80, height: 80 }, scale: 'css' });
    return colourCounts(around, { key: hex(STANDING_COLORS[key]) }, 6).key;
  };
  await expect.poll(() => uzbekistan('none')).toBeGreaterThan(200);
  const play = page.getByTestId('status-play');
  await expect(play).toHaveText(/Play/);
  await play.click();
  await expect(play).toHaveText(/Pause/);
  await expect(page).toHaveURL(/year=202\d/);
  await expect.poll(() => uzbekistan('observer')).toBeGreaterThan(200);
  await play.click();
  await expect(play).toHaveText(/Play/);
  const paused = new URL(page.url()).searchParams.get('year');
  await expect(page.getByTestId('map-year-value')).toHaveText(paused ?? 'now');

  // The Global Compact is one vote: no slider, no play.
  await openApp(page, '?instrument=gcm-2018');
  await expect(page.getByTestId('standings-legend')).toContainText('UN General Assembly recorded vote');
  await expect(page.getByTestId('status-years')).toHaveCount(0);
  await expect(page.getByTestId('map-year')).toHaveCount(0);
});

test('in a narrow embed the status legend sits above the map, never over it, its notes a toggle away', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 450 });
  // Embedded, MapLibre waits until the map is in view: here the static map stands below the legend, past the fold.
  await page.goto('./?embed=1&instrument=refugee-1951');
  const legend = page.getByTestId('standings-legend');
  await expect(legend).toBeVisible();
  const [box, stage] = [await legend.boundingBox(), await page.locator('main.stage').boundingBox()];
  expect(box!.y + box!.height).toBeLessThanOrEqual(stage!.y + 1);
  await expect(legend.getByText('Counts are of the 22 countries')).toBeHidden();
  await legend.getByRole('button', { name: /Countries in each group/ }).click();
  await expect(legend.getByText('Counts are of the 22 countries')).toBeVisible();
});
