/** The instrument and organisation maps: colours, legend as text, the year, and the URL. */
import { test, expect, openApp, snap, centreOf, pixelAt, near, hex, colourCounts } from './fixtures.ts';
import { STANDING_COLORS } from '../../src/lib/map/palette.ts';

test('the 1951 Refugee Convention map colours parties, leaves Uzbekistan uncoloured and marks its disputed claim', async ({ page }, info) => {
  await openApp(page, '?instrument=refugee-1951');
  const legend = page.getByTestId('standings-legend');
  await expect(legend).toContainText('Convention relating to the Status of Refugees');
  await expect(legend).toContainText('A source paper says otherwise (disputed)');
  await legend.getByRole('button', { name: /Countries in each group/ }).click();
  await expect(legend.locator('li', { hasText: 'party' }).first()).toContainText('Kazakhstan');
  await expect(legend.locator('li', { hasText: 'not party' })).toContainText('Uzbekistan');

  const kaz = await centreOf(page, '.map-label[data-iso3=KAZ] .map-label-name');
  await expect.poll(async () => near(await pixelAt(page, kaz.x, kaz.y + 30), hex(STANDING_COLORS.party))).toBe(true);
  // Around Uzbekistan's label (its neighbours are all parties, so the not-party colour there is Uzbekistan's).
  const uzb = await centreOf(page, '.map-label[data-iso3=UZB] .map-label-name');
  const around = await page.screenshot({ clip: { x: uzb.x - 40, y: uzb.y - 40, width: 80, height: 80 }, scale: 'css' });
  expect(colourCounts(around, { notParty: hex(STANDING_COLORS.not_party) }, 4).notParty).toBeGreaterThan(200);
  await snap(page, info.project.name, 'refugee-convention');
});

test('choosing a map and a year updates the URL, and flows return with "Migration flows"', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('map-mode').selectOption({ label: 'EAEU' });
  await expect(page).toHaveURL(/org=eaeu/);
  await expect(page.getByTestId('standings-legend')).toContainText('Eurasian Economic Union');
  await expect(page.getByTestId('legend')).toHaveCount(0);
  await page.getByTestId('map-year').selectOption('2014');
  await expect(page).toHaveURL(/year=2014/);
  await expect(page.getByTestId('standings-legend')).toContainText('Status at the end of 2014');
  await expect(page.getByTestId('standings-legend')).not.toContainText('member');
  await page.goBack();
  await expect(page.getByTestId('standings-legend')).toContainText('Status today');
  await page.getByTestId('map-mode').selectOption({ label: 'Migration flows' });
  await expect(page).not.toHaveURL(/org=/);
  await expect(page.getByTestId('legend')).toContainText('Uzbekistan’s migrants by destination');
});
