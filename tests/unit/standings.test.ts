import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/lib/queries/index.ts';
import { instrumentStandings, orgStandings } from '../../src/lib/queries/standings.ts';
import { realDataset } from './helpers.ts';

const model = createModel(realDataset());
const names = (s: ReturnType<typeof instrumentStandings>, key: string) => s!.groups.find((g) => g.key === key)?.countries ?? [];

describe('instrument standings', () => {
  it('1951 Refugee Convention: four Central Asian parties, Uzbekistan not, and its disputed claim', () => {
    const s = instrumentStandings(model, 'refugee-1951')!;
    for (const c of ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan']) expect(names(s, 'party')).toContain(c);
    expect(names(s, 'not_party')).toContain('Uzbekistan');
    expect(s.disputed).toEqual(new Set(['UZB']));
    expect(s.sourceIds).toEqual(['untc']);
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
    expect(instrumentStandings(model, 'gcm-2018', 2010)).toBeNull();
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

  it('CSTO through time: Uzbekistan in 2010, out in 2015', () => {
    expect(orgStandings(model, 'csto', 2010)!.byCountry.get('UZB')).toBe('member');
    expect(orgStandings(model, 'csto', 2015)!.byCountry.get('UZB')).toBe('former');
    expect(orgStandings(model, 'csto', 2002)!.byCountry.get('UZB')).toBe('none');
  });
});
