/**
 * The dataset as UTF-8 CSV files for researchers, served at stable paths of the build (downloads/*.csv).
 * The first columns of each file are a fixed public contract; the columns after them carry the rest of
 * what data/ records (qualifiers, notes, whether a record was checked) so nothing is lost in a download.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Dataset } from './schema.ts';

type Cell = string | number | boolean | undefined;

function csv(header: string[], rows: Cell[][]): string {
  const text = (v: Cell) => (v === undefined ? '' : String(v));
  return csvFormatRows([header, ...rows.map((r) => r.map(text))]) + '\n';
}

export const DOWNLOAD_FILES = ['flows.csv', 'statistics.csv', 'memberships.csv', 'ratifications.csv', 'agreements.csv', 'sources.csv'] as const;
export type DownloadFile = (typeof DOWNLOAD_FILES)[number];

export function buildDownloads(d: Dataset): Record<DownloadFile, string> {
  const org = new Map(d.organisations.map((o) => [o.org_id, o.org_name]));
  const inst = new Map(d.instruments.map((i) => [i.instrument_id, i.name]));
  return {
    'flows.csv': csv(
      ['origin_iso3', 'destination_iso3', 'year', 'share_pct', 'migrants', 'source_id', 'locator', 'period', 'note'],
      d.flows.map((f) => [f.origin_iso3, f.destination_iso3, f.year, f.share_pct, f.migrants, f.source_id, f.locator, f.period, f.note]),
    ),
    'statistics.csv': csv(
      ['country_iso3', 'indicator', 'value', 'unit', 'year', 'source_id', 'locator', 'qualifier', 'value_max', 'period', 'attributed_to', 'note'],
      d.statistics.map((s) => [s.country_iso3, s.indicator, s.value, s.unit, s.year, s.source_id, s.locator, s.qualifier, s.value_max, s.period, s.attributed_to, s.note]),
    ),
    'memberships.csv': csv(
      ['org_id', 'org_name', 'country_iso3', 'status', 'since', 'until', 'source_id', 'locator', 'disputed', 'checked', 'note'],
      d.memberships.map((r) => [r.org_id, org.get(r.org_id), r.country_iso3, r.status, r.since, r.until, r.source_id, r.locator, r.disputed, r.checked, r.note]),
    ),
    'ratifications.csv': csv(
      ['country_iso3', 'instrument_id', 'instrument_name', 'status', 'date', 'source_id', 'locator', 'disputed', 'signed', 'action', 'checked', 'note'],
      d.ratifications.map((r) => [r.country_iso3, r.instrument_id, inst.get(r.instrument_id), r.status, r.date, r.source_id, r.locator, r.disputed, r.signed, r.action, r.checked, r.note]),
    ),
    'agreements.csv': csv(
      ['agreement_id', 'parties', 'title', 'signed', 'type', 'provisions', 'source_id', 'locator', 'disputed', 'note'],
      d.agreements.map((a) => [a.agreement_id, a.parties.join(';'), a.title, a.signed, a.type, a.provisions, a.source_id, a.locator, a.disputed, a.note]),
    ),
    'sources.csv': csv(
      ['source_id', 'kind', 'citation', 'year', 'url', 'seed_file', 'short', 'accessed', 'note'],
      d.sources.map((s) => [s.source_id, s.kind, s.citation, s.year, s.url, s.seed_file, s.short, s.accessed, s.note]),
    ),
  };
}
