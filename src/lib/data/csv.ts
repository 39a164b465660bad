/**
 * CSV parsing that remembers where each row came from, so a validation error can name file, line and column.
 * d3-dsv does the RFC 4180 work (quotes, embedded commas); we only add line numbers and a strict header check.
 */
import { csvParseRows } from 'd3-dsv';

export type CsvRow = { line: number; cells: Record<string, string> };

/** One problem in the data, located precisely enough for a researcher to fix it in a spreadsheet. */
export class DataIssue {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly message: string,
    /** The offending cell as written, when there is one. */
    readonly value?: string,
  ) {}
  /** e.g. `data/flows.csv:14: share_pct "7O.2" is not a number` */
  toString(): string {
    const where = this.line === null ? `data/${this.file}` : `data/${this.file}:${this.line}`;
    const cell = this.value === undefined ? '' : ` ${JSON.stringify(this.value)}`;
    return this.field ? `${where}: ${this.field}${cell} ${this.message}` : `${where}: ${this.message}`;
  }
}

export class DataError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} in data/:\n` + issues.map((i) => '  ' + i).join('\n'));
    this.name = 'DataError';
  }
}

/**
 * Parse `text` (the contents of `file`) into rows keyed by header. Blank lines are skipped; every other line
 * must have exactly as many cells as the header. `required` columns must all be present in the header.
 */
export function parseCsv(file: string, text: string, columns: readonly string[], issues: DataIssue[]): CsvRow[] {
  const body = text.replace(/^\uFEFF/, '');
  const records = csvParseRows(body);
  const { starts: lineOf, unclosed } = scanLines(body);
  const header = records[0]?.map((h) => h.trim());
  // A quote left open swallows every row after it into one cell: name the quote, load nothing of the file.
  if (unclosed) {
    const field = unclosed.line > 1 ? (header?.[unclosed.field] ?? null) : null;
    issues.push(
      new DataIssue(file, unclosed.line, field, 'opens a quote (") that is never closed where the cell ends, so the rows after it cannot be read'),
    );
    return [];
  }
  if (!header || header.length === 0 || (header.length === 1 && header[0] === '')) {
    issues.push(new DataIssue(file, 1, null, 'has no header row'));
    return [];
  }
  const missing = columns.filter((c) => !header.includes(c));
  for (const c of missing) issues.push(new DataIssue(file, 1, c, 'column is missing from the header'));
  const unknown = header.filter((h) => !columns.includes(h));
  for (const c of unknown) issues.push(new DataIssue(file, 1, c, `is not a known column (expected: ${columns.join(', ')})`));
  const dupes = header.filter((h, i) => header.indexOf(h) !== i);
  for (const c of dupes) issues.push(new DataIssue(file, 1, c, 'column appears twice in the header'));
  if (missing.length || unknown.length || dupes.length) return [];

  const rows: CsvRow[] = [];
  records.slice(1).forEach((record, i) => {
    const line = lineOf[i + 1] ?? i + 2;
    if (record.length === 1 && record[0]!.trim() === '') return; // blank line
    if (record.length < header.length) {
      issues.push(
        new DataIssue(file, line, header[record.length]!, `is missing: the row has ${record.length} cells but the header has ${header.length}`),
      );
      return;
    }
    if (record.length > header.length) {
      issues.push(new DataIssue(file, line, null, `has ${record.length} cells but the header has ${header.length}`));
      return;
    }
    const cells: Record<string, string> = {};
    header.forEach((h, j) => (cells[h] = record[j]!.trim()));
    // Bytes that are not UTF-8 reach us as U+FFFD (the build reads files as UTF-8): a name silently garbled.
    for (const h of header)
      if (cells[h]!.includes('\uFFFD'))
        issues.push(new DataIssue(file, line, h, 'holds a byte that is not UTF-8 (read as \uFFFD): save the file as UTF-8', cells[h]));
    rows.push({ line, cells });
  });
  return rows;
}

/**
 * The 1-based line on which each record starts (a quoted cell may span lines), and where a quote that is never
 * closed opens (or one that closes mid-cell: it was paired with the next cell's opening quote). Quotes are read as d3-dsv reads them: only a quote at the start of a cell opens a quoted cell
 * (`5" screen` is text), and `""` inside one is a quote.
 */
function scanLines(text: string): { starts: number[]; unclosed: { line: number; field: number } | null } {
  const starts: number[] = [1];
  let line = 1;
  let field = 0;
  let atCellStart = true;
  let quoted = false;
  let opened = { line: 1, field: 0 };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else {
          quoted = false;
          // A closing quote ends its cell: text after it means this quote was paired with the wrong one.
          if (i + 1 < text.length && !',\r\n'.includes(text[i + 1]!)) return { starts, unclosed: opened };
        }
      } else if (ch === '\n') line++;
    } else if (ch === '"' && atCellStart) {
      quoted = true;
      opened = { line, field };
      atCellStart = false;
    } else if (ch === ',') {
      field++;
      atCellStart = true;
    } else if (ch === '\n') {
      line++;
      field = 0;
      atCellStart = true;
      if (i < text.length - 1) starts.push(line);
    } else if (ch !== '\r') atCellStart = false;
  }
  return { starts, unclosed: quoted ? opened : null };
}
