import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../../src/lib/state/url.ts';

const known = new Set(['UZB', 'KGZ']);
const resolve = (c: string) => (known.has(c.toUpperCase()) ? c.toUpperCase() : null);

describe('URL state', () => {
  it('reads a country in any case', () => {
    expect(readUrlState('?country=uzb', resolve)).toEqual({ country: 'UZB', view: 'map' });
    expect(readUrlState('?country=KgZ', resolve)).toEqual({ country: 'KGZ', view: 'map' });
    expect(readUrlState('?view=sources', resolve)).toEqual({ country: null, view: 'sources' });
  });

  it('ignores unknown, malformed and hostile values', () => {
    for (const s of ['?view=<img src=x onerror=alert(1)>', '?view=SOURCES', '?country=XXX', '?country=', '?country=UZBEKISTAN', '?country=<script>', '?country=%E0%A4%A', '', '?country=U Z']) {
      expect(readUrlState(s, resolve)).toEqual({ country: null, view: 'map' });
    }
  });

  it('writes the country and keeps parameters it does not own', () => {
    expect(writeUrlState('?embed=1', { country: 'UZB', view: 'map' })).toBe('?embed=1&country=UZB');
    expect(writeUrlState('?country=UZB&embed=1', { country: null, view: 'map' })).toBe('?embed=1');
    expect(writeUrlState('?country=UZB', { country: null, view: 'map' })).toBe('');
    expect(writeUrlState('', { country: null, view: 'sources' })).toBe('?view=sources');
  });
});
