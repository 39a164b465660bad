/**
 * The explore tables in words: a column's heading, a cell's text, and the visible rows as CSV, in the reader's
 * language. Pure (the component and the download share it, so what is downloaded is what is shown).
 */
import { csvFormatRows } from 'd3-dsv';
import { formatShare, formatAmount } from '../lib/i18n/format.ts';
import type { I18n } from '../lib/i18n/index.ts';
import type { Basis } from '../lib/queries/flows.ts';
import type { Cell, Column, Row, Table } from '../lib/queries/tables.ts';

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
