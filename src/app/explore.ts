/**
 * The explore tables in words: a column's heading, a cell's text, and the visible rows as CSV, in the reader's
 * language. Pure (the component and the download share it, so what is downloaded is what is shown).
 */
import { csvFormatRows } from 'd3-dsv';
import { formatShare, formatAmount } from '../lib/i18n/format.ts';
import type { I18n } from '../lib/i18n/index.ts';
import type { Basis } from '../lib/queries/flows.ts';
import type { Cell, Column, Row, Table } from '../lib/queries/tables.ts';
import type { TimelineItem } from '../lib/queries/timeline.ts';
import type { Comparison, CompareRow } from '../lib/queries/compare.ts';
import type { SlideCell } from '../lib/export/table-slide.ts';
import { standingColor, type Theme } from '../lib/theme/index.ts';

type ColumnWord = keyof I18n['m']['explore']['column'];

export function columnLabel(c: Column, t: I18n): string {
  return c.short ?? c.name ?? t.m.explore.column[c.key as ColumnWord] ?? c.key;
}

/** What a cell says, without its source: a status with its date, a name, a date, a share or a number. */
export function cellText(cell: Cell | undefined, c: Column, table: Table, t: I18n): string {
  const x = t.m.explore;
  if (!cell) return '';
  if (c.type === 'status') {
    if (!cell.status || cell.status === 'none') return x.noStatus;
    const date = t.locale.date(cell.date);
    return date ? `${t.m.status[cell.status]} (${date})` : t.m.status[cell.status];
  }
  if (c.type === 'date') return cell.date ? (cell.inferred ? t.m.dateInferred(t.locale.date(cell.date)) : t.locale.date(cell.date)) : '';
  if (c.key === 'type' && table.kind === 'agreements') return x.agreementType[cell.text as keyof typeof x.agreementType] ?? cell.text ?? '';
  if (c.key === 'basis') return x.basis[cell.text as Basis] ?? cell.text ?? '';
  if (c.key === 'share') return cell.value === undefined ? '' : formatShare(cell.value, t);
  if (c.key === 'count') return cell.value === undefined ? '' : formatAmount(cell.value, t);
  if (c.type === 'number') return cell.text ?? (cell.value === undefined ? '' : t.locale.number(cell.value));
  return cell.text ?? '';
}

/** The type filter's word for a row kind (a country's role, an agreement's type, a flow's basis). */
export function kindLabel(table: Table, kind: string, t: I18n): string {
  const x = t.m.explore;
  if (table.kind === 'agreements') return x.agreementType[kind as keyof typeof x.agreementType] ?? kind;
  if (table.kind === 'flows') return x.basis[kind as Basis] ?? kind;
  return x.role[kind as keyof typeof x.role] ?? kind;
}

/**
 * The rows shown, as CSV: a column per table column and, after each cell with a source, its source and locator,
 * and whether a paper disputes it; so a spreadsheet keeps what the screen shows, sources included.
 */
export function tableCsv(table: Table, rows: Row[], t: I18n): string {
  const sourced = table.columns.filter((c) => rows.some((r) => r.cells[c.key]?.source));
  const head = table.columns.flatMap((c) => {
    const label = columnLabel(c, t);
    return sourced.includes(c) ? [label, `${label}${t.m.labelSeparator}${t.m.source}`, `${label}${t.m.labelSeparator}${t.m.locatorLabel}`] : [label];
  });
  const body = rows.map((r) =>
    table.columns.flatMap((c) => {
      const cell = r.cells[c.key];
      const mark =
        cell?.disputedBy?.length || cell?.corroboration === 'disputed' ? t.m.disputed : cell?.corroboration === 'reported' ? t.m.reported : '';
      const text = cellText(cell, c, table, t) + (mark ? ` [${mark}]` : '');
      return sourced.includes(c) ? [text, cell?.source?.citation ?? '', cell?.locator ?? ''] : [text];
    }),
  );
  return csvFormatRows([head, ...body]);
}

/**
 * The slide of an explore view: its columns and rows in words (each status with its date and any mark, its colour
 * only beside the words), and the sources of the rows shown. Pure: the controller draws what this gives.
 */
export type ExploreSlide = { subtitle: string; columns: string[]; weights: number[]; rows: SlideCell[][]; rowSources: string[][] };

function statusSlideCell(cell: Cell | undefined, t: I18n, theme: Theme): SlideCell {
  if (!cell?.status || cell.status === 'none') return { text: t.m.explore.noStatus };
  // Under the status, its date and a paper's contrary claim: the status's own line stays short enough to read.
  const sub = [cell.date ? t.locale.date(cell.date) : null, cell.disputedBy?.length ? t.m.disputed : null].filter((x): x is string => !!x);
  return {
    text: t.m.status[cell.status],
    sub: sub.length ? sub.join(' · ') : undefined,
    dot: standingColor(theme, cell.status),
  };
}

const WEIGHTS: Record<Table['kind'], (n: number) => number[]> = {
  instruments: (n) => [1.3, ...Array<number>(n - 1).fill(1)],
  organisations: (n) => [1.3, ...Array<number>(n - 1).fill(1)],
  agreements: () => [5, 3, 2, 1.5],
  flows: () => [2, 2, 2, 1.5, 1, 1.5],
};

/** `filters`: what the rows are filtered to, in words (a country's name, a type), after the table's name. */
export function tableSlide(table: Table, rows: Row[], filters: string[], t: I18n, theme: Theme): ExploreSlide {
  const slideRows = rows.map((r) =>
    table.columns.map((c): SlideCell => {
      const cell = r.cells[c.key];
      if (c.type === 'status') return statusSlideCell(cell, t, theme);
      const mark = cell?.corroboration === 'reported' ? t.m.reported : cell?.corroboration === 'disputed' ? t.m.disputed : null;
      const text = cellText(cell, c, table, t);
      return { text: mark ? `${text} · ${mark}` : text };
    }),
  );
  return {
    // The headline is the table's caption; under it, which table and which rows.
    subtitle: [t.m.explore.tables[table.kind], ...filters].join(' · '),
    columns: table.columns.map((c) => columnLabel(c, t)),
    weights: WEIGHTS[table.kind](table.columns.length),
    rows: slideRows,
    rowSources: rows.map((r) => table.columns.flatMap((c) => r.cells[c.key]?.source?.short ?? [])),
  };
}

/** The timeline's slide: its items in date order (each once, whatever the grouping), with kind, countries and marks. */
export function timelineSlide(items: TimelineItem[], scope: string, countryName: (iso3: string) => string, t: I18n): ExploreSlide {
  const x = t.m.explore.timeline;
  const m = t.m.explore.column;
  // A membership's standing (member, observer) as the page gives it; a ratification's kind says it already.
  const standing = (i: TimelineItem) =>
    i.status && i.status !== 'former' && i.kind !== 'ratification' && i.kind !== 'signature'
      ? (t.m.status[i.status as keyof typeof t.m.status] ?? null)
      : null;
  return {
    // The headline is the timeline's caption; under it, whose.
    subtitle: [x.title, scope].join(' · '),
    columns: [m.date, x.grouping.kind, m.what, x.countries],
    weights: [1.3, 1, 5, 2.2],
    rows: items.map((i) => {
      const marks = [i.disputed ? t.m.disputed : null, i.reported ? t.m.reported : null].filter((s): s is string => !!s);
      const date = t.locale.date(i.date);
      return [
        { text: i.inferred ? `${date} (${x.dateInferred})` : date },
        { text: i.status === 'former' ? x.left : x.kinds[i.kind] },
        { text: [i.title, standing(i), ...marks].filter((w): w is string => !!w).join(' · ') },
        { text: t.locale.list(i.countries.map(countryName)) },
      ];
    }),
    rowSources: items.map((i) => [i.source.short]),
  };
}

/** A comparison's slide: a row per organisation and treaty, a column per country, and "differs" in words. */
export function compareSlide(c: Comparison, t: I18n, theme: Theme): ExploreSlide {
  const x = t.m.explore.compare;
  const row = (r: CompareRow): SlideCell[] => {
    return [{ text: r.short }, ...r.cells.map((cell) => statusSlideCell(cell, t, theme)), { text: r.differs ? x.differs : '' }];
  };
  return {
    subtitle: x.caption,
    columns: ['', ...c.countries.map((k) => k.name), ''],
    weights: [2, ...c.countries.map(() => 1.5), 1],
    rows: [...c.organisations.map(row), ...c.instruments.map(row)],
    rowSources: [...c.organisations, ...c.instruments].map((r) => r.cells.flatMap((cell) => cell.source?.short ?? [])),
  };
}
