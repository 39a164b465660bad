/**
 * Contract tests on the real data/: facts the app shows that are worth pinning, so a change to data/ that
 * alters one is a decision, not an accident. The loader and the queries are tested on the synthetic fixture
 * (tests/fixtures/data) in tests/unit/; a correction to a fact here should only ever touch this file.
 */
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { loadAll } from '../../src/lib/data/load.ts';
import { buildDownloads, type DownloadFile } from '../../src/lib/data/downloads.ts';
import { FILES } from '../../src/lib/data/schema.ts';
import { createModel, flowsFrom, profile, sourceSummary } from '../../src/lib/queries/index.ts';
import { figure, figuresOf } from '../../src/lib/queries/figures.ts';
import { countFor, flowViews, originSummaries, shownFlows, totalForCounts } from '../../src/lib/queries/flows.ts';
import { corridor, findCorridor } from '../../src/lib/queries/corridors.ts';
import { instrumentStandings, orgStandings } from '../../src/lib/queries/standings.ts';
import { totalMarks } from '../../src/lib/flows/map-flows.ts';
import { THEMES, originColor } from '../../src/lib/theme/index.ts';
import { readReal } from '../unit/helpers.ts';

const { dataset: data, story } = loadAll(readReal);
const model = createModel(data);
const names = (s: ReturnType<typeof instrumentStandings>, key: string) => s!.groups.find((g) => g.key === key)?.countries.map((c) => c.name) ?? [];

describe('the real data/', () => {
  it('loads without a single problem, story included', () => {
    expect(data.countries.length).toBeGreaterThanOrEqual(17);
    expect(data.flows.length).toBeGreaterThanOrEqual(7);
    expect(story.steps.length).toBeGreaterThanOrEqual(6);
  });

  it('has exactly one depositary record for every country and instrument (but those kept for their migrants alone)', () => {
    const authoritative = new Set(data.sources.filter((s) => s.kind === 'depositary' || s.kind === 'official').map((s) => s.source_id));
    for (const c of data.countries.filter((c) => c.role !== 'flows_only'))
      for (const i of data.instruments)
        expect(
          data.ratifications.filter((r) => r.country_iso3 === c.iso3 && r.instrument_id === i.instrument_id && authoritative.has(r.source_id)),
          `${c.iso3} ${i.instrument_id}`,
        ).toHaveLength(1);
  });

  it('has a story covering the organisations, the 1951 Convention and a dispute', () => {
    expect(story.steps.some((s) => s.view.org)).toBe(true);
    expect(story.steps.some((s) => s.view.instrument === 'refugee-1951')).toBe(true);
    expect(story.steps.some((s) => /disput|disagree/i.test(s.caption + s.title))).toBe(true);
  });

  it('offers every row, column and value of data/ in its download', () => {
    const files = buildDownloads(data, story);
    const same = (a: string, b: string) => a === b || (a !== '' && b !== '' && Number(a) === Number(b));
    for (const { file } of Object.values(FILES)) {
      const raw = csvParse(readReal(file)!);
      const down = csvParse(files[file as DownloadFile]);
      for (const column of raw.columns) expect(down.columns, `${file} column ${column}`).toContain(column);
      expect(down, file).toHaveLength(raw.length);
      raw.forEach((r, i) => {
        for (const column of raw.columns)
          expect(same(r[column]!.trim(), down[i]![column]!), `${file} row ${i + 2} ${column}: ${down[i]![column]}`).toBe(true);
      });
    }
    expect(JSON.parse(files['story.json'])).toEqual(JSON.parse(readReal('story.json')!));
  });
});

describe('Uzbekistan’s flows and totals', () => {
  it('are the destination shares Kamilov 2025 gives, largest first', () => {
    const flows = flowsFrom(model, 'UZB').filter((f) => f.basis === 'labour_migrants');
    expect(flows.map((f) => [f.destination_iso3, f.share_pct])).toEqual([
      ['RUS', 70.2],
      ['KAZ', 13.4],
      ['KGZ', 8.7],
      ['TUR', 3.8],
      ['AFG', 1.1],
      ['KOR', 0.6],
      ['ARE', 0.4],
    ]);
    expect(new Set(flows.map((f) => f.source.short))).toEqual(new Set(['Kamilov 2025']));
  });

  it('derive counts from Kamilov’s 486,100 departures in the first three months of 2023, never his 1.9 million at the end of 2024', () => {
    const russia = flowViews(model, 'UZB').find((f) => f.destination_iso3 === 'RUS' && f.basis === 'labour_migrants')!;
    const total = totalForCounts(model, russia)!;
    expect([total.indicator, total.value, total.year, total.period, total.source_id]).toEqual([
      'departures_for_work',
      486_100,
      2023,
      'first three months of 2023',
      'kamilov-2025',
    ]);
    expect(totalForCounts(model, { ...russia, year: 2024, period: 'end of 2024' })?.value).toBe(1_900_000);
    expect(totalForCounts(model, { ...russia, source_id: 'asadov-2024' })).toBeNull();
    const count = countFor(model, russia)!;
    expect(count.derived).toBe(true);
    expect(count.value).toBeCloseTo(0.702 * 486_100);
  });

  it('keep every published total of migrants abroad, latest first, and say they disagree', () => {
    const f = figure(model, 'UZB', 'labour_migrants_abroad')!;
    expect(f.disagree).toBe(true);
    expect(f.values.map((v) => [v.value, v.qualifier, v.year ?? null, v.source_id])).toEqual([
      [1900000, 'about', 2024, 'kamilov-2025'],
      [1500000, 'about', 2021, 'asadov-2024'],
      [2000000, 'more_than', null, 'asadov-2024'],
      [1000000, 'more_than', null, 'kamilov-2025'],
    ]);
    expect(f.range).toEqual({ min: 1000000, max: 2000000 });
  });

  it('unemployment: 6.8% in 2023 and 5.8% at the end of 2024, a series', () => {
    const f = figure(model, 'UZB', 'unemployment_rate')!;
    expect(f.values.map((v) => [v.value, v.year])).toEqual([
      [5.8, 2024],
      [6.8, 2023],
    ]);
    expect(f.disagree).toBe(false);
  });

  it('remittances: the paper’s 12% for 2022 and the World Bank’s 21% as reported disagree', () => {
    const values = figure(model, 'UZB', 'remittances_pct_gdp')!.values;
    expect(values.filter((v) => v.year === 2022).map((v) => [v.value, v.source_id])).toEqual(
      expect.arrayContaining([
        [12, 'asadov-2024'],
        [21, 'web-intellinews-2023-remittances'],
      ]),
    );
    expect(figure(model, 'UZB', 'remittances_pct_gdp')!.disagree).toBe(true);
  });
});

describe('other figures', () => {
  it('Tajikistan’s remittances: Table 1 and the text side by side, the World Bank’s widening the range', () => {
    const f = figure(model, 'TJK', 'remittances_pct_gdp')!;
    expect(f.disagree).toBe(true);
    expect(f.values.map((v) => v.locator)).toEqual(expect.arrayContaining(['Table 1, row Tajikistan', 'Methods, para. 5']));
    expect(f.range).toEqual({ min: 29, max: 51 });
    expect(f.values.slice(0, 2).map((v) => [v.value, v.year])).toEqual([
      [45.3, 2024],
      [38, 2023],
    ]);
  });

  it('Turkmenistan’s remittances are not available; Japan has no figures', () => {
    expect(figure(model, 'TKM', 'remittances_pct_gdp')!.values[0]!.qualifier).toBe('not_available');
    expect(figuresOf(model, 'JPN')).toEqual([]);
  });

  it('origins: four published labour splits, Turkmenistan a total only; in the UN’s stock all five', () => {
    const views = flowViews(model);
    const origins = originSummaries(model, shownFlows(views, 'labour_migrants', null), 'labour_migrants');
    expect(Object.fromEntries(origins.map((o) => [o.country.iso3, [o.kind, o.flows[0]?.year ?? null]]))).toEqual({
      UZB: ['split', 2023],
      KAZ: ['split', 2025],
      KGZ: ['split', 2017],
      TJK: ['split', 2023],
      TKM: ['total', null],
    });
    const anchor = (iso3: string): [number, number] => [model.country.get(iso3)!.anchor_lng, model.country.get(iso3)!.anchor_lat];
    const marks = totalMarks(origins, anchor, (iso3) => originColor(THEMES.light, iso3));
    expect(marks.map((m) => [m.id, m.ringPx])).toEqual([['TKM', null]]); // one value: 50,000
    for (const year of [1990, 2019]) {
      const stock = originSummaries(model, shownFlows(views, 'born_in_origin', year), 'born_in_origin');
      expect(stock.map((o) => o.kind)).toEqual(['split', 'split', 'split', 'split', 'split']);
    }
  });

  it('labour splits: each sums to the total its source (or its agency) publishes for the same period; shares computed from the numbers', () => {
    const views = flowViews(model).filter((f) => f.basis === 'labour_migrants' && f.migrants !== undefined);
    const sum = (origin: string) => views.filter((f) => f.origin_iso3 === origin).reduce((a, f) => a + f.migrants!, 0);
    const total = (origin: string, indicator: string, source: string) =>
      figure(model, origin, indicator)!.values.find((v) => v.source_id === source)!.value;
    expect(sum('TJK')).toBe(total('TJK', 'departures_for_work', 'tass-2024-tjk')); // 652,014 departures in 2023
    expect(sum('KGZ')).toBe(total('KGZ', 'labour_migrants_abroad', '24kg-2017')); // about 710,000 in May 2017
    expect(sum('KAZ')).toBe(total('KAZ', 'labour_migrants_abroad', 'kazinform-2025')); // 156,700 in nine months of 2025
    const tjkRus = views.find((f) => f.origin_iso3 === 'TJK' && f.destination_iso3 === 'RUS')!;
    expect([tjkRus.migrants, tjkRus.shareComputed, +tjkRus.share_pct!.toFixed(1)]).toEqual([627_028, true, 96.2]);
    // Kazakhstan's foreign ministry counts 126,000 abroad in October 2025: another count, kept beside.
    expect(figure(model, 'KAZ', 'labour_migrants_abroad')!.values.map((v) => [v.value, v.period])).toEqual([
      [156_700, 'first nine months of 2025'],
      [126_000, 'October 2025'],
    ]);
  });
});

describe('Uzbekistan’s standing in law', () => {
  it('is not party to the 1951 Convention, which Asadov 2024 says it is (disputed); four Central Asian states are', () => {
    const claim = (id: string, source: string) =>
      data.ratifications.find((r) => r.country_iso3 === 'UZB' && r.instrument_id === id && r.source_id === source);
    expect(claim('refugee-1951', 'untc')).toMatchObject({ status: 'not_party', disputed: false });
    expect(claim('refugee-1951', 'asadov-2024')).toMatchObject({ status: 'party', disputed: true });
    expect(claim('icrmw-1990', 'untc')).toMatchObject({ status: 'not_party', disputed: false });
    expect(claim('icrmw-1990', 'xolmirzayeva-2025')).toMatchObject({ status: 'party', disputed: true });
    const s = instrumentStandings(model, 'refugee-1951')!;
    for (const c of ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan']) expect(names(s, 'party')).toContain(c);
    expect(names(s, 'not_party')).toContain('Uzbekistan');
    expect(s.disputed).toEqual(new Set(['UZB']));
    expect(s.sourceIds).toEqual(['untc']);
    expect(s.unchecked.has('UZB')).toBe(true);
    expect(s.unchecked.has('KAZ')).toBe(false);
  });

  it('profile: the 1951 Convention disputed by Asadov, UNTOC agreed by Xolmirzayeva', () => {
    const p = profile(model, 'UZB')!;
    expect(p.instruments).toHaveLength(data.instruments.length);
    const refugee = p.instruments.find((i) => i.instrument.instrument_id === 'refugee-1951')!;
    expect(refugee.record).toMatchObject({ status: 'not_party', source_id: 'untc' });
    expect(refugee.disputed.map((c) => c.source_id)).toEqual(['asadov-2024']);
    const untoc = p.instruments.find((i) => i.instrument.instrument_id === 'untoc-2000')!;
    expect(untoc.disputed).toEqual([]);
    expect(untoc.agreeing.map((c) => c.source_id)).toEqual(['xolmirzayeva-2025']);
  });

  it('dates: Kazakhstan acceded to the 1951 Convention in 1999; UNTOC signatories in 2001; Turkey and Tajikistan on the 1990 Convention', () => {
    expect(instrumentStandings(model, 'refugee-1951', 1998)!.byCountry.get('KAZ')).toBe('not_party');
    expect(instrumentStandings(model, 'refugee-1951', 1999)!.byCountry.get('KAZ')).toBe('party');
    const s2001 = instrumentStandings(model, 'untoc-2000', 2001)!;
    for (const iso3 of ['RUS', 'UZB']) expect(s2001.byCountry.get(iso3)).toBe('signatory');
    expect(instrumentStandings(model, 'untoc-2000', 2003)!.byCountry.get('UZB')).toBe('party');
    expect(instrumentStandings(model, 'untoc-2000', 2004)!.byCountry.get('RUS')).toBe('party');
    expect(instrumentStandings(model, 'icrmw-1990', 1998)!.byCountry.get('TUR')).toBe('not_party');
    expect(instrumentStandings(model, 'icrmw-1990', 2001)!.byCountry.get('TUR')).toBe('signatory');
    expect(instrumentStandings(model, 'icrmw-1990', 2001)!.byCountry.get('TJK')).toBe('signatory');
    expect(instrumentStandings(model, 'ilo-c189', 1995)!.notYet?.event).toBe('adopted');
  });

  it('the Global Compact vote: Kyrgyzstan absent, Poland against, Uzbekistan for; adopted 10 December 2018', () => {
    const s = instrumentStandings(model, 'gcm-2018')!;
    expect(s.byCountry.get('KGZ')).toBe('absent');
    expect(s.byCountry.get('POL')).toBe('voted_no');
    expect(s.byCountry.get('UZB')).toBe('voted_yes');
    expect(instrumentStandings(model, 'gcm-2018', 2017)!.notYet).toEqual({ event: 'adopted', date: '2018-12-10' });
  });
});

describe('organisations', () => {
  it('EAEU: five members, Uzbekistan an observer (also stated by Kamilov), founded 2015-01-01', () => {
    const s = orgStandings(model, 'eaeu')!;
    expect(names(s, 'member')).toEqual(['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia']);
    expect(s.byCountry.get('UZB')).toBe('observer');
    expect(s.byCountry.get('TKM')).toBe('none');
    expect(orgStandings(model, 'eaeu', 2014)!.notYet).toEqual({ event: 'founded', date: '2015-01-01' });
    const eaeu = profile(model, 'UZB')!.organisations.find((o) => o.organisation.org_id === 'eaeu')!;
    expect(eaeu.current?.alsoStatedBy.map((r) => r.source_id)).toEqual(['kamilov-2025']);
  });

  it('CSTO: Uzbekistan a founder, out 1999–2006, back, out again from 2012', () => {
    const csto = profile(model, 'UZB')!.organisations.find((o) => o.organisation.org_id === 'csto')!;
    expect(csto.current?.status).toBe('former');
    expect(csto.history.map((h) => [h.status, h.since, h.until])).toEqual([
      ['member', '1992-05-15', '1999'],
      ['former', '1999', '2006-08-16'],
      ['member', '2006-08-16', '2012-12-19'],
    ]);
    expect(orgStandings(model, 'csto', 2002)!.byCountry.get('UZB')).toBe('former');
    expect(orgStandings(model, 'csto', 2010)!.byCountry.get('UZB')).toBe('member');
  });

  it('IOM: Afghanistan a member with no recorded start date, Uzbekistan admitted in 2018', () => {
    expect(orgStandings(model, 'iom')!.byCountry.get('AFG')).toBe('member');
    expect(orgStandings(model, 'iom', 1995)!.byCountry.get('AFG')).toBe('unknown');
    expect(orgStandings(model, 'iom', 1995)!.byCountry.get('UZB')).toBe('none');
  });

  it('frameworks: the CIS labour-migration agreement binds Uzbekistan; the EAEU treaty binds Kazakhstan, not Uzbekistan (an observer); none binds Turkmenistan (a CIS associate)', () => {
    const p = profile(model, 'UZB')!;
    expect(p.agreements.map((a) => a.agreement_id)).toContain('uzb-eec-memorandum-2021');
    expect(p.frameworks.map((a) => a.agreement_id)).toContain('cis-labour-migration-1994');
    expect(p.frameworks.map((a) => a.agreement_id)).not.toContain('eaeu-treaty-labour-migration');
    expect(profile(model, 'KAZ')!.frameworks.map((a) => a.agreement_id)).toContain('eaeu-treaty-labour-migration');
    expect(profile(model, 'TKM')!.frameworks).toEqual([]);
  });
});

describe('corridors and sources', () => {
  it('Uzbekistan–Russia: the 2017 agreement (Asadov’s Table 4) and the CIS; Tajikistan–Russia linked by an agreement alone', () => {
    const c = corridor(model, 'UZB', 'RUS')!;
    expect(c.agreements.map((a) => a.agreement_id)).toContain('uzb-rus-organised-recruitment');
    expect(c.memberships.map((row) => row.organisation.short_name)).toContain('CIS');
    expect(findCorridor(model, 'TJK-RUS')).toEqual(['TJK', 'RUS']);
    const kaz = corridor(model, 'UZB', 'KAZ')!;
    expect(kaz.frameworks.map((a) => a.agreement_id)).toContain('cis-labour-migration-1994');
    expect(kaz.frameworks.map((a) => a.agreement_id)).not.toContain('eaeu-treaty-labour-migration');
    const eaeu = kaz.memberships.find((row) => row.organisation.org_id === 'eaeu')!;
    expect([eaeu.a.status, eaeu.b.status]).toEqual(['observer', 'member']);
  });

  it('the source line names the seed papers and the depositaries', () => {
    expect(sourceSummary(model).named).toEqual(expect.arrayContaining(['Asadov 2024', 'Kamilov 2025', 'UN Treaty Collection', 'ILO NORMLEX']));
  });
});

describe('records checked against the record itself (issue 16)', () => {
  const kind = new Map(data.sources.map((s) => [s.source_id, s.kind]));
  const records = [...data.ratifications, ...data.memberships].filter((r) => r.checked !== undefined);

  it('checks a record only on a depositary or an official publication, and says why not otherwise', () => {
    for (const r of records) {
      if (r.checked) expect(['depositary', 'official'], `line ${r.line}`).toContain(kind.get(r.source_id));
      else expect(r.unchecked_reason, `line ${r.line}`).toBeDefined();
    }
    // No status rests on an encyclopedia, a mirror or news as if it were checked.
    expect(records.filter((r) => r.checked && !['depositary', 'official'].includes(kind.get(r.source_id)!))).toEqual([]);
  });

  it("colours the compact's vote for every country the map draws, the five against as the UN names them", () => {
    const votes = instrumentStandings(model, 'gcm-2018')!.byCountry;
    for (const c of data.countries.filter((c) => c.on_map)) expect(votes.get(c.iso3), c.iso3).toBeDefined();
    const against = [...votes].filter(([, s]) => s === 'voted_no').map(([iso3]) => iso3);
    // GA/12113: "5 against (Czech Republic, Hungary, Israel, Poland, United States)"; Hungary is not in the dataset.
    expect(against.sort()).toEqual(['CZE', 'ISR', 'POL', 'USA']);
    for (const r of data.ratifications.filter((r) => r.instrument_id === 'gcm-2018' && r.status === 'voted_no')) {
      expect(r.source_id).toBe('un-press-ga12113');
      expect(r.checked).toBe(true);
    }
  });

  it('keeps one row for the Uzbekistan–Kazakhstan agreement of 15 April 2019, confirmed by the Kazakh ministry', () => {
    const both = data.agreements.filter((a) => a.parties.includes('UZB') && a.parties.includes('KAZ') && a.type === 'bilateral_agreement');
    expect(both.map((a) => a.agreement_id)).toEqual(['kaz-uzb-employment-protection']);
    expect([both[0]!.signed, both[0]!.corroboration, kind.get(both[0]!.source_id)]).toEqual(['2019-04-15', 'confirmed', 'official']);
  });

  it('marks the agreements of a table its paper calls illustrative as reported unless another source confirms them', () => {
    for (const a of data.agreements.filter((a) => a.source_id === 'asadov-2024')) expect(a.corroboration, a.agreement_id).toBe('reported');
  });
});
