/** The legend models, and the slide's legends made from them (on the fixture dataset). */
import { describe, expect, it } from 'vitest';
import { flowViews, flowYears, originSummaries, shownFlows, type Basis, type Measure } from '../../src/lib/queries/flows.ts';
import { instrumentStandings, orgStandings } from '../../src/lib/queries/standings.ts';
import { flowsLegendModel, standingsLegendModel, standingsWhen } from '../../src/app/legend.ts';
import { flowsSlideLegend, slideBasisLine, slideContent, slideSources, standingsSlideLegend } from '../../src/app/slide.ts';
import { i18n } from '../../src/lib/i18n/index.ts';
import { THEMES, standingColor } from '../../src/lib/theme/index.ts';
import { fixtureModel } from './helpers.ts';

const model = fixtureModel();
const t = i18n('en');
const { light, contrast } = THEMES;
const views = flowViews(model);
const summaries = (basis: Basis, year: number | null) => originSummaries(model, shownFlows(views, basis, year), basis);
/** The flows legend of a basis and year (null: each origin's latest), of one origin or every one. */
const flows = (measure: Measure, year: number | null = 2023, basis: Basis = 'labour_migrants', origin: string | null = null) => {
  const every = summaries(basis, year);
  const origins = origin ? every.filter((o) => o.country.iso3 === origin) : every;
  return flowsLegendModel(origins, measure, { basis, shown: year, years: flowYears(views, basis), origin, every }, t, light);
};

describe('the flows legend model', () => {
  it('lists the year’s flows by origin, largest first, each with its value and its corridor’s accessible name', () => {
    const l = flows('share');
    expect(l.split.map((s) => s.heading)).toEqual(['Uzbekistan’s migrants by destination']);
    expect(l.split[0]!.flows.map((f) => [f.flow.destination_iso3, f.value])).toEqual([
      ['RUS', '61.5%'],
      ['KAZ', '24.5%'],
      ['TUR', '10%'],
    ]);
    expect(l.split[0]!.flows[0]!.label).toBe('Corridor Uzbekistan to Russia: 61.5%');
    expect(l.split[0]!.color).toBe(light.origins.byCountry.UZB);
    expect(l.flowCount).toBe(3);
  });

  it('samples the width scale up to the largest value on screen, in the first origin’s colour', () => {
    expect(flows('share').scale.samples.map((s) => s.label)).toEqual(['1%', '10%', '25%', '50%', '75%']);
    expect(flows('share', 2022).scale.samples.map((s) => s.label)).toEqual(['1%', '10%', '25%', '50%', '75%']);
    expect(flows('count').scale.samples.map((s) => s.label)).toEqual(['10K', '50K', '100K', '250K']);
    expect(flows('count').scale.color).toBe(light.origins.byCountry.UZB);
  });

  it('by number: marks derived counts, says how they were derived, and keeps a published count as published', () => {
    const l = flows('count');
    const values = Object.fromEntries(l.split[0]!.flows.map((f) => [f.flow.destination_iso3, f.value]));
    expect(values).toEqual({ RUS: '246,000', KAZ: '98,000', TUR: '40,000' });
    expect(l.split[0]!.flows[0]!.label).toBe('Corridor Uzbekistan to Russia: 246,000 (derived)');
    expect(l.split[0]!.flows[2]!.label).toBe('Corridor Uzbekistan to Turkey: 40,000');
    expect(l.derivations).toHaveLength(1);
    expect(l.derivations[0]!.total.value).toBe(400_000);
    expect(flows('share').derivations).toEqual([]);
  });

  it('keys each origin with only a total by its lowest and highest published total, and names those with nothing', () => {
    const l = flows('share');
    expect(l.totals.map((o) => [o.origin.country.iso3, o.span])).toEqual([
      ['KGZ', 'about 900,000 – about 1.1 million'],
      ['TJK', 'about 800,000'],
    ]);
    expect(l.none.map((o) => o.country.iso3)).toEqual(['KAZ', 'TKM']);
  });

  it('for a year without flows, lists none and says so', () => {
    const l = flows('share', 2021);
    expect(l.split).toEqual([]);
    expect(l.flowCount).toBe(0);
    expect(l.year).toBe(2021);
  });
});

describe('the slide’s flows legend', () => {
  it('by share: the scale, and each total-only origin with its range (each value is written on the map)', () => {
    const l = flowsSlideLegend(flows('share'), t);
    expect(l.title).toBe('Uzbekistan’s migrants by destination');
    expect(l.subtitle).toBe('first three months of 2023 · Paper A 2024');
    expect(l.items.filter((i) => i.kind === 'line').map((i) => i.label)).toEqual(['1%', '10%', '25%', '50%', '75%']);
    expect(l.items.slice(-3)).toEqual([
      { kind: 'heading', label: 'Only a total published: migrants abroad (disc)' },
      { kind: 'row', color: light.origins.byCountry.KGZ, label: 'Kyrgyzstan', value: 'about 900,000 – about 1.1 million' },
      { kind: 'row', color: light.origins.byCountry.TJK, label: 'Tajikistan', value: 'about 800,000' },
    ]);
  });

  it('by number: says the numbers are derived and names the total they multiply', () => {
    const l = flowsSlideLegend(flows('count'), t);
    expect(l.items.slice(0, 2)).toEqual([
      { kind: 'heading', label: 'Labour migrants, as each source counts them' },
      { kind: 'heading', label: 'Line width: number of migrants (published or derived)' },
    ]);
    expect(l.items.map((i) => ('label' in i ? i.label : ''))).toContain('250,000');
    expect(l.items).toContainEqual({ kind: 'row', label: 'Derived: share × departures for work abroad', value: '400,000' });
  });

  it('of the UN’s stock: says it is by place of birth, and its one period and source once', () => {
    const l = flowsSlideLegend(flows('share', 2019, 'born_in_origin'), t);
    expect(l.items[0]).toEqual({ kind: 'heading', label: 'By place of birth: not labour migrants' });
    expect(l.subtitle).toBe('mid-2019 · Stock S 2019');
    // Two origins of one table: still said once.
    const two = flowsLegendModel(
      [...summaries('born_in_origin', 2019), { ...summaries('born_in_origin', 2019)[0]!, country: model.country.get('KAZ')! }],
      'share',
      { basis: 'born_in_origin', shown: 2019, years: [2010, 2019], origin: null, every: [] },
      t,
      light,
    );
    expect(flowsSlideLegend(two, t).subtitle).toBe('mid-2019 · Stock S 2019');
  });

  it('of another year, is that year’s', () => {
    expect(flowsSlideLegend(flows('share', 2022), t).subtitle).toBe('first three months of 2022 · Paper A 2024');
  });
});

describe('the status legends', () => {
  it('give each category its colour, name and count, and mark a dispute in the colour the map outlines it in', () => {
    const s = instrumentStandings(model, 'treaty-a')!;
    for (const theme of [light, contrast]) {
      const l = standingsLegendModel(model, s, null, t, theme);
      expect(l.groups.map((g) => [g.label, g.count])).toEqual([
        ['party', 6],
        ['not party', 2],
      ]);
      expect(l.groups[1]!.color).toBe(theme.standings.not_party);
      expect(l.disputed).toMatchObject({
        color: theme.map.disputedOutline,
        label: 'A source paper says otherwise (disputed)',
        names: ['Uzbekistan'],
      });
      expect(l.disputed!.claims.map((c) => [c.source.short, c.locator])).toEqual([['Paper B 2023', 'Uzbekistan: Fixture: introduction, para. 4']]);
      expect(l.countsNote).toBe('Counts are of the 8 countries in this dataset, not of all states.');
      expect(l.uncheckedNote).toMatch(/^1 of these 8 entries not yet checked/);
      expect(l.sources.map((c) => c.source.short)).toEqual(['Depositary D']);
      const slide = standingsSlideLegend(l, t);
      // The five in full colour, the rest lighter; counts say what they count, on screen and on the slide.
      expect(l.groups[0]!.tint).toBe(standingColor(theme, 'party', false));
      expect(l.groups.map((g) => g.countLabel)).toEqual(['6 countries', '2 countries']);
      expect(l.centralAsia).toBe('4 of the 5 Central Asian states are party');
      expect(slide.items).toEqual([
        { kind: 'heading', label: '4 of the 5 Central Asian states are party' },
        { kind: 'swatch', color: theme.standings.party, tint: l.groups[0]!.tint, label: 'party: 6 countries' },
        { kind: 'swatch', color: theme.standings.not_party, tint: l.groups[1]!.tint, label: 'not party: 2 countries' },
        { kind: 'swatch', color: theme.map.context, label: 'no record in this dataset' },
        { kind: 'swatch', color: theme.map.disputedOutline, hatched: true, label: 'A source paper says otherwise (disputed)' },
      ]);
    }
  });

  it('count the five on the map’s main status: in favour of a compact, members of an organisation', () => {
    const compact = standingsLegendModel(model, instrumentStandings(model, 'compact-d')!, null, t, light);
    expect(compact.centralAsia).toMatch(/^\d of the 5 Central Asian states voted in favour$/);
    const orgId = model.data.organisations[0]!.org_id;
    const members = [...orgStandings(model, orgId)!.byCountry].filter(
      ([iso3, k]) => k === 'member' && model.country.get(iso3)!.role === 'central_asia',
    );
    const org = standingsLegendModel(model, orgStandings(model, orgId)!, null, t, light);
    expect(org.centralAsia).toBe(
      members.length === 1 ? '1 of the 5 Central Asian states is a member' : `${members.length} of the 5 Central Asian states are members`,
    );
  });

  it('say as of when: the compact’s vote, else today or the end of the year; and nothing before adoption', () => {
    expect(standingsWhen(model, instrumentStandings(model, 'compact-d')!, null, t)).toMatch(/^UN General Assembly recorded vote, \d+ \w+ \d{4}$/);
    expect(standingsWhen(model, instrumentStandings(model, 'treaty-a')!, null, t)).toBe('Status today, from the depositary and organisation records');
    expect(standingsWhen(model, instrumentStandings(model, 'treaty-a')!, 1998, t)).toBe('Status at the end of 1998');
    const early = instrumentStandings(model, 'treaty-a', 1900)!;
    expect(standingsLegendModel(model, early, 1900, t, light).notYet).toMatch(/^Adopted on .*: there is no status to show for 1900\.$/);
  });
});

describe('the slide', () => {
  it('names the sources of what it shows: the record and the disputing paper, or the flows’ and totals’, the step’s first', () => {
    expect(slideSources(model, { standings: null, origins: summaries('labour_migrants', 2023), measure: 'share' })).toContain('Paper A 2024');
    const treaty = slideSources(model, { standings: instrumentStandings(model, 'treaty-a')!, origins: [], measure: 'share' });
    expect(treaty[0]).toBe('Depositary D');
    expect(treaty).toContain(model.source.get(model.data.ratifications.find((r) => r.instrument_id === 'treaty-a' && r.disputed)!.source_id)!.short);
    const org = slideSources(model, { standings: orgStandings(model, 'union-a')!, origins: [], measure: 'share', stepSources: ['fixture-press-c'] });
    expect(org[0]).toBe('Press C 2024');
  });

  it('takes its colours from the theme and its words from the language', () => {
    const legend = flowsSlideLegend(flows('share'), t);
    const c = slideContent(
      { legend, sources: ['Paper A 2024'], headline: legend.title, caption: null, basisLine: null, address: 'example.org/map/' },
      t,
      contrast,
    );
    expect(c.colors).toBe(contrast.slide);
    expect(c.title).toBe(legend.title);
    expect(c.subtitle).toBe(t.m.appSubtitle);
    // Without a caption, what the lines count is the subtitle.
    const line = slideBasisLine(flows('share'), t);
    const plain = slideContent({ legend, sources: [], headline: 'h', caption: null, basisLine: line, address: null }, t, light);
    expect([plain.subtitle, plain.basisLine]).toEqual([line, undefined]);
    expect(c.credit).toBe('Corridors · example.org/map/');
    expect(c.sourceLine).toBe('Sources: Paper A 2024. Boundaries: Natural Earth. Every source, with page and table, is on the map’s Sources page.');
    expect(slideContent({ legend, sources: [], headline: 'h', caption: null, basisLine: null, address: null }, t, light).credit).toBe('Corridors');
  });

  it('is titled by the headline (a step’s title), with the caption under it and what the lines count, when and whose', () => {
    const legend = flowsSlideLegend(flows('share'), t);
    const c = slideContent(
      { legend, sources: [], headline: 'Step one', caption: 'What step one says.', basisLine: slideBasisLine(flows('share'), t), address: null },
      t,
      light,
    );
    expect([c.title, c.subtitle]).toEqual(['Step one', 'What step one says.']);
    expect(c.basisLine).toBe('Uzbekistan’s labour migrants, first three months of 2023, Paper A 2024');
  });

  it('says the basis and the period on both measures; a derived count names the total it multiplies', () => {
    expect(slideBasisLine(flows('count'), t)).toMatch(/^Uzbekistan’s labour migrants, first three months of 2023, Paper A 2024; Derived: share × /);
    // The UN's origins of one year share one phrase.
    expect(slideBasisLine(flows('share', 2019, 'born_in_origin'), t)).toMatch(/^People born in .+ living abroad, mid-2019, Stock S 2019$/);
  });
});
