/**
 * "Download PNG": the current view as a 1920×1080 slide: title, the map (with its flows), the legend and the
 * source line, drawn with Canvas 2D so the image is exactly what the legend says, at slide resolution.
 */
import { drawMarkDisc } from '../map/mark.ts';
import type { SnapshotFrame } from '../map/types.ts';
import type { SlideTokens } from '../theme/index.ts';

/** `titleBand` is the least: a subtitle of several lines (a story step's caption) and what the lines count add to it. */
export const SLIDE = { width: 1920, height: 1080, titleBand: 128, sourceBand: 84, margin: 40 } as const;

export type LegendItem =
  | { kind: 'line'; color: string; width: number; label: string }
  /** A status colour; with `tint`, its right half in that (the lighter colour of countries outside the five); `hatched`: the dispute mark. */
  | { kind: 'swatch'; color: string; label: string; tint?: string; hatched?: boolean }
  /** A label over its value; with `color`, led by a dot of that colour (an origin's total mark). */
  | { kind: 'row'; label: string; value: string; color?: string }
  | { kind: 'heading'; label: string };

export type SlideLegend = { title: string; subtitle: string; items: LegendItem[] };

export type SlideContent = {
  title: string;
  /** Wrapped to three lines at most. */
  subtitle: string;
  /** What the lines count, when and whose (flows only). */
  basisLine?: string;
  legend: SlideLegend;
  sourceLine: string;
  credit: string;
  /** The theme's slide colours. */
  colors: SlideTokens;
};

/** Where the map image goes so it covers the map area, centred (the crop is symmetric). */
export function coverRect(srcW: number, srcH: number, dst: { x: number; y: number; w: number; h: number }) {
  const scale = Math.max(dst.w / srcW, dst.h / srcH);
  const w = srcW * scale;
  const h = srcH * scale;
  return { x: dst.x + (dst.w - w) / 2, y: dst.y + (dst.h - h) / 2, w, h };
}

const LEGEND = { width: 520, pad: 24, rowH: 38, head: 70 } as const;

export const mapArea = (band: number = SLIDE.titleBand) => ({ x: 0, y: band, w: SLIDE.width, h: SLIDE.height - band - SLIDE.sourceBand });

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
const SUBTITLE = { top: 96, line: 31, sizes: [26, 23, 20], maxLines: 3 } as const;
const BASIS_LINE = 27;

/**
 * The title band's lines: the subtitle wrapped to three lines at most (smaller type before it is cut short),
 * and the height of the band that holds them and the basis line. `measure`: a text's width in a font.
 */
export function titleBlock(measure: (text: string, font: string) => number, c: Pick<SlideContent, 'subtitle' | 'basisLine'>) {
  let lines: string[] = [];
  let font = '';
  for (const size of SUBTITLE.sizes) {
    font = `400 ${size}px ${FONT}`;
    lines = wrap((s) => measure(s, font), c.subtitle, SLIDE.width - 2 * SLIDE.margin);
    if (lines.length <= SUBTITLE.maxLines) break;
  }
  if (lines.length > SUBTITLE.maxLines) lines = [...lines.slice(0, SUBTITLE.maxLines - 1), `${lines[SUBTITLE.maxLines - 1]}…`];
  // What the lines count, under it: two lines at most (four origins' periods and sources are long).
  const basisFont = `700 21px ${FONT}`;
  const basis = c.basisLine ? wrap((s) => measure(s, basisFont), c.basisLine, SLIDE.width - 2 * SLIDE.margin).slice(0, 2) : [];
  const basisY = SUBTITLE.top + lines.length * SUBTITLE.line + 4;
  const last = basis.length ? basisY + (basis.length - 1) * BASIS_LINE : SUBTITLE.top + (lines.length - 1) * SUBTITLE.line;
  const band = Math.max(SLIDE.titleBand, last + 28);
  return { lines, font, basis, basisFont, basisY, band };
}

/**
 * The map is drawn for the slide, not scaled from the screen: a view of the map area's landscape shape,
 * 1280 × 523 CSS px, drawn at 1.5 device px per CSS px (1920 × 785, cropped evenly to 1920 × 784), so lines and
 * labels are 1.5 × their on-screen size whatever the screen (scaling a 375 px phone map up to 1920 px made them
 * 5 × and showed only a narrow band of it).
 */
export const SLIDE_MAP_RATIO = 1.5;
export function mapFrame(band: number = SLIDE.titleBand): SnapshotFrame {
  const area = mapArea(band);
  return {
    width: Math.round(area.w / SLIDE_MAP_RATIO),
    height: Math.round(area.h / SLIDE_MAP_RATIO),
    pixelRatio: SLIDE_MAP_RATIO,
    // The legend's strip: what was on screen is drawn beside it, never under it.
    coveredRight: Math.round((LEGEND.width + SLIDE.margin * 1.5) / SLIDE_MAP_RATIO),
  };
}

/** Greedy word wrap for Canvas 2D text. */
export function wrap(measure: (s: string) => number, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export function drawSlide(ctx: CanvasRenderingContext2D, map: CanvasImageSource & { width: number; height: number }, c: SlideContent): void {
  const { width: W, height: H, margin: M } = SLIDE;
  ctx.fillStyle = c.colors.background;
  ctx.fillRect(0, 0, W, H);

  const block = titleBlock((text, font) => ((ctx.font = font), ctx.measureText(text).width), c);
  const area = mapArea(block.band);
  const r = coverRect(map.width, map.height, area);
  ctx.save();
  ctx.beginPath();
  ctx.rect(area.x, area.y, area.w, area.h);
  ctx.clip();
  ctx.drawImage(map, r.x, r.y, r.w, r.h);
  ctx.restore();

  // Title band: the title, the subtitle (a step's caption), what the lines count and when.
  ctx.fillStyle = c.colors.background;
  ctx.fillRect(0, 0, W, block.band);
  ctx.fillStyle = c.colors.text;
  ctx.textBaseline = 'alphabetic';
  fitFont(ctx, c.title, 700, 46, 28, W - 2 * M);
  ctx.fillText(c.title, M, 58);
  ctx.font = block.font;
  ctx.fillStyle = c.basisLine ? c.colors.text : c.colors.muted;
  block.lines.forEach((l, i) => ctx.fillText(l, M, SUBTITLE.top + i * SUBTITLE.line));
  ctx.fillStyle = c.colors.muted;
  ctx.font = block.basisFont;
  block.basis.forEach((l, i) => ctx.fillText(l, M, block.basisY + i * BASIS_LINE));

  drawLegend(ctx, c, block.band);

  // Source band
  ctx.fillStyle = c.colors.background;
  ctx.fillRect(0, H - SLIDE.sourceBand, W, SLIDE.sourceBand);
  ctx.fillStyle = c.colors.rule;
  ctx.fillRect(0, H - SLIDE.sourceBand, W, 2);
  ctx.font = `400 19px ${FONT}`;
  ctx.fillStyle = c.colors.muted;
  const lines = wrap((s) => ctx.measureText(s).width, c.sourceLine, W - 2 * M - 360).slice(0, 2);
  lines.forEach((l, i) => ctx.fillText(l, M, H - SLIDE.sourceBand + 32 + i * 26));
  ctx.textAlign = 'right';
  ctx.fillText(c.credit, W - M, H - SLIDE.sourceBand + 32);
  ctx.textAlign = 'left';
}

const TITLE_LINE = 30;
const SUBTITLE_LINE = 26;
/** A row takes two lines: its label, then its value (a range of totals is too long to share a line). */
const rowHeight = (item: LegendItem) => (item.kind === 'row' ? 64 : LEGEND.rowH);

/**
 * Where the legend sits: top right of the map, as on screen, over Siberia and Mongolia, where no corridor runs
 * (bottom right, it hid the flow to South Korea once presenter steps zoomed in).
 */
export function legendBox(legend: SlideLegend, extraHeight = 0, band: number = SLIDE.titleBand): { x: number; y: number; w: number; h: number } {
  const h = LEGEND.pad * 2 + LEGEND.head + extraHeight + legend.items.reduce((sum, item) => sum + rowHeight(item), 0);
  const area = mapArea(band);
  return { x: SLIDE.width - SLIDE.margin - LEGEND.width, y: area.y + SLIDE.margin / 2, w: LEGEND.width, h };
}

/** The largest font size (down to `min`) at which `text` fits `width`. */
function fitFont(ctx: CanvasRenderingContext2D, text: string, weight: number, size: number, min: number, width: number): void {
  for (let s = size; s >= min; s -= 2) {
    ctx.font = `${weight} ${s}px ${FONT}`;
    if (ctx.measureText(text).width <= width) return;
  }
}

function drawLegend(ctx: CanvasRenderingContext2D, c: SlideContent, band: number): void {
  const { legend } = c;
  // A long title or subtitle (a treaty's full name, a status map's "as of") wraps to a second line rather
  // than shrinking out of sight; the legend grows by the extra lines.
  const { pad } = LEGEND;
  const lines = (text: string, font: string) => {
    ctx.font = font;
    return wrap((t) => ctx.measureText(t).width, text, LEGEND.width - 2 * pad).slice(0, 2);
  };
  const titleFont = `700 24px ${FONT}`;
  const subtitleFont = `400 20px ${FONT}`;
  const title = lines(legend.title, titleFont);
  const subtitle = lines(legend.subtitle, subtitleFont);
  const extraTitle = (Math.max(1, title.length) - 1) * TITLE_LINE;
  const extra = extraTitle + (Math.max(1, subtitle.length) - 1) * SUBTITLE_LINE;
  const { x, y, h } = legendBox(legend, extra, band);
  ctx.fillStyle = c.colors.panel;
  ctx.shadowColor = c.colors.shadow;
  ctx.shadowBlur = 18;
  ctx.fillRect(x, y, LEGEND.width, h);
  ctx.shadowBlur = 0;
  ctx.fillStyle = c.colors.text;
  ctx.font = titleFont;
  title.forEach((line, i) => ctx.fillText(line, x + pad, y + pad + 24 + i * TITLE_LINE, LEGEND.width - 2 * pad));
  ctx.fillStyle = c.colors.muted;
  ctx.font = subtitleFont;
  subtitle.forEach((line, i) => ctx.fillText(line, x + pad, y + pad + 58 + extraTitle + i * SUBTITLE_LINE, LEGEND.width - 2 * pad));
  let top = y + pad + LEGEND.head + extra;
  legend.items.forEach((item) => {
    const cy = top + LEGEND.rowH / 2;
    top += rowHeight(item);
    ctx.font = `400 22px ${FONT}`;
    ctx.fillStyle = c.colors.text;
    if (item.kind === 'line') {
      ctx.strokeStyle = item.color;
      ctx.lineWidth = item.width * SLIDE_MAP_RATIO; // CSS px, drawn at the map's own scale so the key matches its lines
      ctx.lineCap = 'round';
      ctx.beginPath();
      ctx.moveTo(x + pad + 6, cy);
      ctx.lineTo(x + pad + 86, cy);
      ctx.stroke();
      ctx.fillText(item.label, x + pad + 110, cy + 8);
    } else if (item.kind === 'swatch') {
      const box = { x: x + pad + 2, y: cy - 12, w: 26, h: 24 };
      if (item.hatched) {
        // As on the map: diagonal stripes inside a dashed outline.
        ctx.save();
        ctx.beginPath();
        ctx.rect(box.x, box.y, box.w, box.h);
        ctx.clip();
        ctx.strokeStyle = item.color;
        ctx.lineWidth = 3;
        for (let d = -box.h; d < box.w; d += 8) {
          ctx.beginPath();
          ctx.moveTo(box.x + d, box.y + box.h);
          ctx.lineTo(box.x + d + box.h, box.y);
          ctx.stroke();
        }
        ctx.restore();
        ctx.setLineDash([6, 4]);
        ctx.strokeStyle = item.color;
        ctx.lineWidth = 3;
        ctx.strokeRect(box.x, box.y, box.w, box.h);
        ctx.setLineDash([]);
      } else {
        ctx.fillStyle = item.color;
        ctx.fillRect(box.x, box.y, box.w, box.h);
        if (item.tint) {
          ctx.fillStyle = item.tint;
          ctx.fillRect(box.x + box.w / 2, box.y, box.w / 2, box.h);
        }
        ctx.strokeStyle = c.colors.muted;
        ctx.lineWidth = 1;
        ctx.strokeRect(box.x, box.y, box.w, box.h);
      }
      ctx.fillStyle = c.colors.text;
      ctx.fillText(item.label, x + pad + 44, cy + 8, LEGEND.width - 2 * pad - 44);
    } else if (item.kind === 'heading') {
      ctx.font = `700 20px ${FONT}`;
      ctx.fillStyle = c.colors.muted;
      ctx.fillText(item.label, x + pad, cy + 10, LEGEND.width - 2 * pad);
    } else {
      const indent = item.color ? 34 : 0;
      if (item.color) {
        // Drawn like the map's mark: a translucent disc with a solid edge.
        drawMarkDisc(ctx, x + pad + 12, cy, 11, item.color, 2.5);
        ctx.fillStyle = c.colors.text;
      }
      const width = LEGEND.width - 2 * pad - indent;
      ctx.fillText(item.label, x + pad + indent, cy + 8, width);
      fitFont(ctx, item.value, 700, 22, 14, width);
      ctx.fillText(item.value, x + pad + indent, cy + 36, width);
    }
  });
}
