/**
 * Country labels drawn in HTML over the map: real text (translatable, selectable, read by screen readers),
 * no glyph server. Lower-priority labels hide when they would overlap a higher-priority one.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapLabel } from '../types.ts';

type Placed = { label: MapLabel; el: HTMLElement; w: number; h: number };
/** A label as drawn on a snapshot: its box and its name's font size, in the snapshot's pixels. */
export type DrawnLabel = { iso3: string; x: number; y: number; w: number; h: number; fontPx: number };

export class LabelLayer {
  private root: HTMLElement;
  private placed: Placed[] = [];

  constructor(private map: MapLibreMap) {
    this.root = document.createElement('div');
    this.root.className = 'map-labels';
    this.root.setAttribute('aria-hidden', 'true'); // the same names are in the country list and panels
    map.getContainer().appendChild(this.root);
    // Synchronously on every camera change: 20-odd projections are cheaper than a frame of lag.
    map.on('move', this.layout);
    map.on('resize', this.layout);
  }

  set(labels: MapLabel[]): void {
    this.root.replaceChildren();
    this.placed = [...labels]
      .sort((a, b) => b.priority - a.priority)
      .map((label) => {
        const el = document.createElement('div');
        el.className = 'map-label';
        el.dataset.iso3 = label.iso3;
        const name = document.createElement('span');
        name.className = 'map-label-name';
        name.textContent = label.text;
        el.append(name);
        if (label.detail) {
          const detail = document.createElement('span');
          detail.className = 'map-label-detail';
          detail.textContent = label.detail;
          el.append(detail);
        }
        this.root.append(el);
        return { label, el, w: 0, h: 0 };
      });
    for (const p of this.placed) [p.w, p.h] = [p.el.offsetWidth, p.el.offsetHeight];
    this.layout();
  }

  private layout = (): void => {
    const taken: [number, number, number, number][] = [];
    const { clientWidth: W, clientHeight: H } = this.map.getContainer();
    for (const p of this.placed) {
      let placed = false;
      for (const spot of p.label.at) {
        const point = this.map.project(spot.lngLat);
        const x = point.x;
        const y = spot.placement === 'above' ? point.y - p.h / 2 - 6 : point.y;
        const box: [number, number, number, number] = [x - p.w / 2 - 2, y - p.h / 2 - 1, x + p.w / 2 + 2, y + p.h / 2 + 1];
        const onscreen = box[0] >= 0 && box[2] <= W && box[1] >= 0 && box[3] <= H;
        if (!onscreen || taken.some((t) => box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1])) continue;
        p.el.style.transform = `translate(${Math.round(x - p.w / 2)}px, ${Math.round(y - p.h / 2)}px)`;
        taken.push(box);
        placed = true;
        break;
      }
      p.el.style.visibility = placed ? 'visible' : 'hidden';
    }
  };

  /**
   * Draw the visible labels onto a snapshot (CSS px scaled by `ratio`), as they look on screen, and say where
   * each went: its box and the name's font size, in the snapshot's pixels. Labels reaching past `maxRight`
   * (CSS px) are left out.
   */
  drawTo(ctx: CanvasRenderingContext2D, ratio: number, maxRight = Infinity): DrawnLabel[] {
    const drawn: DrawnLabel[] = [];
    for (const p of this.placed) {
      if (p.el.style.visibility !== 'visible') continue;
      const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(p.el.style.transform);
      if (!m) continue;
      const [x, y] = [Number(m[1]), Number(m[2])];
      if (x + p.w > maxRight) continue; // would be cut by what covers the image there (the slide's legend)
      const lines = [...p.el.children] as HTMLElement[];
      let top = y;
      let fontPx = 0;
      for (const line of lines) {
        const style = getComputedStyle(line);
        const size = parseFloat(style.fontSize) * ratio;
        fontPx ||= size;
        ctx.font = `${style.fontWeight} ${size}px ${style.fontFamily}`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'top';
        const cx = (x + p.w / 2) * ratio;
        const cy = top * ratio;
        ctx.lineWidth = 3 * ratio;
        ctx.lineJoin = 'round';
        ctx.strokeStyle = getComputedStyle(p.el).getPropertyValue('--label-halo').trim() || '#ffffff';
        ctx.strokeText(line.textContent ?? '', cx, cy);
        ctx.fillStyle = style.color;
        ctx.fillText(line.textContent ?? '', cx, cy);
        top += line.offsetHeight;
      }
      const r = (v: number) => Math.round(v * ratio);
      drawn.push({ iso3: p.label.iso3, x: r(x), y: r(y), w: r(p.w), h: r(top - y), fontPx: Math.round(fontPx * 10) / 10 });
    }
    return drawn;
  }

  destroy(): void {
    this.map.off('move', this.layout);
    this.map.off('resize', this.layout);
    this.root.remove();
  }
}
