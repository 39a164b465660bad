import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { buildDownloads, DOWNLOAD_FILES } from '../../src/lib/data/downloads.ts';
import { realDataset } from './helpers.ts';

const data = realDataset();
const files = buildDownloads(data);

describe('CSV downloads', () => {
  it('has one file per kind of fact, each row of data/ in it', () => {
    expect(Object.keys(files).sort()).toEqual([...DOWNLOAD_FILES].sort());
    const rows = (f: (typeof DOWNLOAD_FILES)[number]) => csvParse(files[f]);
    expect(rows('flows.csv')).toHaveLength(data.flows.length);
    expect(rows('statistics.csv')).toHaveLength(data.statistics.length);
    expect(rows('memberships.csv')).toHaveLength(data.memberships.length);
    expect(rows('ratifications.csv')).toHaveLength(data.ratifications.length);
    expect(rows('agreements.csv')).toHaveLength(data.agreements.length);
    expect(rows('sources.csv')).toHaveLength(data.sources.length);
  });

  it('starts each CSV with its fixed public columns; later columns only append', () => {
    const contract: Record<(typeof DOWNLOAD_FILES)[number], string> = {
      'flows.csv': 'origin_iso3,destination_iso3,year,share_pct,migrants,source_id,locator',
      'statistics.csv': 'country_iso3,indicator,value,unit,year,source_id,locator',
      'memberships.csv': 'org_id,org_name,country_iso3,status,since,until,source_id,locator',
      'ratifications.csv': 'country_iso3,instrument_id,instrument_name,status,date,source_id,locator,disputed',
      'agreements.csv': 'agreement_id,parties,title,signed,type,provisions,source_id,locator',
      'sources.csv': 'source_id,kind,citation,year,url,seed_file',
    };
    for (const [file, header] of Object.entries(contract)) expect(files[file as keyof typeof files].split('\n')[0]!.startsWith(header + ','), file).toBe(true);
  });

  it('keeps qualifiers, so "more than 2 million" never becomes a bare 2000000', () => {
    const stats = csvParse(files['statistics.csv']);
    const iom = stats.find((r) => r.country_iso3 === 'UZB' && r.indicator === 'labour_migrants_abroad' && r.value === '2000000')!;
    expect(iom.qualifier).toBe('more_than');
    expect(iom.year).toBe('');
  });

  it('quotes cells with commas and quotes so every row parses back to the same values', () => {
    const agreements = csvParse(files['agreements.csv']);
    const row = agreements.find((r) => r.agreement_id === 'asadov-t4-uzb-rus-2017')!;
    expect(row.provisions).toBe('Simplified legal migration, social protection rights');
    expect(row.parties).toBe('UZB;RUS');
    const sources = csvParse(files['sources.csv']);
    expect(sources.find((r) => r.source_id === 'isrs-rcm-2025')!.citation).toContain('"Labour Migration Program – Central Asia"');
  });

  it('names the organisation and the instrument beside their ids', () => {
    const m = csvParse(files['memberships.csv']).find((r) => r.org_id === 'cis' && r.country_iso3 === 'UZB')!;
    expect(m.org_name).toBe('Commonwealth of Independent States');
    const r = csvParse(files['ratifications.csv']).find((x) => x.country_iso3 === 'KGZ' && x.instrument_id === 'ilo-c097')!;
    expect([r.instrument_name, r.status, r.date, r.disputed]).toEqual(['Migration for Employment Convention (Revised), 1949 (No. 97)', 'party', '2008-09-10', 'false']);
  });
});
