/**
 * The dataset as a reader meets it: figures with every source when they disagree, the Sources page, and
 * the CSV downloads served by the build.
 */
import { test, expect, openApp, snap } from './fixtures.ts';

test('a figure on which sources disagree shows every value with its year and source', async ({ page }, info) => {
  await openApp(page, '?country=UZB');
  await page.getByTestId('country-panel').getByRole('tab', { name: 'Figures' }).click();
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
  // Each seed document by its citation, never by the project's internal file name.
  for (const citation of [
    'Asadov, D. (2024). The Role of International Law in Shaping Migration Policies',
    'Kamilov, O. (2025). Issues of Developing Uzbekistan',
    'Askarov, Z. S. and Polatova, B. Mechanism of Interaction of the Republic of Uzbekistan',
    'Central Asia unites efforts to protect the rights of migrant workers',
    'Xolmirzayeva, S. A. (2025). International cooperation among countries',
  ])
    await expect(sources).toContainText(citation);
  await expect(sources).not.toContainText('Seed document');
  await expect(sources).not.toContainText(/\d{3}_[0-9a-f]{16}\.txt/);
  // A page of its own: it covers the map and its legend, nothing of them shows through or over it.
  const cover = await page.locator('.page-slot').boundingBox();
  const stage = await page.locator('.stage').boundingBox();
  expect(cover).toEqual(stage);
  const legend = await page.getByTestId('legend').boundingBox();
  expect(legend).not.toBeNull(); // still laid out underneath
  const onTop = await page.evaluate(
    ([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('.page-slot'),
    [legend!.x + legend!.width / 2, legend!.y + Math.min(20, legend!.height / 2)],
  );
  expect(onTop, 'the page, not the legend, is where the legend was').toBe(true);
  // The whole dataset: a CSV per file of data/ and the story, each with its description.
  const files = [
    'flows',
    'statistics',
    'memberships',
    'ratifications',
    'agreements',
    'laws',
    'events',
    'instruments',
    'organisations',
    'countries',
    'sources',
  ].map((f) => `${f}.csv`);
  const downloads = sources.getByRole('listitem').filter({ has: page.locator('a[download]') });
  await expect(downloads).toHaveCount(files.length + 1);
  for (const file of [...files, 'story.json']) {
    const link = sources.getByRole('link', { name: file, exact: true });
    await expect(link).toHaveAttribute('href', `./downloads/${file}`);
    await expect(link).toHaveAttribute('download', file);
  }
  await expect(downloads.filter({ hasText: 'laws.csv' })).toContainText('national laws');
  await expect(downloads.filter({ hasText: 'story.json' })).toContainText('presentation story');
  await snap(page, info.project.name, 'sources');
  await page.keyboard.press('Escape');
  await expect(sources).toHaveCount(0);
  await expect(page).not.toHaveURL(/view=/);

  await openApp(page, '?view=sources');
  await expect(page.getByTestId('sources-page')).toBeVisible();
});

test('downloads are UTF-8 CSV with the documented header rows, and the story as JSON', async ({ request }) => {
  const headers: Record<string, string> = {
    'flows.csv': 'origin_iso3,destination_iso3,year,share_pct,migrants,source_id,locator',
    'statistics.csv': 'country_iso3,indicator,value,unit,year,source_id,locator',
    'memberships.csv': 'org_id,org_name,country_iso3,status,since,until,source_id,locator',
    'ratifications.csv': 'country_iso3,instrument_id,instrument_name,status,date,source_id,locator,disputed',
    'agreements.csv': 'agreement_id,parties,title,signed,type,provisions,source_id,locator',
    'sources.csv': 'source_id,kind,citation,year,url,seed_file',
    // Issue 16: `disputed` of laws, events and agreements became `corroboration` (confirmed, reported, disputed) in the same place.
    'laws.csv': 'law_id,country_iso3,title,number,adopted,source_id,locator,corroboration,note',
    'events.csv': 'event_id,date,title,place_iso3,participants,participant_names,source_id,locator,corroboration,date_inferred,note',
    'instruments.csv': 'instrument_id,name,short_name,kind,adopted,depositary,url,source_id,locator',
    'organisations.csv': 'org_id,org_name,short_name,kind,founded,url,source_id,locator',
    'countries.csv': 'iso3,iso_numeric,name,role,on_map,anchor_place,anchor_lng,anchor_lat,source_id,locator',
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
  const agreements = await (await request.get('./downloads/agreements.csv')).text();
  expect(agreements).toMatch(/\nasadov-t4-tjk-rus-2018,[^\n]*,asadov-2024,[^\n]*,reported,/);
  const countries = await (await request.get('./downloads/countries.csv')).text();
  expect(countries).toContain('\nUZB,860,Uzbekistan,central_asia,true,Tashkent,');

  const story = await request.get('./downloads/story.json');
  expect(story.ok()).toBe(true);
  expect(story.headers()['content-type']).toContain('application/json');
  const json = (await story.json()) as { title: string; steps: { title: string; sources: unknown[] }[] };
  expect(json.title).toContain('Central Asia');
  expect(json.steps.length).toBeGreaterThan(5);
  for (const step of json.steps) expect(step.sources.length).toBeGreaterThan(0);
});
