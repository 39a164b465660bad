import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../../src/lib/state/url.ts';

const known = new Set(['UZB', 'KGZ']);
const resolve = (c: string) => (known.has(c.toUpperCase()) ? c.toUpperCase() : null);

describe('URL state', () => {
  it('reads a country in any case', () => {
    expect(readUrlState('?country=uzb', resolve)).toEqual({ country: 'UZB' });
    expect(readUrlState('?country=KgZ', resolve)).toEqual({ country: 'KGZ' });
  });

  it('ignores unknown, malformed and hostile values', () => {
    for (const s of ['?country=XXX', '?country=', '?country=UZBEKISTAN', '?country=<script>', '?country=%E0%A4%A', '', '?country=U Z']) {
      expect(readUrlState(s, resolve)).toEqual({ country: null });
    }
  });

  it('writes the country and keeps parameters it does not own', () => {
    expect(writeUrlState('?embed=1', { country: 'UZB' })).toBe('?embed=1&country=UZB');
    expect(writeUrlState('?country=UZB&embed=1', { country: null })).toBe('?embed=1');
    expect(writeUrlState('?country=UZB', { country: null })).toBe('');
  });
});
