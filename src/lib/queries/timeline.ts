/**
 * The timeline (`?view=timeline`): memberships, ratifications and signatures, agreements, laws and events on one
 * axis from 1991, each at the precision its source gives (a year, a month, a day) and marked when the date is
 * inferred or a paper's claim is disputed. Pure; grouped by country or by kind for the component to draw.
 */
import type { Source } from '../data/schema.ts';
import { isAuthoritative, type Model } from './index.ts';
import { dateNumber } from './tables.ts';

export const TIMELINE_KINDS = ['membership', 'ratification', 'signature', 'agreement', 'law', 'event'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export const TIMELINE_GROUPINGS = ['country', 'kind'] as const;
export type TimelineGrouping = (typeof TIMELINE_GROUPINGS)[number];

/** Where an item opens: a country's panel, a corridor's, or a treaty's or organisation's map. */
export type Opens = { country: string } | { corridor: [string, string] } | { instrument: string } | { org: string };

export type TimelineItem = {
  key: string;
  kind: TimelineKind;
  /** A partial date as the source gives it. */
  date: string;
  precision: 'year' | 'month' | 'day';
  inferred: boolean;
  /** The countries it concerns (for grouping by country). */
  countries: string[];
  /** What it is about: a name from the data, in the reader's language. */
  title: string;
  /** For memberships, ratifications and signatures: the status the record gives. */
  status?: string;
  source: Source;
  locator: string;
  disputed: boolean;
  /** Reported by one paper and confirmed nowhere else (agreements, laws, events). */
  reported: boolean;
  /** Where it opens (null: nowhere more, e.g. an organisation's event with no place). */
  opens: Opens | null;
};

export const FIRST_YEAR = 1991;

const precisionOf = (date: string): TimelineItem['precision'] => (['year', 'month', 'day'] as const)[date.split('-').length - 1]!;

/** Every dated fact about `countries` (all the dataset keeps records for when empty), in date order. */
export function timelineItems(m: Model, countries: readonly string[]): TimelineItem[] {
  const wanted = new Set(countries);
  const about = (codes: string[]) => wanted.size === 0 || codes.some((c) => wanted.has(c));
  const items: TimelineItem[] = [];
  const src = (id: string) => m.source.get(id)!;
  const push = (i: Omit<TimelineItem, 'precision'>) => items.push({ ...i, precision: precisionOf(i.date) });

  for (const r of m.data.memberships) {
    if (!r.since || !about([r.country_iso3])) continue;
    push({
      key: `membership-${r.org_id}-${r.country_iso3}-${r.since}`,
      kind: 'membership',
      date: r.since,
      inferred: false,
      countries: [r.country_iso3],
      title: m.organisation.get(r.org_id)!.short_name,
      status: r.status,
      source: src(r.source_id),
      locator: r.locator,
      disputed: r.disputed,
      reported: false,
      opens: { org: r.org_id },
    });
  }
  for (const r of m.data.ratifications) {
    if (!about([r.country_iso3])) continue;
    // The depositary's record; a paper's contrary claim is marked on it rather than placed as a second fact.
    if (!isAuthoritative(src(r.source_id))) continue;
    const disputed = m.data.ratifications.some(
      (o) => o.disputed && o.country_iso3 === r.country_iso3 && o.instrument_id === r.instrument_id && o !== r,
    );
    const common = {
      inferred: false,
      countries: [r.country_iso3],
      title: m.instrument.get(r.instrument_id)!.short_name,
      source: src(r.source_id),
      locator: r.locator,
      disputed,
      reported: false,
      opens: { instrument: r.instrument_id },
    };
    if (r.signed && r.status !== 'signatory')
      push({ ...common, key: `signature-${r.instrument_id}-${r.country_iso3}`, kind: 'signature', date: r.signed, status: 'signatory' });
    const date = r.status === 'signatory' ? (r.signed ?? r.date) : r.date;
    if (date && r.status !== 'not_party')
      push({
        ...common,
        key: `ratification-${r.instrument_id}-${r.country_iso3}`,
        kind: r.status === 'signatory' ? 'signature' : 'ratification',
        date,
        status: r.status,
      });
  }
  for (const a of m.data.agreements) {
    if (!a.signed || !about(a.parties)) continue;
    const countries = a.parties.filter((p) => m.country.has(p));
    push({
      key: `agreement-${a.agreement_id}`,
      kind: 'agreement',
      date: a.signed,
      inferred: !!a.date_inferred,
      countries,
      title: a.title,
      source: src(a.source_id),
      locator: a.locator,
      disputed: a.corroboration === 'disputed',
      reported: a.corroboration === 'reported',
      opens:
        countries.length === 2 ? { corridor: [countries[0]!, countries[1]!] } : { country: countries.find((c) => wanted.has(c)) ?? countries[0]! },
    });
  }
  for (const l of m.data.laws) {
    if (!l.adopted || !about([l.country_iso3])) continue;
    push({
      key: `law-${l.law_id}`,
      kind: 'law',
      date: l.adopted,
      inferred: false,
      countries: [l.country_iso3],
      title: l.title,
      source: src(l.source_id),
      locator: l.locator,
      disputed: l.corroboration === 'disputed',
      reported: l.corroboration === 'reported',
      opens: { country: l.country_iso3 },
    });
  }
  for (const e of m.data.events) {
    const countries = [...new Set([e.place_iso3, ...e.participants].filter((c): c is string => !!c && m.country.has(c)))];
    if (!about(countries)) continue;
    const org = e.participants.find((p) => m.organisation.has(p));
    const place = countries.find((c) => wanted.has(c)) ?? countries[0];
    push({
      key: `event-${e.event_id}`,
      kind: 'event',
      date: e.date,
      inferred: !!e.date_inferred,
      countries,
      title: e.title,
      source: src(e.source_id),
      locator: e.locator,
      disputed: e.corroboration === 'disputed',
      reported: e.corroboration === 'reported',
      opens: place ? { country: place } : org ? { org } : null,
    });
  }
  return items.sort((a, b) => dateNumber(a.date) - dateNumber(b.date) || a.key.localeCompare(b.key));
}

export type TimelineGroup = { key: string; items: TimelineItem[] };

/** Items by country (in `countries`' order; an item about two appears in both) or by kind (in TIMELINE_KINDS' order). */
export function groupTimeline(items: TimelineItem[], by: TimelineGrouping, countries: readonly string[]): TimelineGroup[] {
  const keys = by === 'country' ? countries : TIMELINE_KINDS;
  return keys
    .map((key) => ({ key, items: items.filter((i) => (by === 'country' ? i.countries.includes(key) : i.kind === key)) }))
    .filter((g) => g.items.length > 0);
}

/** Items up to the end of `year` (all when null): the scrubber's "as of". */
export const itemsUntil = (items: TimelineItem[], year: number | null) =>
  year === null ? items : items.filter((i) => Number(i.date.slice(0, 4)) <= year);

/** Where on the axis an item goes, 0–1 from 1 Jan FIRST_YEAR to the end of `lastYear`: a year's item at its middle. */
export function axisPosition(date: string, lastYear: number): number {
  const [y, mo, d] = date.split('-').map(Number);
  const within = mo === undefined ? 0.5 : d === undefined ? (mo - 0.5) / 12 : (mo - 1 + (d - 0.5) / 31) / 12;
  const x = (Math.max(y!, FIRST_YEAR) - FIRST_YEAR + (y! < FIRST_YEAR ? 0 : within)) / (lastYear + 1 - FIRST_YEAR);
  return Math.min(1, Math.max(0, x));
}

/** Where 1 January of `year` is on the axis (0–1), for the ticks. */
export const yearStart = (year: number, lastYear: number) => (year - FIRST_YEAR) / (lastYear + 1 - FIRST_YEAR);

/** The axis's labelled years: the first, then every fifth. */
export const axisTicks = (lastYear: number) => [FIRST_YEAR, ...Array.from({ length: Math.floor((lastYear - 1995) / 5) + 1 }, (_, i) => 1995 + i * 5)];
