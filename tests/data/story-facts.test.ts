/**
 * The presenter story's captions are read aloud on projectors, so every fact in them is checked here against
 * the dataset the map shows: change a caption or the data, and this says whether they still agree.
 */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/data/story.ts';
import { createModel } from '../../src/lib/queries/index.ts';
import { figure } from '../../src/lib/queries/figures.ts';
import { flowViews } from '../../src/lib/queries/flows.ts';
import { instrumentStandings, orgStandings } from '../../src/lib/queries/standings.ts';
import { readReal, realDataset } from '../unit/helpers.ts';

const data = realDataset();
const model = createModel(data);
const story = loadStory(readReal('story.json')!, data);
const caption = (n: number) => story.steps[n - 1]!.caption;
const name = (iso3: string) => model.country.get(iso3)!.name;
const centralAsia = data.countries.filter((c) => c.role === 'central_asia').map((c) => c.iso3);
const fmt = (n: number) => n.toLocaleString('en-GB');
const statusOf = (instrument: string, iso3: string) => instrumentStandings(model, instrument)!.byCountry.get(iso3);

describe('the story’s captions agree with the data', () => {
  it('1: every share of Uzbekistan’s migrants it names, with the period', () => {
    const flows = flowViews(model, 'UZB').filter((f) => f.basis === 'labour_migrants');
    expect(caption(1)).toContain(flows[0]!.period!);
    for (const f of flows)
      expect(caption(1)).toMatch(new RegExp(`${f.share_pct}%[^;,]*? ${f.destination.name}|${f.destination.name} (took )?${f.share_pct}%`));
  });

  it('2: Tajikistan’s and Kyrgyzstan’s labour splits, each number and the share computed from them', () => {
    const split = (origin: string) => flowViews(model, origin).filter((f) => f.basis === 'labour_migrants');
    const tjk = split('TJK');
    const total = tjk.reduce((a, f) => a + f.migrants!, 0);
    expect(total).toBe(figure(model, 'TJK', 'departures_for_work')!.values[0]!.value);
    expect(caption(2)).toContain(`${fmt(total)} departures for work abroad in 2023`);
    const russia = tjk.find((f) => f.destination_iso3 === 'RUS')!;
    expect(caption(2)).toContain(`${fmt(russia.migrants!)} to Russia (${Math.round(russia.share_pct!)}%)`);
    expect(caption(2)).toContain(`${fmt(tjk.find((f) => f.destination_iso3 === 'KAZ')!.migrants!)} to Kazakhstan`);
    const kgz = Object.fromEntries(split('KGZ').map((f) => [f.destination_iso3, f.migrants]));
    expect(kgz).toMatchObject({ RUS: 616_000, KAZ: 30_000, TUR: 30_000, KOR: 14_000 });
    expect(caption(2)).toContain('616,000 in Russia, 30,000 each in Kazakhstan and Turkey and 14,000 in South Korea');
    expect(split('KGZ')[0]!.period).toBe('May 2017');
    expect(caption(2)).toContain('In May 2017');
    expect(figure(model, 'KGZ', 'labour_migrants_abroad')!.values.some((v) => v.value === 710_000 && v.qualifier === 'about')).toBe(true);
  });

  it('3: the published totals of Uzbeks abroad, each with its year or none', () => {
    const values = figure(model, 'UZB', 'labour_migrants_abroad')!.values.map((v) => [v.value, v.qualifier, v.year ?? null]);
    expect(values).toEqual(
      expect.arrayContaining([
        [1_500_000, 'about', 2021],
        [1_900_000, 'about', 2024],
        [1_000_000, 'more_than', null],
        [2_000_000, 'more_than', null],
      ]),
    );
    expect(values).toHaveLength(4);
    for (const phrase of ['about 1.5 million in 2021', 'about 1.9 million at the end of 2024', '“more than 1 million”', '“more than 2 million”'])
      expect(caption(3)).toContain(phrase);
  });

  it('4: Table 1 and one passage of the text give the two countries’ remittances the other way round', () => {
    const at = (iso3: string, locator: string) => figure(model, iso3, 'remittances_pct_gdp')!.values.find((v) => v.locator === locator)!.value;
    expect([at('KGZ', 'Table 1, row Kyrgyzstan'), at('TJK', 'Table 1, row Tajikistan')]).toEqual([30, 29]);
    expect([at('KGZ', 'Methods, para. 5'), at('TJK', 'Methods, para. 5')]).toEqual([29, 30]);
    expect(caption(4)).toContain('30% of GDP for Kyrgyzstan and 29% for Tajikistan in 2022');
    expect(caption(4)).toContain('one passage');
    // ...and the World Bank's own 2022 shares, as reported, beside them.
    const wb = (iso3: string) =>
      figure(model, iso3, 'remittances_pct_gdp')!.values.find((v) => v.source_id === 'web-intellinews-2023-remittances' && v.year === 2022)!.value;
    expect([wb('KGZ'), wb('TJK')]).toEqual([31, 51]);
    expect(caption(4)).toContain('31% for Kyrgyzstan and 51% for Tajikistan');
  });

  it('5 and 6: the UN’s stock in 1990 and 2019, each number as the table gives it', () => {
    const stock = (origin: string, destination: string, year: number) =>
      flowViews(model, origin).find((f) => f.basis === 'born_in_origin' && f.destination_iso3 === destination && f.year === year)!.migrants!;
    const abroad = (origin: string, year: number) => figure(model, origin, 'born_in_origin_abroad')!.values.find((v) => v.year === year)!.value!;
    const millions = (n: number) => `${(n / 1e6).toFixed(2).replace(/0$/, '')} million`;
    expect(story.steps[4]!.view).toEqual({ basis: 'born_in_origin', year: 1990 });
    expect(story.steps[5]!.view).toEqual({ basis: 'born_in_origin', year: 2019 });
    expect(caption(5)).toContain(
      `${millions(abroad('KAZ', 1990))} people born in Kazakhstan living abroad, ${millions(stock('KAZ', 'RUS', 1990))} of them in Russia`,
    );
    expect(caption(5)).toContain(
      `${millions(abroad('UZB', 1990))} born in Uzbekistan, ${fmt(Math.round(stock('UZB', 'RUS', 1990) / 1000) * 1000)} of them in Russia`,
    );
    expect(caption(5)).toContain(`${fmt(stock('KAZ', 'DEU', 1990))} people born in Kazakhstan lived in Germany`);
    expect(caption(6)).toContain(
      `${millions(abroad('KAZ', 2019))} people born in Kazakhstan living abroad: ${millions(stock('KAZ', 'RUS', 2019))} in Russia and ${fmt(stock('KAZ', 'DEU', 2019))} in Germany`,
    );
    expect(caption(6)).toContain(`${millions(abroad('UZB', 2019))}, ${millions(stock('UZB', 'RUS', 2019))} of them in Russia`);
    expect(caption(6)).toContain(`from ${fmt(stock('UZB', 'KAZ', 1990))} in 1990 to ${fmt(stock('UZB', 'KAZ', 2019))}`);
    expect(caption(5)).toContain('not labour migrants');
  });

  it('7: the EAEU’s members, and Uzbekistan an observer since 11 December 2020', () => {
    const eaeu = orgStandings(model, 'eaeu')!;
    expect(eaeu.groups.find((g) => g.key === 'member')!.countries.map((c) => c.name)).toEqual([
      'Armenia',
      'Belarus',
      'Kazakhstan',
      'Kyrgyzstan',
      'Russia',
    ]);
    expect(eaeu.byCountry.get('UZB')).toBe('observer');
    expect(data.memberships.find((r) => r.org_id === 'eaeu' && r.country_iso3 === 'UZB' && r.since)!.since).toBe('2020-12-11');
    expect(caption(7)).toContain('observer since 11 December 2020');
  });

  it('8: seven participating states of the Almaty Process since 2013, Iran and Pakistan observers, Uzbekistan neither', () => {
    const ap = orgStandings(model, 'almaty-process')!;
    expect(ap.groups.find((g) => g.key === 'member')!.countries).toHaveLength(7);
    expect(ap.groups.find((g) => g.key === 'observer')!.countries.map((c) => c.name)).toEqual(['Iran', 'Pakistan']);
    expect(ap.byCountry.get('UZB')).toBe('none');
    expect(orgStandings(model, 'almaty-process', 2013)!.groups.find((g) => g.key === 'member')!.countries).toHaveLength(7);
    expect(caption(8)).toMatch(/^Seven states take part .* launched in 2013; Iran and Pakistan are observers\. Uzbekistan is neither\.$/);
  });

  it('9: the Central Asian parties to the 1951 Convention, and the disputed claim about Uzbekistan', () => {
    const parties = centralAsia.filter((c) => statusOf('refugee-1951', c) === 'party').map(name);
    expect(caption(9)).toContain(`${parties.slice(0, -1).join(', ')} and ${parties.at(-1)} are parties`);
    expect(statusOf('refugee-1951', 'UZB')).toBe('not_party');
    expect(instrumentStandings(model, 'refugee-1951')!.disputed.has('UZB')).toBe(true);
  });

  it('10: the 1990 Convention’s Central Asian parties, and among the other destinations only Turkey', () => {
    expect(centralAsia.filter((c) => statusOf('icrmw-1990', c) === 'party').map(name)).toEqual(['Kyrgyzstan', 'Tajikistan']);
    const otherDestinations = flowViews(model, 'UZB')
      .filter((f) => f.basis === 'labour_migrants')
      .map((f) => f.destination_iso3)
      .filter((d) => !centralAsia.includes(d));
    expect(otherDestinations.filter((d) => statusOf('icrmw-1990', d) === 'party')).toEqual(['TUR']);
    expect(caption(10)).toContain('of the other destinations of Uzbek migrants, only Turkey is');
    expect(instrumentStandings(model, 'icrmw-1990')!.disputed.has('UZB')).toBe(true);
  });

  it('11: the caption names every vote against and every absence the map colours, each in the clause of its recorded vote', () => {
    const votes = instrumentStandings(model, 'gcm-2018')!.byCountry;
    const against = [...votes].filter(([, s]) => s === 'voted_no').map(([iso3]) => iso3);
    expect(against.length).toBeGreaterThan(0);
    // "Of the votes recorded here, … voted against; … did not vote."
    const clauses = caption(11).split(/[;.]/);
    const clause = (words: string) => clauses.filter((c) => c.includes(words)).at(-1)!; // after the totals
    const named = (text: string) =>
      data.countries.filter((c) => text.includes(c.name === 'United States of America' ? 'United States' : c.name)).map((c) => c.iso3);
    expect(named(clause('voted against')).sort()).toEqual(against.sort());
    const absent = [...votes].filter(([, s]) => s === 'absent').map(([iso3]) => iso3);
    expect(named(clause('did not vote')).sort()).toEqual(absent.sort());
    // Off the map, and said so.
    expect(against.some((c) => !model.country.get(c)!.on_map)).toBe(clause('voted against').includes('off the map'));
  });

  it('12: the treaties table of the five, each country’s count of the 11 treaties it is party to, and the ILO conventions none is', () => {
    expect(story.steps[11]!.view).toEqual({ view: 'table', table: 'instruments', kind: 'central_asia' });
    // The treaties: every instrument but the Global Compact (a resolution's vote, not a treaty).
    const treaties = data.instruments.filter((i) => i.instrument_id !== 'gcm-2018').map((i) => i.instrument_id);
    expect(caption(12)).toContain(`Of the ${treaties.length} treaties recorded here`);
    const count = (iso3: string) => treaties.filter((t) => statusOf(t, iso3) === 'party').length;
    expect(Object.fromEntries(centralAsia.map((c) => [c, count(c)]))).toEqual({ TJK: 8, KGZ: 7, KAZ: 5, TKM: 5, UZB: 2 });
    expect(caption(12)).toContain('Tajikistan is party to 8, Kyrgyzstan to 7, Kazakhstan and Turkmenistan to 5 each, and Uzbekistan to 2');
    expect(treaties.filter((t) => statusOf(t, 'UZB') === 'party')).toEqual(['untoc-2000', 'untoc-trafficking-2000']);
    const none = treaties.filter((t) => centralAsia.every((c) => statusOf(t, c) !== 'party'));
    expect(none.sort()).toEqual(['ilo-c117', 'ilo-c181', 'ilo-c189']);
    expect(caption(12)).toContain('ILO Conventions 117, 181 or 189');
  });

  it('13: the Uzbekistan–Kazakhstan agreement and the 2026 action plan, with the inferred year said', () => {
    const both = data.agreements.filter((a) => a.parties.includes('UZB') && a.parties.includes('KAZ')).map((a) => a.agreement_id);
    expect(both).toEqual(expect.arrayContaining(['kaz-uzb-employment-protection', 'kaz-uzb-action-plan-2026']));
    expect(caption(13)).toContain('inferred');
  });
});
