import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../../src/lib/state/url.ts';

const known = new Set(['UZB', 'KGZ']);
const resolve = (c: string) => (known.has(c.toUpperCase()) ? c.toUpperCase() : null);
const corridors = new Set(['UZB-RUS']);
const resolveCorridor = (c: string) => (corridors.has(c.toUpperCase()) ? c.toUpperCase() : null);
const state = (s: Partial<{ country: string | null; corridor: string | null; measure: string }>) => ({ country: null, corridor: null, measure: 'share', ...s });

describe('URL state', () => {
  it('reads a country in any case', () => {
    expect(readUrlState('?country=uzb', resolve)).toEqual(state({ country: 'UZB' }));
    expect(readUrlState('?country=KgZ', resolve)).toEqual(state({ country: 'KGZ' }));
  });

  it('ignores unknown, malformed and hostile values', () => {
    for (const s of ['?country=XXX', '?country=', '?country=UZBEKISTAN', '?country=<script>', '?country=%E0%A4%A', '', '?country=U Z']) {
      expect(readUrlState(s, resolve)).toEqual(state({}));
    }
    for (const s of ['?corridor=UZB-XXX', '?corridor=UZB', '?corridor=UZB--RUS', '?corridor=<b>', '?measure=volume', '?measure=']) {
      expect(readUrlState(s, resolve, resolveCorridor)).toEqual(state({}));
    }
  });

  it('reads a corridor (which wins over a country) and the measure', () => {
    expect(readUrlState('?corridor=uzb-rus', resolve, resolveCorridor)).toEqual(state({ corridor: 'UZB-RUS' }));
    expect(readUrlState('?corridor=UZB-RUS&country=KGZ', resolve, resolveCorridor)).toEqual(state({ corridor: 'UZB-RUS' }));
    expect(readUrlState('?measure=COUNT', resolve)).toEqual(state({ measure: 'count' }));
  });

  it('writes what it owns and keeps parameters it does not', () => {
    expect(writeUrlState('?embed=1', { country: 'UZB' })).toBe('?embed=1&country=UZB');
    expect(writeUrlState('?country=UZB&embed=1', { country: null })).toBe('?embed=1');
    expect(writeUrlState('?country=UZB', { country: null })).toBe('');
    expect(writeUrlState('?country=UZB', { country: null, corridor: 'UZB-RUS' })).toBe('?corridor=UZB-RUS');
    expect(writeUrlState('?corridor=UZB-RUS', { measure: 'count' })).toBe('?corridor=UZB-RUS&measure=count');
    expect(writeUrlState('?measure=count', { measure: 'share' })).toBe('');
  });
});
