/**
 * Every generated hostile link (hostile-urls.ts) through the URL state, against the real dataset and the app's own
 * URL context: nothing throws, only what the dataset knows survives (anything else is its default), and the link
 * the app writes back reads the same.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, readUrlState, writeUrlState, VIEWS, type UrlState } from '../../src/lib/state/url.ts';
import { urlContext } from '../../src/app/url-context.ts';
import { createModel } from '../../src/lib/queries/index.ts';
import { BASES, MEASURES } from '../../src/lib/queries/flows.ts';
import { buildTable, TABLES } from '../../src/lib/queries/tables.ts';
import { TIMELINE_GROUPINGS } from '../../src/lib/queries/timeline.ts';
import { COMPARE_MAX } from '../../src/lib/queries/compare.ts';
import { LANGS } from '../../src/lib/i18n/index.ts';
import { ELSEWHERE } from '../../src/lib/data/schema.ts';
import { FAMILIES, HUGE, hostileUrls, PARAMS, VALID } from './hostile-urls.ts';
import { readReal, realDataset } from './helpers.ts';

const model = createModel(realDataset());
const steps = (JSON.parse(readReal('story.json')!) as { steps: unknown[] }).steps.length;
const ctx = urlContext(model, steps);
const urls = hostileUrls();
const search = (url: string) => url.replace(/#.*$/s, ''); // location.search: the fragment is not part of it

const countries = new Set(model.data.countries.map((c) => c.iso3));
const origins = new Set(model.data.countries.filter((c) => c.role === 'central_asia').map((c) => c.iso3));
const instruments = new Set(model.data.instruments.map((i) => i.instrument_id));
const orgs = new Set(model.data.organisations.map((o) => o.org_id));
const tables = Object.fromEntries(TABLES.map((t) => [t, buildTable(model, t)]));

/** Why `s` could not have come from a valid link, or null: every field a known value or its default. */
function invalid(s: UrlState): string | null {
  const checks: [string, boolean][] = [
    ['country', s.country === null || countries.has(s.country)],
    ['corridor', s.corridor === null || s.corridor.split('-').every((c) => countries.has(c))],
    ['measure', MEASURES.includes(s.measure)],
    ['basis', BASES.includes(s.basis)],
    ['origin', s.origin === null || origins.has(s.origin)],
    ['view', VIEWS.includes(s.view)],
    ['instrument', s.instrument === null || instruments.has(s.instrument)],
    ['org', s.org === null || orgs.has(s.org)],
    ['year', s.year === null || (Number.isInteger(s.year) && s.year >= 1900 && s.year < new Date().getFullYear())],
    ['lang', s.lang === null || LANGS.includes(s.lang)],
    ['table', TABLES.includes(s.table)],
    ['sort', s.sort === null || tables[s.table]!.columns.some((c) => c.key === s.sort!.column)],
    ['filter', s.filter === null || countries.has(s.filter)],
    ['kind', s.kind === null || tables[s.table]!.kinds.includes(s.kind)],
    ['group', TIMELINE_GROUPINGS.includes(s.group)],
    ['compare', s.compare.length <= COMPARE_MAX && new Set(s.compare).size === s.compare.length && s.compare.every((c) => countries.has(c))],
    ['theme', s.theme === null || s.theme === 'light' || s.theme === 'dark'],
    ['embed', typeof s.embed === 'boolean'],
    ['present', typeof s.present === 'boolean'],
    ['step', s.step === null || (Number.isInteger(s.step) && s.step >= 1 && s.step <= steps)],
    [
      'camera',
      s.camera === null ||
        (Object.keys(s.camera).length === 3 &&
          Math.abs(s.camera.lat) <= 85 &&
          s.camera.lng >= -180 &&
          s.camera.lng <= 360 &&
          s.camera.zoom >= 0 &&
          s.camera.zoom <= 12),
    ],
  ];
  const bad = checks.filter(([, ok]) => !ok).map(([k]) => `${k}: ${JSON.stringify(s[k as keyof UrlState])}`);
  return bad.length ? bad.join('; ') : null;
}

describe('the hostile URL generator', () => {
  it('makes at least 200 links, the same on every run, covering every parameter the app reads', () => {
    expect(urls.length).toBeGreaterThanOrEqual(200);
    expect(hostileUrls()).toEqual(urls);
    expect(new Set(urls.map((u) => u.url)).size).toBe(urls.length);
    for (const p of PARAMS) expect(urls.filter((u) => u.url.includes(`${p}=`)).length, p).toBeGreaterThanOrEqual(12);
    expect(urls.some((u) => u.url.length > HUGE)).toBe(true);
    expect(urls.some((u) => u.url.includes('#'))).toBe(true);
    // The browser suite loads every other link: that half still gives each parameter and each family.
    const half = urls.filter((_, i) => i % 2 === 0);
    expect(half.length).toBeGreaterThanOrEqual(200);
    for (const p of PARAMS) expect(half.filter((u) => u.name.startsWith(`${p} `)).length, p).toBeGreaterThanOrEqual(6);
    for (const f of Object.keys(FAMILIES)) expect(half.filter((u) => u.name.endsWith(` ${f}`)).length, f).toBeGreaterThanOrEqual(10);
  });

  it('mixes in values the app accepts, which read as themselves', () => {
    const all = readUrlState('?' + PARAMS.map((p) => `${p}=${encodeURIComponent(VALID[p])}`).join('&'), ctx);
    expect(invalid(all)).toBeNull();
    expect(all).toMatchObject({ corridor: 'UZB-RUS', instrument: 'refugee-1951', org: 'cis', table: 'agreements', kind: 'memorandum', step: 3 });
  });
});

describe.each(urls)('$name', ({ url }) => {
  it('reads without throwing, to known values or defaults, and writes a link that reads the same', () => {
    const s = readUrlState(search(url), ctx);
    expect(invalid(s)).toBeNull();
    // The link the app writes (keeping what it does not own) is stable: written again, it is unchanged...
    const written = writeUrlState(search(url), s);
    const again = readUrlState(written, ctx);
    expect(invalid(again)).toBeNull();
    expect(writeUrlState(written, again)).toBe(written);
    // ...and once written, the state survives a round trip exactly.
    expect(readUrlState(writeUrlState('', again), ctx)).toEqual(again);
  });
});

describe('what no link may open', () => {
  it(`never "everywhere else" (${ELSEWHERE}) as a country, corridor end, filter, comparison or origin`, () => {
    const s = readUrlState(`?country=${ELSEWHERE}&filter=zzz&compare=${ELSEWHERE},UZB&origin=${ELSEWHERE}`, ctx);
    expect([s.country, s.filter, s.origin, s.compare]).toEqual([null, null, null, ['UZB']]);
    expect(readUrlState(`?corridor=UZB-${ELSEWHERE}`, ctx).corridor).toBeNull();
    expect(readUrlState('?corridor=UZB-RUS', ctx).corridor).toBe('UZB-RUS');
  });

  it('no type or column the table does not have', () => {
    expect(readUrlState('?view=table&table=agreements&kind=nonsense&sort=-nonsense', ctx)).toMatchObject({ kind: null, sort: null });
    expect(readUrlState('?view=table&table=flows&kind=memorandum', ctx).kind).toBeNull();
    expect(readUrlState('?view=table&table=agreements&kind=memorandum&sort=-signed', ctx)).toMatchObject({
      kind: 'memorandum',
      sort: { column: 'signed', descending: true },
    });
  });

  it('the defaults for an empty link', () => {
    expect(readUrlState('', ctx)).toEqual(DEFAULT_STATE);
  });
});
