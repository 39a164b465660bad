/** What the tooltip says about a country: its name on the flows map; status, action, source and dispute on a status map. */
import { describe, expect, it } from 'vitest';
import { instrumentStandings, orgStandings } from '../../src/lib/queries/standings.ts';
import { countryTip } from '../../src/app/country-tip.ts';
import { i18n } from '../../src/lib/i18n/index.ts';
import { fixtureModel } from './helpers.ts';

const model = fixtureModel();
const t = i18n('en');
const short = (id: string) => model.source.get(id)!.short;

describe('the country tooltip', () => {
  it('names the country on the flows map, and nothing for a code outside the dataset', () => {
    expect(countryTip(model, null, null, 'KAZ', t)).toEqual({ name: 'Kazakhstan', status: null, action: null, source: null, disputed: null });
    expect(countryTip(model, null, null, 'XXX', t)).toBeNull();
  });

  it('on an instrument’s map: the status, the action and its date, the record’s source, and a disputing paper', () => {
    const s = instrumentStandings(model, 'treaty-a')!;
    expect(countryTip(model, s, null, 'KAZ', t)).toEqual({
      name: 'Kazakhstan',
      status: 'party',
      action: 'acceded 15 Jan 1999',
      source: short('fixture-depositary-d'),
      disputed: null,
    });
    expect(countryTip(model, s, null, 'UZB', t)).toEqual({
      name: 'Uzbekistan',
      status: 'not party',
      action: null,
      source: short('fixture-depositary-d'),
      disputed: `A source paper says otherwise: ${short('fixture-paper-b')}`,
    });
    // A country of the dataset with no record for this instrument.
    expect(countryTip(model, s, null, 'DEU', t)?.status).toBe('no record in this dataset');
  });

  it('as of a year: the action that holds then (a signature before ratification), never a later one', () => {
    const tur = (year: number) => countryTip(model, instrumentStandings(model, 'treaty-a', year), year, 'TUR', t)!;
    expect([tur(1960).status, tur(1960).action]).toEqual(['signatory', 'signed 24 Aug 1951']);
    expect([tur(1970).status, tur(1970).action]).toEqual(['party', 'ratified 30 Mar 1962']);
    const kaz = countryTip(model, instrumentStandings(model, 'treaty-a', 1995), 1995, 'KAZ', t)!;
    expect([kaz.status, kaz.action]).toEqual(['not party', null]);
  });

  it('a vote is dated as the recorded vote; a membership says since when', () => {
    const vote = countryTip(model, instrumentStandings(model, 'compact-d'), null, 'KGZ', t)!;
    expect([vote.status, vote.action]).toEqual(['did not vote', 'UN General Assembly recorded vote, 19 Dec 2018']);
    const member = countryTip(model, orgStandings(model, 'union-a'), null, 'KAZ', t)!;
    expect([member.status, member.action, member.source]).toEqual(['member', 'since 1 Jan 2015', short('fixture-official-o')]);
  });
});
