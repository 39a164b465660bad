import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/lib/queries/index.ts';
import { instrumentStandings, orgStandings } from '../../src/lib/queries/standings.ts';
import { realDataset } from './helpers.ts';

const model = createModel(realDataset());
const names = (s: ReturnType<typeof instrumentStandings>, key: string) => s!.groups.find((g) => g.key === key)?.countries.map((c) => c.name) ?? [];

describe('instrument standings', () => {
  it('1951 Refugee Convention: four Central Asian parties, Uzbekistan not, and its disputed claim', () => {
    const s = instrumentStandings(model, 'refugee-1951')!;
    for (const c of ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan']) expect(names(s, 'party')).toContain(c);
    expect(names(s, 'not_party')).toContain('Uzbekistan');
    expect(s.disputed).toEqual(new Set(['UZB']));
    expect(s.sourceIds).toEqual(['untc']);
    // Entries not yet read in a copy of the record are known, so the legend can say how many.
    expect(s.unchecked.has('UZB')).toBe(true);
    expect(s.unchecked.has('KAZ')).toBe(false);
  });

  it('as of a year: Kazakhstan was not yet party at the end of 1998 (it acceded in January 1999)', () => {
    expect(instrumentStandings(model, 'refugee-1951', 1998)!.byCountry.get('KAZ')).toBe('not_party');
    expect(instrumentStandings(model, 'refugee-1951', 1999)!.byCountry.get('KAZ')).toBe('party');
  });

  it('the Global Compact vote, in vote categories', () => {
    const s = instrumentStandings(model, 'gcm-2018')!;
    expect(s.byCountry.get('KGZ')).toBe('absent');
    expect(s.byCountry.get('POL')).toBe('voted_no');
    expect(s.byCountry.get('UZB')).toBe('voted_yes');
    // Before the compact was adopted there is nothing to colour, and the map says so (not the flows map).
    const before = instrumentStandings(model, 'gcm-2018', 2017)!;
    expect(before.notYet).toEqual({ event: 'adopted', date: '2018-12-10' });
    expect(before.groups).toEqual([]);
    expect(before.byCountry.size).toBe(0);
  });

  it('as of a year: a signatory before it ratified (UNTOC, signed in December 2000), never "not party"', () => {
    const s2001 = instrumentStandings(model, 'untoc-2000', 2001)!;
    for (const iso3 of ['RUS', 'UZB']) expect(s2001.byCountry.get(iso3)).toBe('signatory');
    expect(instrumentStandings(model, 'untoc-2000', 2003)!.byCountry.get('UZB')).toBe('party'); // ratified 2003-12-09
    expect(instrumentStandings(model, 'untoc-2000', 2004)!.byCountry.get('RUS')).toBe('party');
    // Turkey signed the 1990 Convention in 1999 and ratified it in 2004; Tajikistan signed in 2000, ratified 2002.
    expect(instrumentStandings(model, 'icrmw-1990', 1998)!.byCountry.get('TUR')).toBe('not_party');
    expect(instrumentStandings(model, 'icrmw-1990', 2001)!.byCountry.get('TUR')).toBe('signatory');
    expect(instrumentStandings(model, 'icrmw-1990', 2001)!.byCountry.get('TJK')).toBe('signatory');
    // An accession has no signature before it.
    expect(instrumentStandings(model, 'refugee-1951', 1998)!.byCountry.get('KAZ')).toBe('not_party');
  });

  it('as of a year before adoption: nothing, with the adoption date (ILO C189, adopted 2011)', () => {
    const s = instrumentStandings(model, 'ilo-c189', 1995)!;
    expect(s.notYet?.event).toBe('adopted');
    expect(s.groups).toEqual([]);
    expect(instrumentStandings(model, 'ilo-c189', 2012)!.notYet).toBeNull();
  });

  it('unknown instruments give nothing', () => {
    expect(instrumentStandings(model, 'nope')).toBeNull();
  });
});

describe('organisation standings', () => {
  it('EAEU today: members, and Uzbekistan as observer', () => {
    const s = orgStandings(model, 'eaeu')!;
    expect(names(s, 'member')).toEqual(['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia']);
    expect(s.byCountry.get('UZB')).toBe('observer');
    expect(s.byCountry.get('TKM')).toBe('none');
  });

  it('CSTO through time: Uzbekistan a founder, out 1999–2006 (a former member, not a stranger), back, out again from 2012', () => {
    expect(orgStandings(model, 'csto', 1998)!.byCountry.get('UZB')).toBe('member');
    expect(orgStandings(model, 'csto', 2002)!.byCountry.get('UZB')).toBe('former');
    expect(orgStandings(model, 'csto', 2005)!.byCountry.get('UZB')).toBe('former');
    expect(orgStandings(model, 'csto', 2010)!.byCountry.get('UZB')).toBe('member');
    expect(orgStandings(model, 'csto', 2015)!.byCountry.get('UZB')).toBe('former');
  });

  it('as of a year, a membership with no start date is unknown, not assumed (IOM: Afghanistan)', () => {
    expect(orgStandings(model, 'iom')!.byCountry.get('AFG')).toBe('member');
    expect(orgStandings(model, 'iom', 1995)!.byCountry.get('AFG')).toBe('unknown');
    expect(orgStandings(model, 'iom', 1995)!.byCountry.get('UZB')).toBe('none'); // admitted 2018
  });

  it('before an organisation was founded there is nothing to show, with the founding date (EAEU, 2015)', () => {
    const s = orgStandings(model, 'eaeu', 2014)!;
    expect(s.notYet).toEqual({ event: 'founded', date: '2015-01-01' });
    expect(s.groups).toEqual([]);
    expect(s.sourceIds).toEqual([]);
  });
});
