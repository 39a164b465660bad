import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { buildDownloads, DOWNLOAD_FILES } from '../../src/lib/data/downloads.ts';
import { FILES } from '../../src/lib/data/schema.ts';
import { loadAll } from '../../src/lib/data/load.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { readFixture } from './helpers.ts';

const { dataset: data, story } = loadAll(readFixture);
const files = buildDownloads(data, story);

describe('CSV downloads', () => {
  it('has one file per kind of fact, each row of the dataset in it', () => {
    expect(Object.keys(files).sort()).toEqual([...DOWNLOAD_FILES].sort());
    const rows = (f: (typeof DOWNLOAD_FILES)[number]) => csvParse(files[f]);
    expect(rows('flows.csv')).toHaveLength(data.flows.length);
    expect(rows('statistics.csv')).toHaveLength(data.statistics.length);
    expect(rows('memberships.csv')).toHaveLength(data.memberships.length);
    expect(rows('ratifications.csv')).toHaveLength(data.ratifications.length);
    expect(rows('agreements.csv')).toHaveLength(data.agreements.length);
    expect(rows('sources.csv')).toHaveLength(data.sources.length);
    expect(rows('laws.csv')).toHaveLength(data.laws.length);
    expect(rows('events.csv')).toHaveLength(data.events.length);
    expect(rows('instruments.csv')).toHaveLength(data.instruments.length);
    expect(rows('organisations.csv')).toHaveLength(data.organisations.length);
    expect(rows('countries.csv')).toHaveLength(data.countries.length);
  });

  it('starts each CSV with its fixed public columns; later columns only append', () => {
    const contract: Partial<Record<(typeof DOWNLOAD_FILES)[number], string>> = {
      'flows.csv': 'origin_iso3,destination_iso3,year,share_pct,migrants,source_id,locator',
      'statistics.csv': 'country_iso3,indicator,value,unit,year,source_id,locator',
      'memberships.csv': 'org_id,org_name,country_iso3,status,since,until,source_id,locator',
      'ratifications.csv': 'country_iso3,instrument_id,instrument_name,status,date,source_id,locator,disputed',
      'agreements.csv': 'agreement_id,parties,title,signed,type,provisions,source_id,locator',
      'sources.csv': 'source_id,kind,citation,year,url,seed_file',
    };
    for (const [file, header] of Object.entries(contract))
      expect(files[file as keyof typeof files].split('\n')[0]!.startsWith(header + ','), file).toBe(true);
  });

  it('offers every file of data/, the story included', () => {
    const offered = new Set<string>(DOWNLOAD_FILES);
    for (const { file } of Object.values(FILES)) expect(offered, file).toContain(file);
    expect(offered).toContain('story.json');
  });

  // Every column of every data file, every row, every value: nothing is lost in a download.
  for (const { file } of Object.values(FILES)) {
    it(`${file} carries every column and value of the dataset's ${file}`, () => {
      const raw = csvParse(readFixture(file)!);
      const down = csvParse(files[file as (typeof DOWNLOAD_FILES)[number]]);
      for (const column of raw.columns) expect(down.columns, `${file} column ${column}`).toContain(column);
      expect(down).toHaveLength(raw.length);
      // Same order as the file; numbers may be written differently (41.30 → 41.3) but not changed.
      const same = (a: string, b: string) => a === b || (a !== '' && b !== '' && Number(a) === Number(b));
      raw.forEach((r, i) => {
        for (const column of raw.columns) {
          const [want, got] = [r[column]!.trim(), down[i]![column]!];
          expect(same(want, got), `${file} row ${i + 2} ${column}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`).toBe(true);
        }
      });
    });
  }

  it('gives the story as JSON, the same as story.json', () => {
    expect(JSON.parse(files['story.json'])).toEqual(JSON.parse(readFixture('story.json')!));
    expect(JSON.parse(files['story.json']).steps).toHaveLength(story.steps.length);
  });

  it('describes every download on the Sources page', () => {
    for (const file of DOWNLOAD_FILES) expect(en.downloadDescription[file], file).toMatch(/\w/);
  });

  it('keeps qualifiers, so "more than 2 million" never becomes a bare 2000000', () => {
    const stats = csvParse(files['statistics.csv']);
    const iom = stats.find((r) => r.country_iso3 === 'UZB' && r.indicator === 'labour_migrants_abroad' && r.value === '2000000')!;
    expect(iom.qualifier).toBe('more_than');
    expect(iom.year).toBe('');
  });

  it('quotes cells with commas and quotes so every row parses back to the same values', () => {
    const agreements = csvParse(files['agreements.csv']);
    const row = agreements.find((r) => r.agreement_id === 'fx-uzb-rus-2017')!;
    expect(row.provisions).toBe('Organised recruitment, social protection');
    expect(row.parties).toBe('UZB;RUS');
    const sources = csvParse(files['sources.csv']);
    expect(sources.find((r) => r.source_id === 'fixture-press-c')!.citation).toBe(
      'Fixture: Press C. "A quoted headline, with a comma" (2024). Not a real article.',
    );
    const laws = csvParse(files['laws.csv']);
    expect(laws.find((r) => r.law_id === 'fx-uzb-law-external-migration-2021')!.title).toBe('Fixture law "On external labour migration"');
  });

  it('names the organisation and the instrument beside their ids', () => {
    const m = csvParse(files['memberships.csv']).find((r) => r.org_id === 'commonwealth-b' && r.country_iso3 === 'UZB')!;
    expect(m.org_name).toBe('Fixture Commonwealth B');
    const r = csvParse(files['ratifications.csv']).find((x) => x.country_iso3 === 'KGZ' && x.instrument_id === 'convention-c')!;
    expect([r.instrument_name, r.status, r.date, r.disputed]).toEqual(['Fixture Convention C on domestic workers', 'party', '2015-05-12', 'false']);
    const e = csvParse(files['events.csv']).find((x) => x.event_id === 'fx-conference-2011')!;
    expect([e.participants, e.participant_names]).toEqual(['commonwealth-b', 'Fixture Commonwealth B']);
    const mixed = csvParse(files['events.csv']).find((x) => x.event_id === 'fx-regional-meeting-2025')!;
    expect(mixed.participant_names).toBe('Kazakhstan;Kyrgyzstan;Tajikistan;Uzbekistan;Fixture Union A');
  });
});
