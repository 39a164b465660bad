/**
 * The URL is the public interface for deep links, embeds and talks: every view is a link. Parsing is
 * defensive: a missing, malformed, unknown or hostile value falls back to its default and nothing throws;
 * values are only ever compared against known ids, never rendered. Parameters this module does not own
 * (e.g. those a Pym.js host appends) are kept as they are.
 *
 * `country=UZB` opens a country's panel, `corridor=UZB-RUS` a corridor's (it wins over a country), and
 * `measure=count` draws flows by number of migrants instead of share; `basis=born_in_origin` draws the UN's stock
 * (people born in one country living in another) instead of labour migrants; `origin=TJK` one origin's flows.
 * `year=2005` is the flows' year and the status maps' "as of" alike. `theme=dark` (or `light`) is the reader's choice
 * of theme; without it the system's `prefers-color-scheme` decides.
 */
import { BASES, DEFAULT_BASIS, MEASURES, type Basis, type Measure } from '../queries/flows.ts';
import { TABLES, type TableKind } from '../queries/tables.ts';
import { TIMELINE_GROUPINGS, type TimelineGrouping } from '../queries/timeline.ts';
import { COMPARE_MAX } from '../queries/compare.ts';
import { LANGS, pickLanguage, type Lang } from '../i18n/index.ts';
import { READER_THEMES, type ReaderTheme } from '../theme/index.ts';
import type { Camera } from '../map/types.ts';

export const VIEWS = ['map', 'sources', 'table', 'timeline', 'compare'] as const;
export type View = (typeof VIEWS)[number];

/** A table's column order (`sort=signed`, `sort=-signed` descending). */
export type SortState = { column: string; descending: boolean };

export type UrlState = {
  country: string | null;
  /** A corridor's panel, "UZB-RUS": only pairs the dataset links. */
  corridor: string | null;
  measure: Measure;
  /** What the flows count: labour migrants as published, or the UN's stock by place of birth. */
  basis: Basis;
  /** One Central Asian origin's flows alone (null: every origin's). */
  origin: string | null;
  view: View;
  /** An instrument whose parties the map shows (e.g. refugee-1951). */
  instrument: string | null;
  /** An organisation whose members the map shows (e.g. cis). */
  org: string | null;
  /** The year shown: flows of that year (else the latest), statuses at its end (else today). */
  year: number | null;
  /** The interface's language, when the link names one (else the browser's). */
  lang: Lang | null;
  /** The explore views: which table, its order and filters; the timeline's grouping; the countries compared. */
  table: TableKind;
  sort: SortState | null;
  /** Rows about one country (tables, timeline). */
  filter: string | null;
  /** Rows of one type (an agreement type, a flow basis, a country's role). */
  kind: string | null;
  group: TimelineGrouping;
  compare: string[];
  /** The reader's theme, when the link names one (else the system's preference). */
  theme: ReaderTheme | null;
  embed: boolean;
  present: boolean;
  /** 1-based step of the presentation story. */
  step: number | null;
  camera: Camera | null;
};

export const DEFAULT_STATE: UrlState = {
  country: null,
  corridor: null,
  measure: 'share',
  basis: DEFAULT_BASIS,
  origin: null,
  view: 'map',
  instrument: null,
  org: null,
  year: null,
  lang: null,
  table: 'instruments',
  sort: null,
  filter: null,
  kind: null,
  group: 'country',
  compare: [],
  theme: null,
  embed: false,
  present: false,
  step: null,
  camera: null,
};

/** What the URL may refer to: anything else is ignored. */
export type UrlContext = {
  resolveCountry: (code: string) => string | null;
  /** "uzb-rus" → "UZB-RUS" when the dataset knows that corridor, else null. */
  resolveCorridor: (code: string) => string | null;
  isInstrument: (id: string) => boolean;
  isOrg: (id: string) => boolean;
  /** A Central Asian origin of flows (ISO3, in capitals). */
  isOrigin: (iso3: string) => boolean;
  /** A column the table can sort by, and a type its rows are filtered by (only that table's). */
  isColumn: (table: TableKind, column: string) => boolean;
  isKind: (table: TableKind, kind: string) => boolean;
  steps: number;
};

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const flag = (v: string | null) => v === '1' || v === 'true';
const inRange = (n: number, min: number, max: number) => Number.isFinite(n) && n >= min && n <= max;
const num = (v: string | null) => (v !== null && /^-?\d{1,3}(\.\d{1,6})?$/.test(v) ? Number(v) : NaN);

/** `?lang=` when it names a language we have (any case), else null: the browser's languages decide. */
export const langOf = (value: string | null | undefined): Lang | null => LANGS.find((l) => l === value?.trim().toLowerCase()) ?? null;

/** The page's language: the link's `?lang=` if we have it, else the first of the browser's we have, else English. */
export const pageLanguage = (search: string, browser: readonly string[]): Lang =>
  pickLanguage(langOf(new URLSearchParams(search).get('lang')), browser);

/** `?theme=` when it names a reader's theme (any case), else null: the system's preference decides. */
export const themeOf = (value: string | null | undefined): ReaderTheme | null => READER_THEMES.find((t) => t === value?.trim().toLowerCase()) ?? null;

export function readUrlState(search: string, ctx: UrlContext): UrlState {
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_STATE };
  }
  const get = (k: string) => {
    const v = p.get(k);
    return v === null ? null : v.trim();
  };
  const country = get('country');
  const rawCorridor = get('corridor');
  const corridor = rawCorridor && /^[A-Za-z]{3}-[A-Za-z]{3}$/.test(rawCorridor) ? ctx.resolveCorridor(rawCorridor) : null;
  const measure = get('measure')?.toLowerCase();
  const origin = get('origin');
  const instrument = get('instrument');
  const org = get('org');
  const year = get('year');
  const step = get('step');
  const sort = get('sort');
  const filter = get('filter');
  const kind = get('kind');
  const compare = (get('compare') ?? '')
    .split(',')
    .map((c) => (/^[A-Za-z]{3}$/.test(c.trim()) ? ctx.resolveCountry(c.trim()) : null))
    .filter((c): c is string => c !== null);
  const [lng, lat, zoom] = [num(get('lng')), num(get('lat')), num(get('zoom'))];
  const table = TABLES.find((t) => t === get('table')) ?? DEFAULT_STATE.table;
  const column = sort && /^-?[a-z0-9_]+(-[a-z0-9]+)*$/.test(sort) && sort.length <= 64 ? sort.replace(/^-/, '') : null;
  return {
    country: !corridor && country && /^[A-Za-z]{3}$/.test(country) ? ctx.resolveCountry(country) : null,
    corridor,
    measure: MEASURES.find((x) => x === measure) ?? DEFAULT_STATE.measure,
    basis: BASES.find((b) => b === get('basis')?.toLowerCase()) ?? DEFAULT_STATE.basis,
    origin: origin && /^[A-Za-z]{3}$/.test(origin) && ctx.isOrigin(origin.toUpperCase()) ? origin.toUpperCase() : null,
    view: VIEWS.find((v) => v === get('view')) ?? DEFAULT_STATE.view,
    instrument: instrument && ID.test(instrument) && ctx.isInstrument(instrument) ? instrument : null,
    org: org && ID.test(org) && ctx.isOrg(org) ? org : null,
    // A future year would be a forecast: only years up to this one (the "now" map covers the rest).
    year: year && /^\d{4}$/.test(year) && inRange(Number(year), 1900, new Date().getFullYear() - 1) ? Number(year) : null,
    lang: langOf(get('lang')),
    table,
    // Only a column and a type the table has: another table's (or "constructor") would empty or garble it.
    sort: column && ctx.isColumn(table, column) ? { column, descending: sort!.startsWith('-') } : null,
    filter: filter && /^[A-Za-z]{3}$/.test(filter) ? ctx.resolveCountry(filter) : null,
    kind: kind && /^[a-z_]{1,40}$/.test(kind) && ctx.isKind(table, kind) ? kind : null,
    group: TIMELINE_GROUPINGS.find((g) => g === get('group')) ?? DEFAULT_STATE.group,
    compare: [...new Set(compare)].slice(0, COMPARE_MAX),
    theme: themeOf(get('theme')),
    embed: flag(get('embed')),
    present: flag(get('present')),
    step: step && /^\d{1,3}$/.test(step) && inRange(Number(step), 1, ctx.steps) ? Number(step) : null,
    camera: inRange(lng, -180, 360) && inRange(lat, -85, 85) && inRange(zoom, 0, 12) ? { lng, lat, zoom } : null,
  };
}

/** The search string for `state`, writing only non-default values and keeping every other parameter of `search`. */
export function writeUrlState(search: string, state: UrlState): string {
  const p = new URLSearchParams(search);
  const set = (k: string, v: string | null) => (v === null ? p.delete(k) : p.set(k, v));
  set('country', state.country);
  set('corridor', state.corridor);
  set('measure', state.measure === DEFAULT_STATE.measure ? null : state.measure);
  set('basis', state.basis === DEFAULT_STATE.basis ? null : state.basis);
  set('origin', state.origin);
  set('view', state.view === DEFAULT_STATE.view ? null : state.view);
  set('instrument', state.instrument);
  set('org', state.org);
  set('year', state.year === null ? null : String(state.year));
  set('lang', state.lang);
  // The explore views' own state, written only while one is shown (the map's links stay short).
  const exploring = state.view === 'table' || state.view === 'timeline' || state.view === 'compare';
  set('table', state.view === 'table' && state.table !== DEFAULT_STATE.table ? state.table : null);
  set('sort', state.view === 'table' && state.sort ? `${state.sort.descending ? '-' : ''}${state.sort.column}` : null);
  set('filter', exploring && state.view !== 'compare' ? state.filter : null);
  set('kind', state.view === 'table' ? state.kind : null);
  set('group', state.view === 'timeline' && state.group !== DEFAULT_STATE.group ? state.group : null);
  set('compare', state.view === 'compare' && state.compare.length ? state.compare.join(',') : null);
  set('theme', state.theme);
  set('embed', state.embed ? '1' : null);
  set('present', state.present ? '1' : null);
  set('step', state.step === null ? null : String(state.step));
  set('lng', state.camera ? state.camera.lng.toFixed(3) : null);
  set('lat', state.camera ? state.camera.lat.toFixed(3) : null);
  set('zoom', state.camera ? state.camera.zoom.toFixed(2) : null);
  const s = p.toString();
  return s ? `?${s}` : '';
}
