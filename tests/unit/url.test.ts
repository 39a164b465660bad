import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, readUrlState, writeUrlState, type UrlContext, type UrlState } from '../../src/lib/state/url.ts';

const known = new Set(['UZB', 'KGZ', 'KAZ']);
const corridors = new Set(['UZB-RUS']);
const ctx: UrlContext = {
  resolveCountry: (c) => (known.has(c.toUpperCase()) ? c.toUpperCase() : null),
  resolveCorridor: (c) => (corridors.has(c.toUpperCase()) ? c.toUpperCase() : null),
  isInstrument: (id) => id === 'refugee-1951',
  isOrg: (id) => id === 'cis',
  isOrigin: (iso3) => iso3 === 'TJK' || iso3 === 'UZB',
  isColumn: (table, column) => table === 'agreements' && column === 'signed',
  isKind: (table, kind) => table === 'agreements' && kind === 'memorandum',
  steps: 8,
};
const read = (s: string) => readUrlState(s, ctx);

describe('URL state', () => {
  it('reads every parameter it owns', () => {
    expect(
      read(
        '?country=uzb&measure=count&basis=born_in_origin&origin=tjk&view=sources&instrument=refugee-1951&org=cis&year=2015&lang=en&theme=Dark&embed=1&present=true&step=3&lng=64.5&lat=41.25&zoom=3.5',
      ),
    ).toEqual({
      country: 'UZB',
      corridor: null,
      measure: 'count',
      basis: 'born_in_origin',
      origin: 'TJK',
      view: 'sources',
      instrument: 'refugee-1951',
      org: 'cis',
      year: 2015,
      lang: 'en',
      table: 'instruments',
      sort: null,
      filter: null,
      kind: null,
      group: 'country',
      compare: [],
      theme: 'dark',
      embed: true,
      present: true,
      step: 3,
      camera: { lng: 64.5, lat: 41.25, zoom: 3.5 },
    });
  });

  it('reads a country in any case', () => {
    expect(read('?country=KgZ').country).toBe('KGZ');
  });

  it('reads a corridor (which wins over a country) and the measure', () => {
    expect(read('?corridor=uzb-rus')).toMatchObject({ corridor: 'UZB-RUS', country: null });
    expect(read('?corridor=UZB-RUS&country=KGZ')).toMatchObject({ corridor: 'UZB-RUS', country: null });
    expect(read('?measure=COUNT').measure).toBe('count');
    for (const s of ['?corridor=UZB-XXX', '?corridor=UZB', '?corridor=UZB--RUS', '?corridor=<b>', '?measure=volume', '?measure='])
      expect(read(s)).toEqual(DEFAULT_STATE);
  });

  it('falls back to the default for each missing, unknown or malformed value', () => {
    expect(read('')).toEqual(DEFAULT_STATE);
    expect(
      read('?country=XXX&view=SOURCES&instrument=refugee-1952&org=CIS&year=20155&lang=xx&theme=contrast&embed=yes&present=0&step=9&lng=64&lat=41'),
    ).toEqual(DEFAULT_STATE);
    expect(read('?step=0').step).toBeNull();
    // A reader's theme only by name: the projector's contrast theme is presenter mode's, never a link's.
    for (const q of ['?theme=contrast', '?theme=', '?theme=night', '?theme=dark!', '?theme=__proto__']) expect(read(q).theme, q).toBeNull();
    expect(read('?theme=%20LIGHT%20').theme).toBe('light');
    expect(writeUrlState('?theme=dark', { ...DEFAULT_STATE })).toBe('');
    // Labour migrants unless the UN's stock is asked for by name; an origin only when it is one of the five.
    for (const q of ['?basis=stock', '?basis=', '?basis=born_in_origin_abroad', '?origin=RUS', '?origin=tj', '?origin=TJKX'])
      expect(read(q), q).toEqual(DEFAULT_STATE);
    expect(read('?basis=BORN_IN_ORIGIN').basis).toBe('born_in_origin');
    expect(writeUrlState('?basis=born_in_origin', { ...DEFAULT_STATE })).toBe('');
    expect(read('?zoom=40&lng=1&lat=1').camera).toBeNull();
    expect(read('?lat=95&lng=1&zoom=1').camera).toBeNull();
  });

  it('writes the state back, keeping parameters it does not own and only non-default values', () => {
    const state: UrlState = { ...DEFAULT_STATE, country: 'UZB', camera: { lng: 64.5, lat: 41.25, zoom: 3.5 } };
    expect(writeUrlState('?initialWidth=600&childId=map', state)).toBe('?initialWidth=600&childId=map&country=UZB&lng=64.500&lat=41.250&zoom=3.50');
    expect(writeUrlState('?country=UZB&embed=1', { ...DEFAULT_STATE, embed: true })).toBe('?embed=1');
    expect(writeUrlState('?country=UZB', DEFAULT_STATE)).toBe('');
    expect(writeUrlState('', { ...DEFAULT_STATE, view: 'sources' })).toBe('?view=sources');
  });

  it('round-trips: what it writes it reads back unchanged', () => {
    const state: UrlState = {
      country: null,
      corridor: 'UZB-RUS',
      measure: 'count',
      basis: 'born_in_origin',
      origin: 'UZB',
      view: 'sources',
      instrument: 'refugee-1951',
      org: 'cis',
      year: 2008,
      lang: 'en',
      table: 'instruments',
      sort: null,
      filter: null,
      kind: null,
      group: 'country',
      compare: [],
      theme: 'light',
      embed: true,
      present: true,
      step: 2,
      camera: { lng: 70.123, lat: 40.5, zoom: 4.25 },
    };
    expect(read(writeUrlState('', state))).toEqual(state);
  });

  it('keeps each explore view’s own state, and only while it is shown', () => {
    const table: UrlState = {
      ...DEFAULT_STATE,
      view: 'table',
      table: 'agreements',
      sort: { column: 'signed', descending: true },
      filter: 'KAZ',
      kind: 'memorandum',
    };
    expect(writeUrlState('', table)).toBe('?view=table&table=agreements&sort=-signed&filter=KAZ&kind=memorandum');
    expect(read(writeUrlState('', table))).toEqual(table);
    const timeline: UrlState = { ...DEFAULT_STATE, view: 'timeline', group: 'kind', filter: 'UZB', year: 2010 };
    expect(read(writeUrlState('', timeline))).toEqual(timeline);
    const both: UrlState = { ...DEFAULT_STATE, view: 'compare', compare: ['UZB', 'KAZ'] };
    expect(writeUrlState('', both)).toBe('?view=compare&compare=UZB%2CKAZ');
    expect(read('?view=compare&compare=uzb,KAZ,xyz,<b>,UZB').compare).toEqual(['UZB', 'KAZ']);
    // Back on the map, the map's link stays short.
    expect(writeUrlState('?view=table&table=flows&sort=year', { ...table, view: 'map' })).toBe('');
    expect(read('?view=table&sort=<script>&kind=DROP%20TABLE&table=nope')).toMatchObject({
      view: 'table',
      sort: null,
      kind: null,
      table: 'instruments',
    });
  });
});

describe('hostile URLs', () => {
  const hostile = [
    '?country=<script>alert(1)</script>',
    '?country=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '?view=<img src=x onerror=alert(1)>',
    '?instrument=javascript:alert(1)',
    '?org=__proto__',
    '?org=constructor',
    '?basis=__proto__',
    '?origin=constructor',
    '?origin=<b>',
    '?instrument=toString',
    '?year=1e4',
    '?year=-2015',
    '?step=NaN',
    '?step=Infinity',
    '?lng=Infinity&lat=0&zoom=1',
    '?lng=0x10&lat=0&zoom=1',
    '?zoom=1e308&lng=0&lat=0',
    '?country=%E0%A4%A',
    '?%%%%=1',
    '?country=UZB&country=<svg/onload=alert(1)>',
    '?embed=<script>',
    '?lang=../../etc/passwd',
    '?theme=<style>body{}</style>',
    '?theme=constructor',
    '?' + 'a'.repeat(10000),
    '?country=' + 'Z'.repeat(5000),
  ];
  it.each(hostile)('%s never throws and yields only known values', (s) => {
    const state = read(s);
    expect(state.country === null || known.has(state.country)).toBe(true);
    expect(['map', 'sources']).toContain(state.view);
    expect(state.instrument === null || state.instrument === 'refugee-1951').toBe(true);
    expect(state.org === null || state.org === 'cis').toBe(true);
    expect(state.lang === null || state.lang === 'en').toBe(true);
    expect([null, 'light', 'dark']).toContain(state.theme);
    expect(['labour_migrants', 'born_in_origin']).toContain(state.basis);
    expect(state.origin === null || ['TJK', 'UZB'].includes(state.origin)).toBe(true);
  });
});
