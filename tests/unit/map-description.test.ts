import { describe, expect, it } from 'vitest';
import { mapDescription } from '../../src/app/map-description.ts';
import { en } from '../../src/lib/i18n/en.ts';

const flows = { kind: 'flows' as const, what: 'Labour migrants from Central Asia', year: null, origin: null };

describe('the map’s description (a polite live region)', () => {
  it('says what the flows show, their year and origin, then the headline', () => {
    expect(mapDescription({ shows: flows, country: null, corridor: null, headline: 'Most go to Russia' }, en)).toBe(
      'The map shows labour migrants from Central Asia, each origin’s latest figures. Most go to Russia.',
    );
    expect(
      mapDescription(
        {
          shows: { ...flows, what: 'People born in Central Asia, living abroad', year: 2005, origin: 'Tajikistan' },
          country: null,
          corridor: null,
          headline: '',
        },
        en,
      ),
    ).toBe('The map shows people born in Central Asia, living abroad, in 2005, from Tajikistan only.');
  });

  it('follows the selection: a country, or a corridor (which wins)', () => {
    expect(mapDescription({ shows: flows, country: 'Uzbekistan', corridor: null, headline: 'Seven in ten go to Russia.' }, en)).toBe(
      'The map shows labour migrants from Central Asia, each origin’s latest figures. Uzbekistan is selected; its panel is open. Seven in ten go to Russia.',
    );
    expect(mapDescription({ shows: flows, country: 'Uzbekistan', corridor: ['Uzbekistan', 'Russia'], headline: '' }, en)).toContain(
      'The corridor between Uzbekistan and Russia is selected; its panel is open.',
    );
  });

  it('says which status map, and for which year', () => {
    const refugee = { kind: 'instrument' as const, what: 'Convention relating to the Status of Refugees', year: null };
    expect(mapDescription({ shows: refugee, country: null, corridor: null, headline: '' }, en)).toBe(
      'The map shows where each country stands on the Convention relating to the Status of Refugees, today.',
    );
    expect(
      mapDescription({ shows: { kind: 'org', what: 'Eurasian Economic Union', year: 1995 }, country: null, corridor: null, headline: '' }, en),
    ).toBe('The map shows which countries belong to the Eurasian Economic Union, at the end of 1995.');
  });
});
