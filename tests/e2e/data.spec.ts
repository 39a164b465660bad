/**
 * The dataset as a reader meets it: figures with every source when they disagree, the Sources page, and
 * the CSV downloads served by the build.
 */
import { test, expect, openApp, snap } from './fixtures.ts';

test('a figure on which sources disagree shows every value with its year and source', async ({ page }, info) => {
  await openApp(page, '?country=UZB');
  const abroad = page.getByTestId('country-panel').locator('[data-indicator=labour_migrants_abroad]');
  await expect(abroad).toContainText('Labour migrants abroad');
  await expect(abroad).toContainText('Sources disagree');
  for (const text of ['1.9 million', 'end of 2024', '1.5 million', '2021', 'more than 2 million', 'IOM']) await expect(abroad).toContainText(text);
  await expect(abroad.getByRole('button', { name: 'Source: Kamilov 2025' }).first()).toBeVisible();
  await expect(abroad.getByRole('button', { name: 'Source: Asadov 2024' }).first()).toBeVisible();
  await abroad.scrollIntoViewIfNeeded();
  await snap(page, info.project.name, 'uzbekistan-figures');
});

test('the Sources page lists every seed document and the downloads, and Esc returns to the map', async ({ page }, info) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const sources = page.getByTestId('sources-page');
  await expect(sources.getByRole('heading', { level: 2 })).toHaveText('Sources and data');
  await expect(page).toHaveURL(/view=sources/);
  for (const seed of ['000_35119cf0bd49671d.txt', '001_ac8ea4f449177cb6.txt', '002_6e18a72f5002d499.txt', '003_51078fa7543d3fdf.txt', '004_8538bf9393b0b919.txt'])
    await expect(sources).toContainText(seed);
  await expect(sources.getByRole('link', { name: 'ratifications.csv' })).toHaveAttribute('href', './downloads/ratifications.csv');
  await snap(page, info.project.name, 'sources');
  await page.keyboard.press('Escape');
  await expect(sources).toHaveCount(0);
  await expect(page).not.toHaveURL(/view=/);

  await openApp(page, '?view=sources');
  await expect(page.getByTestId('sources-page')).toBeVisible();
});

test('downloads are UTF-8 CSV with the documented header rows', async ({ request }) => {
  const headers: Record<string, string> = {
    'flows.csv': 'origin_iso3,destination_iso3,year,share_pct,migrants,source_id,locator',
    'statistics.csv': 'country_iso3,indicator,value,unit,year,source_id,locator',
    'memberships.csv': 'org_id,org_name,country_iso3,status,since,until,source_id,locator',
    'ratifications.csv': 'country_iso3,instrument_id,instrument_name,status,date,source_id,locator,disputed',
    'agreements.csv': 'agreement_id,parties,title,signed,type,provisions,source_id,locator',
    'sources.csv': 'source_id,kind,citation,year,url,seed_file',
  };
  for (const [file, header] of Object.entries(headers)) {
    const res = await request.get(`./downloads/${file}`);
    expect(res.ok(), file).toBe(true);
    expect(res.headers()['content-type']).toContain('text/csv');
    const text = await res.text();
    expect(text.split('\n')[0]!.startsWith(header), `${file} header`).toBe(true);
    expect(text.split('\n').length, file).toBeGreaterThan(5);
  }
  const flows = await (await request.get('./downloads/flows.csv')).text();
  expect(flows).toContain('UZB,RUS,2023,70.2,,kamilov-2025,');
  const ratifications = await (await request.get('./downloads/ratifications.csv')).text();
  expect(ratifications).toMatch(/\nUZB,refugee-1951,Convention relating to the Status of Refugees,party,,asadov-2024,[^\n]*,true,/);
});
