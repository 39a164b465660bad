/**
 * An explore view's slide (a table, the timeline, a comparison): its headline, the header and the visible rows
 * (in the reader's order and filter) with each status in words and its date, the sources line, at 1920×1080,
 * drawn with Canvas 2D in the theme on screen. A long table shows the rows that fit and says "Rows 1–N of M".
 */
import type { SlideTokens } from '../theme/index.ts';
import { SLIDE, wrap } from './slide.ts';

/** A cell: its words (a status with its marks), a second line (a date), and the status's colour as a dot beside words. */
export type SlideCell = { text: string; sub?: string; dot?: string };
export type TableSlideContent = {
  title: string;
  subtitle: string;
  columns: string[];
  /** The share of the width each column takes (default: the first column twice the others). */
  weights?: number[];
  rows: SlideCell[][];
  /** "Rows 1–N of M", given how many fit. */
  rowsLine: (shown: number, total: number) => string;
  /** Each row's sources: the slide names those of the rows it shows. */
  rowSources: string[][];
  sourceLine: (sources: string[]) => string;
  credit: string;
  colors: SlideTokens;
};

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
/** Where the table goes: under the title band, above the rows line and the source band. */
export const TABLE_SLIDE = { top: 150, headHeight: 88, rowsLine: 44, rowPad: 14 } as const;

/** Type sizes: a matrix of a dozen columns (a treaty each) is set smaller than a list of four, so its words fit. */
export const typeFor = (columns: number) => (columns > 8 ? { size: 17, sub: 16, line: 23 } : { size: 22, sub: 20, line: 28 });

/** A row's height: one line of words, or two when a cell has a second line (a status's date). */
export const rowHeight = (row: SlideCell[], columns: number = row.length) =>
  TABLE_SLIDE.rowPad + typeFor(columns).line * (row.some((c) => c.sub) ? 2 : 1);

/**
 * How many of the rows fit between the header and the rows line, in order (never a row cut in half), and
 * whether to say which ones: `null` when every row fits.
 */
export function fitRows(rows: SlideCell[][], height: number = tableHeight()): { shown: number; partial: boolean } {
  let used = TABLE_SLIDE.headHeight;
  let shown = 0;
  for (const r of rows) {
    if (used + rowHeight(r) > height) break;
    used += rowHeight(r);
    shown++;
  }
  return { shown, partial: shown < rows.length };
}

/** The table's height on the slide: from its top to the rows line over the source band. */
export const tableHeight = () => SLIDE.height - SLIDE.sourceBand - TABLE_SLIDE.rowsLine - TABLE_SLIDE.top;

/** The sources of the rows shown, each once, in order. */
export const shownSources = (rowSources: string[][], shown: number) => [...new Set(rowSources.slice(0, shown).flat())];

/** Each column's x and width over the slide's width less its margins. */
export function columnBoxes(count: number, weights?: number[]): { x: number; w: number }[] {
  const ws = weights && weights.length === count ? weights : Array.from({ length: count }, (_, i) => (i === 0 ? 2 : 1));
  const sum = ws.reduce((a, b) => a + b, 0);
  const width = SLIDE.width - 2 * SLIDE.margin;
  let x = SLIDE.margin;
  return ws.map((w) => {
    const box = { x, w: (width * w) / sum };
    x += box.w;
    return box;
  });
}

/** A text cut with an ellipsis to fit `width`. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

export function drawTableSlide(ctx: CanvasRenderingContext2D, c: TableSlideContent): void {
  const { width: W, height: H, margin: M } = SLIDE;
  const T = TABLE_SLIDE;
  ctx.fillStyle = c.colors.background;
  ctx.fillRect(0, 0, W, H);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';

  // Title band: the view's headline (smaller type before it is cut short), then what the table is, on one line.
  ctx.fillStyle = c.colors.text;
  for (let size = 44; size >= 32; size -= 2) {
    ctx.font = `700 ${size}px ${FONT}`;
    if (ctx.measureText(c.title).width <= W - 2 * M) break;
  }
  ctx.fillText(fit(ctx, c.title, W - 2 * M), M, 62);
  ctx.fillStyle = c.colors.muted;
  ctx.font = `400 26px ${FONT}`;
  ctx.fillText(fit(ctx, c.subtitle, W - 2 * M), M, 106);

  const cols = columnBoxes(c.columns.length, c.weights);
  const pad = 6;
  const type = typeFor(c.columns.length);
  // The header: each column's name in three lines at most, bold, over a rule.
  ctx.font = `700 ${type.size}px ${FONT}`;
  ctx.fillStyle = c.colors.text;
  c.columns.forEach((name, i) => {
    const lines = wrap((s) => ctx.measureText(s).width, name, cols[i]!.w - pad).slice(0, 3);
    const y = T.top + T.headHeight - 12 - (lines.length - 1) * type.line;
    lines.forEach((l, j) => ctx.fillText(fit(ctx, l, cols[i]!.w - pad), cols[i]!.x, y + j * type.line));
  });
  ctx.fillStyle = c.colors.rule;
  ctx.fillRect(M, T.top + T.headHeight - 2, W - 2 * M, 2);

  const { shown, partial } = fitRows(c.rows);
  let y = T.top + T.headHeight;
  for (const row of c.rows.slice(0, shown)) {
    const h = rowHeight(row);
    row.forEach((cell, i) => {
      const box = cols[i]!;
      let x = box.x;
      const base = y + T.rowPad / 2 + type.size;
      ctx.font = `${i === 0 ? 700 : 400} ${type.size}px ${FONT}`;
      if (cell.dot) {
        // The status's colour beside its word, never alone.
        ctx.beginPath();
        ctx.arc(x + 5, base - 5, 5, 0, 2 * Math.PI);
        ctx.fillStyle = cell.dot;
        ctx.fill();
        ctx.strokeStyle = c.colors.muted;
        ctx.lineWidth = 1;
        ctx.stroke();
        x += 14;
      }
      ctx.fillStyle = c.colors.text;
      ctx.fillText(fit(ctx, cell.text, box.x + box.w - pad - x), x, base);
      if (cell.sub) {
        ctx.font = `400 ${type.sub}px ${FONT}`;
        ctx.fillStyle = c.colors.muted;
        ctx.fillText(fit(ctx, cell.sub, box.x + box.w - pad - x), x, base + type.line);
      }
    });
    y += h;
    ctx.fillStyle = c.colors.rule;
    ctx.fillRect(M, y - 1, W - 2 * M, 1);
  }

  // Which rows, when not all: "Rows 1–11 of 22".
  const bottom = H - SLIDE.sourceBand;
  ctx.font = `400 22px ${FONT}`;
  ctx.fillStyle = c.colors.muted;
  if (partial) ctx.fillText(c.rowsLine(shown, c.rows.length), M, bottom - 14);

  ctx.fillStyle = c.colors.rule;
  ctx.fillRect(0, bottom, W, 2);
  ctx.font = `400 19px ${FONT}`;
  ctx.fillStyle = c.colors.muted;
  const all = wrap((s) => ctx.measureText(s).width, c.sourceLine(shownSources(c.rowSources, shown)), W - 2 * M - 360);
  const lines = all.length > 2 ? [all[0]!, `${all[1]}…`] : all;
  lines.forEach((l, i) => ctx.fillText(l, M, bottom + 32 + i * 26));
  ctx.textAlign = 'right';
  ctx.fillText(c.credit, W - M, bottom + 32);
  ctx.textAlign = 'left';
}
