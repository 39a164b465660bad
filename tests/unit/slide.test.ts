import { describe, expect, it } from 'vitest';
import { coverRect, legendBox, mapArea, mapFrame, SLIDE, SLIDE_MAP_RATIO, titleBlock, wrap } from '../../src/lib/export/slide.ts';

describe('slide layout', () => {
  it('leaves a title band and a source band around the map', () => {
    const a = mapArea();
    expect(a.y).toBe(SLIDE.titleBand);
    expect(a.y + a.h).toBe(SLIDE.height - SLIDE.sourceBand);
    expect(a.w).toBe(1920);
  });

  it('covers the map area with the map image, cropping evenly', () => {
    const r = coverRect(1920, 1026, { x: 0, y: 128, w: 1920, h: 868 });
    expect(r.w).toBeGreaterThanOrEqual(1920);
    expect(r.h).toBeGreaterThanOrEqual(868);
    expect(r.x + r.w / 2).toBeCloseTo(960);
    expect(r.y + r.h / 2).toBeCloseTo(128 + 434);
  });

  it('draws the map for the slide: the map area at 1.5 device px per CSS px, whatever the screen', () => {
    const frame = mapFrame();
    const a = mapArea();
    expect(frame).toEqual({ width: 1280, height: Math.round(a.h / SLIDE_MAP_RATIO), pixelRatio: SLIDE_MAP_RATIO, coveredRight: expect.any(Number) });
    // The strip the legend covers, in the frame's CSS px: the legend and its margin, no more.
    const legend = legendBox({ title: '', subtitle: '', items: [] });
    expect(frame.coveredRight! * SLIDE_MAP_RATIO).toBeGreaterThanOrEqual(SLIDE.width - legend.x);
    expect(frame.coveredRight! * SLIDE_MAP_RATIO).toBeLessThan(SLIDE.width - legend.x + SLIDE.margin);
    expect(SLIDE_MAP_RATIO).toBe(1.5);
    // Landscape, the map area's shape (to a pixel), and its image covers the area at about 1 : 1.
    expect(Math.abs(frame.width / frame.height - a.w / a.h)).toBeLessThan(0.005);
    const [w, h] = [frame.width * frame.pixelRatio, frame.height * frame.pixelRatio];
    expect(w).toBe(a.w);
    expect(Math.abs(h - a.h)).toBeLessThanOrEqual(1);
    const r = coverRect(w, Math.round(h), a);
    expect(r.w / w).toBeCloseTo(1, 6);
    expect(r.h).toBeGreaterThanOrEqual(a.h);
  });

  it('grows the title band for a step’s caption and its basis line, and gives the map what is left', () => {
    const measure = (s: string) => s.length * 12;
    const plain = titleBlock(measure, { subtitle: 'Uzbekistan’s labour migrants, first three months of 2023, Kamilov 2025' });
    expect(plain.lines).toHaveLength(1);
    expect(plain.band).toBe(SLIDE.titleBand);
    const caption = 'word '.repeat(90).trim(); // 449 characters: three lines at 12 px a character
    const step = titleBlock(measure, { subtitle: caption, basisLine: 'Uzbekistan’s labour migrants, first three months of 2023, Kamilov 2025' });
    expect(step.lines).toHaveLength(3);
    expect(step.band).toBeGreaterThan(step.basisY);
    expect(mapFrame(step.band).height * SLIDE_MAP_RATIO).toBeCloseTo(SLIDE.height - step.band - SLIDE.sourceBand, -1);
    // A caption too long for three lines is cut with an ellipsis, never run into the map.
    const long = titleBlock(measure, { subtitle: 'word '.repeat(400).trim() });
    expect(long.lines).toHaveLength(3);
    expect(long.lines[2]!.endsWith('…')).toBe(true);
  });

  it('wraps text to a width', () => {
    const lines = wrap((s) => s.length * 10, 'one two three four five six', 100);
    expect(lines).toEqual(['one two', 'three four', 'five six']);
  });
});

describe('the slide legend', () => {
  it('draws each width sample at the scale the map is drawn at, so the key matches the lines', async () => {
    const { drawSlide } = await import('../../src/lib/export/slide.ts');
    const strokes: number[] = [];
    const state: Record<string, unknown> = {};
    const ctx = new Proxy(state, {
      get: (t, k) =>
        k === 'measureText'
          ? (s: string) => ({ width: s.length * 10 })
          : k === 'stroke'
            ? () => strokes.push(t.lineWidth as number)
            : k in t
              ? t[k as string]
              : () => {},
      set: (t, k, v) => ((t[k as string] = v), true),
    }) as unknown as CanvasRenderingContext2D;
    drawSlide(
      ctx,
      { width: 1920, height: 869 } as HTMLCanvasElement,
      {
        title: 't',
        subtitle: 's',
        legend: { title: 'l', subtitle: '', items: [{ kind: 'line', color: '#000', width: 10, label: '50%' }] },
        sourceLine: 'src',
        credit: 'c',
        colors: { background: '#fff', text: '#000', muted: '#555', panel: '#fff' },
      } as Parameters<typeof drawSlide>[2],
    );
    expect(strokes).toContain(10 * SLIDE_MAP_RATIO);
  });
});
