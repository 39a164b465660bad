/** Every view's headline, written from the data it shows (on the fixture dataset). */
import { describe, expect, it } from 'vitest';
import { flowViews, originSummaries, shownFlows, type Basis } from '../../src/lib/queries/flows.ts';
import { createModel, profile } from '../../src/lib/queries/index.ts';
import { instrumentStandings, orgStandings } from '../../src/lib/queries/standings.ts';
import { headline, type HeadlineInput } from '../../src/app/headline.ts';
import { i18n } from '../../src/lib/i18n/index.ts';
import { fixtureModel, realDataset } from './helpers.ts';

const model = fixtureModel();
const t = i18n('en');
const views = flowViews(model);
const base = (basis: Basis = 'labour_migrants', year: number | null = null, origin: string | null = null): HeadlineInput => {
  const every = originSummaries(model, shownFlows(views, basis, year), basis);
  return {
    stepTitle: null,
    standings: null,
    year,
    selected: null,
    corridor: null,
    basis,
    origins: origin ? every.filter((o) => o.country.iso3 === origin) : every,
  };
};
const say = (v: Partial<HeadlineInput>, from = base()) => headline(model, { ...from, ...v }, t);

describe('the headline of the flows', () => {
  it('says what the origins with a published split have in common, counted', () => {
    // Uzbekistan (61.5% to Russia, 2023) and Kazakhstan (80%, 2025): both go to Russia first.
    expect(say({})).toBe('More labour migrants from each of the two Central Asian states with published figures go to Russia than anywhere else');
  });

  it('of one origin: its largest destination, as a reader says a share', () => {
    expect(say({}, base('labour_migrants', 2023, 'UZB'))).toBe('Six in ten of Uzbekistan’s labour migrants go to Russia');
    expect(say({}, base('labour_migrants', null, 'KAZ'))).toBe('Eight in ten of Kazakhstan’s labour migrants go to Russia');
  });

  it('on the UN’s stock names the year, and never counts “elsewhere” as a destination', () => {
    // 1,100,000 of the 1,520,000 born in Uzbekistan abroad in 2019 (fixture statistics): 72%.
    expect(say({}, base('born_in_origin', 2019, 'UZB'))).toBe('Seven in ten of the people born in Uzbekistan who live abroad live in Russia (2019)');
  });

  it('of a destination: the origins it comes first for, else its largest share', () => {
    expect(say({ selected: profile(model, 'RUS') })).toBe('More labour migrants from Uzbekistan and Kazakhstan go to Russia than anywhere else');
    expect(say({ selected: profile(model, 'TUR') }, base('labour_migrants', 2023))).toBe('One in ten of Uzbekistan’s labour migrants go to Turkey');
  });

  it('of a corridor: its share; of a pair without one, the pair', () => {
    expect(say({ corridor: ['UZB', 'KAZ'] }, base('labour_migrants', 2023))).toBe('Two in ten of Uzbekistan’s labour migrants go to Kazakhstan');
    expect(say({ corridor: ['KGZ', 'TUR'] })).toBe('Kyrgyzstan and Turkey');
  });

  it('of a country with no flows here: how it stands toward the treaties tracked', () => {
    expect(say({ selected: profile(model, 'TKM') })).toMatch(/^Turkmenistan is party to \d+ of the \d+ treaties and conventions tracked here$/);
  });

  it('in presenter mode is the step’s own title', () => {
    expect(say({ stepTitle: 'A step' })).toBe('A step');
  });
});

describe('the headline of a status map', () => {
  it('counts the five by the depositary’s record, not a paper’s disputed claim', () => {
    // Treaty A: Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan are party; a paper's claim for Uzbekistan is disputed.
    expect(say({ standings: instrumentStandings(model, 'treaty-a') })).toBe('Four of the five Central Asian states are party to the Treaty A');
  });

  it('as of a year, and before the instrument existed', () => {
    expect(say({ standings: instrumentStandings(model, 'treaty-a', 1995), year: 1995 })).toBe(
      'In 1995, one of the five Central Asian states is party to the Treaty A',
    );
    expect(say({ standings: instrumentStandings(model, 'treaty-b', 1990), year: 1990 })).toBe('The Treaty B had not yet been adopted in 1990');
  });

  it('a vote counts the yes votes; an organisation its members', () => {
    expect(say({ standings: instrumentStandings(model, 'compact-d') })).toMatch(/ Central Asian states? voted for the Compact D$/);
    expect(say({ standings: orgStandings(model, 'union-a') })).toMatch(/Central Asian states (is a member|are members) of the Union A$/);
  });

  it('an organisation of participating states counts its participants, not its (absent) members', () => {
    const real = createModel(realDataset());
    const osce = orgStandings(real, 'osce')!;
    expect(headline(real, { ...base(), standings: osce }, t)).toBe('All five Central Asian states take part in the OSCE');
  });
});

describe('the English words of a share', () => {
  const part = t.m.headline.part;
  it('rounds to tenths, says half and nearly all, and gives small shares as numbers', () => {
    expect([part(70.2), part(63.9), part(50), part(96), part(3.8), part(5)]).toEqual([
      'seven in ten',
      'six in ten',
      'about half',
      'nearly all',
      '3.8%',
      'one in ten',
    ]);
  });
});
