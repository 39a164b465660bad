/**
 * "Download PNG": draw the map for the slide (on a map of its own, the slide's shape: see mapFrame and
 * MapView.snapshot), draw the slide (title, map, legend, source line) and hand it to the browser as a file.
 * Everything stays in the page; nothing is uploaded.
 */
import { drawSlide, mapFrame, SLIDE, titleBlock, type SlideContent } from './slide.ts';
import type { SnapshotFrame } from '../map/types.ts';
import { drawTableSlide, type TableSlideContent } from './table-slide.ts';

export async function downloadSlide(
  snapshot: (frame: SnapshotFrame) => Promise<HTMLCanvasElement | null>,
  content: SlideContent,
  filename: string,
): Promise<void> {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [SLIDE.width, SLIDE.height];
  const ctx = canvas.getContext('2d')!;
  // The map fills what the title band leaves (a step's caption makes it taller).
  const { band } = titleBlock((text, font) => ((ctx.font = font), ctx.measureText(text).width), content);
  const map = await snapshot(mapFrame(band));
  if (!map) return;
  drawSlide(ctx, map, content);
  await saveCanvas(canvas, filename);
}

/** An explore view's slide (a table, the timeline, a comparison): no map, drawn at once. */
export async function downloadTableSlide(content: TableSlideContent, filename: string): Promise<void> {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [SLIDE.width, SLIDE.height];
  drawTableSlide(canvas.getContext('2d')!, content);
  await saveCanvas(canvas, filename);
}

async function saveCanvas(canvas: HTMLCanvasElement, filename: string): Promise<void> {
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
