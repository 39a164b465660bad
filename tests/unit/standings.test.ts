import { describe, expect, it } from 'vitest';
import { instrumentStandings, orgStandings } from '../../src/lib/queries/standings.ts';
import { fixtureModel } from './helpers.ts';

const model = fixtureModel();
const names = (s: ReturnType<typeof instrumentStandings>, key: string) => s!.groups.find((g) => g.key === key)?.countries.map((c) => c.name) ?? [];

describe('instrument standings', () => {
  it('Treaty A: parties and not parties by name, in legend order, and the disputed claim', () => {
    const s = instrumentStandings(model, 'treaty-a')!;
    expect(s.groups.map((g) => g.key)).toEqual(['party', 'not_party']);
    expect(names(s, 'party')).toEqual(['Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan', 'Turkey', 'Turkmenistan']);
    expect(names(s, 'not_party')).toEqual(['United States of America', 'Uzbekistan']);
    expect(s.disputed).toEqual(new Set(['UZB']));
    expect(s.sourceIds).toEqual(['fixture-depositary-d']);
    expect(s.notYet).toBeNull();
    // Entries not yet read in a copy of the record are known, so the legend can say how many.
    expect(s.unchecked).toEqual(new Set(['UZB']));
  });

  it('as of a year: Kazakhstan was not yet party at the end of 1998 (it acceded in January 1999)', () => {
    expect(instrumentStandings(model, 'treaty-a', 1998)!.byCountry.get('KAZ')).toBe('not_party');
    expect(instrumentStandings(model, 'treaty-a', 1999)!.byCountry.get('KAZ')).toBe('party');
  });

  it('the compact’s vote, in vote categories and their order', () => {
    const s = instrumentStandings(model, 'compact-d')!;
    expect(s.byCountry.get('KGZ')).toBe('absent');
    expect(s.byCountry.get('USA')).toBe('voted_no');
    expect(s.byCountry.get('RUS')).toBe('abstained');
    expect(s.byCountry.get('UZB')).toBe('voted_yes');
    expect(s.groups.map((g) => g.key)).toEqual(['voted_yes', 'abstained', 'voted_no', 'absent']);
    expect(s.sourceIds).toEqual(['fixture-vote-record']);
    expect(s.unchecked).toEqual(new Set(['UZB', 'KAZ', 'KGZ', 'TJK', 'TKM']));
    // A vote has no "as of": any year after adoption shows the vote.
    expect(instrumentStandings(model, 'compact-d', 2020)!.byCountry.get('USA')).toBe('voted_no');
    // Before the compact was adopted there is nothing to colour, and the map says so.
    const before = instrumentStandings(model, 'compact-d', 2017)!;
    expect(before.notYet).toEqual({ event: 'adopted', date: '2018-12-10' });
    expect(before.groups).toEqual([]);
    expect(before.byCountry.size).toBe(0);
    expect(before.sourceIds).toEqual(['fixture-vote-record']);
  });

  it('as of a year: a signatory before it ratified (Treaty B, signed in December 2000), never "not party"', () => {
    const s2001 = instrumentStandings(model, 'treaty-b', 2001)!;
    for (const iso3 of ['RUS', 'UZB', 'USA']) expect(s2001.byCountry.get(iso3)).toBe('signatory');
    expect(s2001.groups.map((g) => g.key)).toEqual(['signatory', 'not_party']);
    expect(instrumentStandings(model, 'treaty-b', 2003)!.byCountry.get('UZB')).toBe('party'); // ratified 2003-12-09
    expect(instrumentStandings(model, 'treaty-b', 2003)!.byCountry.get('RUS')).toBe('signatory');
    expect(instrumentStandings(model, 'treaty-b', 2004)!.byCountry.get('RUS')).toBe('party'); // ratified 2004-05-26
    // Turkey signed Treaty A in 1951 and ratified it in 1962.
    expect(instrumentStandings(model, 'treaty-a', 1960)!.byCountry.get('TUR')).toBe('signatory');
    expect(instrumentStandings(model, 'treaty-a', 1950)!.notYet?.event).toBe('adopted');
    // An accession has no signature before it.
    expect(instrumentStandings(model, 'treaty-b', 2001)!.byCountry.get('TJK')).toBe('not_party');
    // A signatory stays one: a signature is never withdrawn.
    expect(instrumentStandings(model, 'treaty-b')!.byCountry.get('USA')).toBe('signatory');
    expect(instrumentStandings(model, 'treaty-b', 2020)!.byCountry.get('USA')).toBe('signatory');
  });

  it('as of a year before adoption: nothing, with the adoption date (Convention C, adopted 2011)', () => {
    const s = instrumentStandings(model, 'convention-c', 1995)!;
    expect(s.notYet).toEqual({ event: 'adopted', date: '2011-06-16' });
    expect(s.groups).toEqual([]);
    expect(s.disputed).toEqual(new Set(['UZB']));
    expect(instrumentStandings(model, 'convention-c', 2012)!.notYet).toBeNull();
    expect(instrumentStandings(model, 'convention-c', 2012)!.byCountry.get('KGZ')).toBe('not_party'); // ratified 2015
    expect(instrumentStandings(model, 'convention-c', 2016)!.byCountry.get('KGZ')).toBe('party');
  });

  it('unknown instruments give nothing', () => {
    expect(instrumentStandings(model, 'nope')).toBeNull();
  });
});

describe('organisation standings', () => {
  it('Union A today: members, Uzbekistan an observer, the others none', () => {
    const s = orgStandings(model, 'union-a')!;
    expect(names(s, 'member')).toEqual(['Kazakhstan', 'Kyrgyzstan', 'Russia']);
    expect(s.byCountry.get('UZB')).toBe('observer');
    expect(s.byCountry.get('TKM')).toBe('none');
    expect(s.groups.map((g) => g.key)).toEqual(['member', 'observer', 'none']);
    // The undated paper row backs no standing: only the records are cited.
    expect(s.sourceIds).toEqual(['fixture-official-o']);
    expect(s.unchecked).toEqual(new Set(['RUS']));
  });

  it('a membership through time: member, out (a former member, not a stranger), back, out again', () => {
    expect(orgStandings(model, 'security-c', 1998)!.byCountry.get('UZB')).toBe('member');
    expect(orgStandings(model, 'security-c', 2002)!.byCountry.get('UZB')).toBe('former');
    expect(orgStandings(model, 'security-c', 2005)!.byCountry.get('UZB')).toBe('former');
    expect(orgStandings(model, 'security-c', 2010)!.byCountry.get('UZB')).toBe('member');
    expect(orgStandings(model, 'security-c', 2015)!.byCountry.get('UZB')).toBe('former');
    expect(orgStandings(model, 'security-c')!.byCountry.get('UZB')).toBe('former');
    // A member that became an associate.
    expect(orgStandings(model, 'commonwealth-b', 2000)!.byCountry.get('TKM')).toBe('member');
    expect(orgStandings(model, 'commonwealth-b', 2010)!.byCountry.get('TKM')).toBe('associate');
  });

  it('as of a year, a membership with no start date is unknown, not assumed (Union A: Russia)', () => {
    expect(orgStandings(model, 'union-a')!.byCountry.get('RUS')).toBe('member');
    expect(orgStandings(model, 'union-a', 2016)!.byCountry.get('RUS')).toBe('unknown');
    expect(orgStandings(model, 'union-a', 2016)!.byCountry.get('KAZ')).toBe('member');
    expect(orgStandings(model, 'union-a', 2016)!.byCountry.get('UZB')).toBe('none'); // an observer since 2020
  });

  it('before an organisation was founded there is nothing to show, with the founding date (Union A, 2015)', () => {
    const s = orgStandings(model, 'union-a', 2014)!;
    expect(s.notYet).toEqual({ event: 'founded', date: '2015-01-01' });
    expect(s.groups).toEqual([]);
    expect(s.sourceIds).toEqual([]);
    expect(orgStandings(model, 'nope')).toBeNull();
  });
});
