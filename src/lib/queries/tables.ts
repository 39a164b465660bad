/**
 * The explore tables (`?view=table&table=…`): the same facts as the map and the panels, as rows and columns a
 * reader can sort and filter. Pure: cells carry values (a status key, a partial date, a number, a name) and their
 * source; the component words them in the reader's language. The rows are the downloads' rows, one per fact.
 */
import type { Corroboration, Source } from '../data/schema.ts';
import { flowViews, type FlowView } from './flows.ts';
import { isAuthoritative, profile, recordsKept, type Cited, type Model } from './index.ts';
import type { StandingKey } from './standings.ts';

export const TABLES = ['instruments', 'organisations', 'agreements', 'flows'] as const;
export type TableKind = (typeof TABLES)[number];

/** How a column sorts: names by the language's collation, dates as dates, statuses in their own order, numbers as numbers. */
export type ColumnType = 'text' | 'date' | 'status' | 'number';

/** A cell's fact: what it says, when, who says so, and whether a paper says otherwise. */
export type Cell = {
  /** The text shown for text cells (a name, a title), already in the reader's language (names come from the data). */
  text?: string;
  status?: StandingKey;
  /** A partial date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  inferred?: boolean;
  value?: number;
  source?: Source;
  locator?: string;
  /** Papers whose claims contradict this cell's record. */
  disputedBy?: Cited<{ source_id: string; locator: string; status: string; note?: string }>[];
  /** The record has not been checked against a copy of it. */
  unchecked?: boolean;
  /** An agreement's standing beside other sources: confirmed, reported by one paper alone, or disputed. */
  corroboration?: Corroboration;
};

export type Column = {
  key: string;
  type: ColumnType;
  /** A name from the data (an instrument, an organisation); else the component's word for `key`. */ name?: string;
  short?: string;
};
export type Row = {
  key: string;
  /** Countries the row is about, for the country filter. */ countries: string[];
  /** For the type filter. */ kind: string;
  cells: Record<string, Cell>;
};
export type Table = { kind: TableKind; columns: Column[]; rows: Row[]; /** The values the type filter offers. */ kinds: string[] };

const TREATY_ORDER: StandingKey[] = ['party', 'signatory', 'voted_yes', 'abstained', 'voted_no', 'absent', 'not_party', 'none', 'unknown'];
const ORG_ORDER: StandingKey[] = ['member', 'associate', 'observer', 'dialogue_partner', 'participant', 'former', 'none', 'unknown'];
/** Statuses sort strongest first: party before signatory before not party; member before observer before none. */
export const statusRank = (s: StandingKey | undefined) => {
  const i = [...TREATY_ORDER, ...ORG_ORDER].indexOf(s ?? 'unknown');
  return i < 0 ? 99 : i;
};

/** Countries whose treaty and organisation records the dataset keeps, Central Asia first, then by name. */
function recordedCountries(m: Model) {
  return m.data.countries.filter(recordsKept);
}

function instrumentTable(m: Model): Table {
  const columns: Column[] = [
    { key: 'country', type: 'text' },
    ...m.data.instruments.map((i): Column => ({ key: i.instrument_id, type: 'status', name: i.name, short: i.short_name })),
  ];
  const rows = recordedCountries(m).map((c): Row => {
    const p = profile(m, c.iso3)!;
    const cells: Record<string, Cell> = { country: { text: c.name } };
    for (const line of p.instruments) {
      const r = line.record;
      cells[line.instrument.instrument_id] = {
        status: r.status,
        date: r.date,
        source: r.source,
        locator: r.locator,
        unchecked: !r.checked,
        disputedBy: line.disputed.length ? line.disputed : undefined,
      };
    }
    return { key: c.iso3, countries: [c.iso3], kind: c.role, cells };
  });
  return { kind: 'instruments', columns, rows, kinds: [...new Set(rows.map((r) => r.kind))] };
}

function organisationTable(m: Model): Table {
  const columns: Column[] = [
    { key: 'country', type: 'text' },
    ...m.data.organisations.map((o): Column => ({ key: o.org_id, type: 'status', name: o.org_name, short: o.short_name })),
  ];
  const rows = recordedCountries(m).map((c): Row => {
    const p = profile(m, c.iso3)!;
    const cells: Record<string, Cell> = { country: { text: c.name } };
    for (const line of p.organisations) {
      const r = line.current ?? line.history.at(-1)!;
      cells[line.organisation.org_id] = {
        status: line.current ? r.status : 'former',
        date: line.current ? r.since : r.until,
        source: r.source,
        locator: r.locator,
        unchecked: !r.checked,
        disputedBy: r.disputed ? [r] : undefined,
      };
    }
    for (const o of m.data.organisations) cells[o.org_id] ??= { status: 'none' };
    return { key: c.iso3, countries: [c.iso3], kind: c.role, cells };
  });
  return { kind: 'organisations', columns, rows, kinds: [...new Set(rows.map((r) => r.kind))] };
}

function agreementTable(m: Model): Table {
  const name = (code: string) => m.country.get(code)?.name ?? m.organisation.get(code)?.short_name ?? code;
  const columns: Column[] = [
    { key: 'title', type: 'text' },
    { key: 'parties', type: 'text' },
    { key: 'type', type: 'text' },
    { key: 'signed', type: 'date' },
  ];
  const rows = m.data.agreements.map((a): Row => ({
    key: a.agreement_id,
    countries: a.parties,
    kind: a.type,
    cells: {
      title: { text: a.title, source: m.source.get(a.source_id), locator: a.locator, corroboration: a.corroboration },
      parties: { text: a.parties.map(name).join(' · ') },
      type: { text: a.type },
      signed: { date: a.signed, inferred: a.date_inferred },
    },
  }));
  return { kind: 'agreements', columns, rows, kinds: [...new Set(rows.map((r) => r.kind))] };
}

function flowTable(views: FlowView[]): Table {
  const columns: Column[] = [
    { key: 'origin', type: 'text' },
    { key: 'destination', type: 'text' },
    { key: 'basis', type: 'text' },
    { key: 'year', type: 'number' },
    { key: 'share', type: 'number' },
    { key: 'count', type: 'number' },
  ];
  const rows = views.map((f): Row => ({
    key: f.id,
    countries: [f.origin_iso3, f.destination_iso3],
    kind: f.basis,
    cells: {
      origin: { text: f.origin.name },
      destination: { text: f.destination.name },
      basis: { text: f.basis },
      year: { value: f.year, text: f.period ?? String(f.year) },
      share: { value: f.share_pct, source: f.source, locator: f.locator },
      count: { value: f.count?.value },
    },
  }));
  return { kind: 'flows', columns, rows, kinds: [...new Set(rows.map((r) => r.kind))] };
}

export function buildTable(m: Model, kind: TableKind, views: FlowView[] = flowViews(m)): Table {
  if (kind === 'instruments') return instrumentTable(m);
  if (kind === 'organisations') return organisationTable(m);
  if (kind === 'agreements') return agreementTable(m);
  return flowTable(views);
}

export type Sort = { column: string; descending: boolean };

/**
 * Rows in a column's order: text by `collate` (the language's), dates as dates (a year before any day of it),
 * statuses strongest first, numbers as numbers; empty cells last either way; ties keep the table's order.
 */
export function sortRows(rows: Row[], table: Table, sort: Sort | null, collate: (a: string, b: string) => number): Row[] {
  if (!sort) return rows;
  const column = table.columns.find((c) => c.key === sort.column);
  if (!column) return rows;
  const value = (r: Row): string | number | undefined => {
    const c = r.cells[column.key];
    if (!c) return undefined;
    if (column.type === 'status') return c.status === undefined ? undefined : statusRank(c.status) * 1e9 + dateNumber(c.date);
    if (column.type === 'date') return c.date === undefined ? undefined : dateNumber(c.date);
    if (column.type === 'number') return c.value;
    return c.text;
  };
  const sign = sort.descending ? -1 : 1;
  return rows
    .map((r, i) => ({ r, i, v: value(r) }))
    .sort((a, b) => {
      if (a.v === undefined || b.v === undefined) return a.v === b.v ? a.i - b.i : a.v === undefined ? 1 : -1;
      const d = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collate(String(a.v), String(b.v));
      return d === 0 ? a.i - b.i : sign * d;
    })
    .map((x) => x.r);
}

/** A partial date as a sortable number: 2021 → 20210000, 2021-04 → 20210400, 2021-04-30 → 20210430. */
export function dateNumber(partial: string | undefined): number {
  if (!partial) return 0;
  const [y, mo = 0, d = 0] = partial.split('-').map(Number);
  return y! * 10000 + mo * 100 + d;
}

/** Rows about a country (any of `countries`) and of a type; null filters keep everything. */
export function filterRows(rows: Row[], filter: { country: string | null; kind: string | null }): Row[] {
  return rows.filter((r) => (!filter.country || r.countries.includes(filter.country)) && (!filter.kind || r.kind === filter.kind));
}

/** Whether a source is a depositary's or an official record (a blue chip) rather than a paper's. */
export const recordSource = (s: Source | undefined) => !!s && isAuthoritative(s);
