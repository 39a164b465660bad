/**
 * "Download PNG": draw the map for the slide (on a map of its own, the slide's shape: see mapFrame and
 * MapView.snapshot), draw the slide (title, map, legend, source line) and hand it to the browser as a file.
 * Everything stays in the page; nothing is uploaded.
 */
import { drawSlide, mapFrame, SLIDE, type SlideContent } from './slide.ts';
import type { SnapshotFrame } from '../map/types.ts';

export async function downloadSlide(
  snapshot: (frame: SnapshotFrame) => Promise<HTMLCanvasElement | null>,
  content: SlideContent,
  filename: string,
): Promise<void> {
  const map = await snapshot(mapFrame());
  if (!map) return;
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [SLIDE.width, SLIDE.height];
  drawSlide(canvas.getContext('2d')!, map, content);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
