/**
 * The whole dataset for researchers, served at stable paths of the build (downloads/*): one UTF-8 CSV per
 * file of data/ and the presentation story as JSON. The first columns of each CSV are a fixed public
 * contract; the columns after them carry the rest of what data/ records (qualifiers, notes, whether a
 * record was checked) so nothing is lost in a download. Every column of data/ is in its download.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Dataset } from './schema.ts';
import type { Story } from './story.ts';

type Cell = string | number | boolean | undefined;

function csv(header: string[], rows: Cell[][]): string {
  const text = (v: Cell) => (v === undefined ? '' : String(v));
  return csvFormatRows([header, ...rows.map((r) => r.map(text))]) + '\n';
}

export const DOWNLOAD_FILES = [
  'flows.csv',
  'statistics.csv',
  'memberships.csv',
  'ratifications.csv',
  'agreements.csv',
  'laws.csv',
  'events.csv',
  'instruments.csv',
  'organisations.csv',
  'countries.csv',
  'sources.csv',
  'story.json',
] as const;
export type DownloadFile = (typeof DOWNLOAD_FILES)[number];

/** The media type each download is served and made with. */
export const downloadType = (file: DownloadFile) => (file.endsWith('.json') ? 'application/json;charset=utf-8' : 'text/csv;charset=utf-8');

export function buildDownloads(d: Dataset, story: Story): Record<DownloadFile, string> {
  const org = new Map(d.organisations.map((o) => [o.org_id, o.org_name]));
  const inst = new Map(d.instruments.map((i) => [i.instrument_id, i.name]));
  const country = new Map(d.countries.map((c) => [c.iso3, c.name]));
  // Participants are ISO3 codes and organisation ids side by side; their names, in the same order.
  const names = (ids: string[]) => ids.map((id) => country.get(id) ?? org.get(id) ?? id).join(';');
  return {
    'flows.csv': csv(
      ['origin_iso3', 'destination_iso3', 'year', 'share_pct', 'migrants', 'source_id', 'locator', 'period', 'note', 'basis'],
      d.flows.map((f) => [f.origin_iso3, f.destination_iso3, f.year, f.share_pct, f.migrants, f.source_id, f.locator, f.period, f.note, f.basis]),
    ),
    'statistics.csv': csv(
      ['country_iso3', 'indicator', 'value', 'unit', 'year', 'source_id', 'locator', 'qualifier', 'value_max', 'period', 'attributed_to', 'note'],
      d.statistics.map((s) => [
        s.country_iso3,
        s.indicator,
        s.value,
        s.unit,
        s.year,
        s.source_id,
        s.locator,
        s.qualifier,
        s.value_max,
        s.period,
        s.attributed_to,
        s.note,
      ]),
    ),
    'memberships.csv': csv(
      ['org_id', 'org_name', 'country_iso3', 'status', 'since', 'until', 'source_id', 'locator', 'disputed', 'checked', 'note', 'unchecked_reason'],
      d.memberships.map((r) => [
        r.org_id,
        org.get(r.org_id),
        r.country_iso3,
        r.status,
        r.since,
        r.until,
        r.source_id,
        r.locator,
        r.disputed,
        r.checked,
        r.note,
        r.unchecked_reason,
      ]),
    ),
    'ratifications.csv': csv(
      [
        'country_iso3',
        'instrument_id',
        'instrument_name',
        'status',
        'date',
        'source_id',
        'locator',
        'disputed',
        'signed',
        'action',
        'checked',
        'note',
        'unchecked_reason',
      ],
      d.ratifications.map((r) => [
        r.country_iso3,
        r.instrument_id,
        inst.get(r.instrument_id),
        r.status,
        r.date,
        r.source_id,
        r.locator,
        r.disputed,
        r.signed,
        r.action,
        r.checked,
        r.note,
        r.unchecked_reason,
      ]),
    ),
    'agreements.csv': csv(
      [
        'agreement_id',
        'parties',
        'title',
        'signed',
        'type',
        'provisions',
        'source_id',
        'locator',
        'corroboration',
        'date_inferred',
        'note',
        'corroborated_by',
      ],
      d.agreements.map((a) => [
        a.agreement_id,
        a.parties.join(';'),
        a.title,
        a.signed,
        a.type,
        a.provisions,
        a.source_id,
        a.locator,
        a.corroboration,
        a.date_inferred,
        a.note,
        a.corroborated_by,
      ]),
    ),
    'laws.csv': csv(
      ['law_id', 'country_iso3', 'title', 'number', 'adopted', 'source_id', 'locator', 'corroboration', 'note', 'corroborated_by'],
      d.laws.map((l) => [l.law_id, l.country_iso3, l.title, l.number, l.adopted, l.source_id, l.locator, l.corroboration, l.note, l.corroborated_by]),
    ),
    'events.csv': csv(
      [
        'event_id',
        'date',
        'title',
        'place_iso3',
        'participants',
        'participant_names',
        'source_id',
        'locator',
        'corroboration',
        'date_inferred',
        'note',
        'corroborated_by',
      ],
      d.events.map((e) => [
        e.event_id,
        e.date,
        e.title,
        e.place_iso3,
        e.participants.join(';'),
        names(e.participants),
        e.source_id,
        e.locator,
        e.corroboration,
        e.date_inferred,
        e.note,
        e.corroborated_by,
      ]),
    ),
    'instruments.csv': csv(
      ['instrument_id', 'name', 'short_name', 'kind', 'adopted', 'depositary', 'url', 'source_id', 'locator'],
      d.instruments.map((i) => [i.instrument_id, i.name, i.short_name, i.kind, i.adopted, i.depositary, i.url, i.source_id, i.locator]),
    ),
    'organisations.csv': csv(
      ['org_id', 'org_name', 'short_name', 'kind', 'founded', 'url', 'source_id', 'locator'],
      d.organisations.map((o) => [o.org_id, o.org_name, o.short_name, o.kind, o.founded, o.url, o.source_id, o.locator]),
    ),
    'countries.csv': csv(
      ['iso3', 'iso_numeric', 'name', 'role', 'on_map', 'anchor_place', 'anchor_lng', 'anchor_lat', 'source_id', 'locator'],
      d.countries.map((c) => [c.iso3, c.iso_numeric, c.name, c.role, c.on_map, c.anchor_place, c.anchor_lng, c.anchor_lat, c.source_id, c.locator]),
    ),
    'sources.csv': csv(
      ['source_id', 'kind', 'citation', 'year', 'url', 'seed_file', 'short', 'accessed', 'note'],
      d.sources.map((s) => [s.source_id, s.kind, s.citation, s.year, s.url, s.seed_file, s.short, s.accessed, s.note]),
    ),
    // The story as validated (the same steps, cameras, views and sources as data/story.json).
    'story.json': JSON.stringify(story, null, 2) + '\n',
  };
}
