/**
 * Country labels drawn in HTML over the map: real text (translatable, selectable), no glyph server. Where each
 * goes is decided by the renderer-neutral placement (../labels.ts) on every camera change; this layer measures,
 * positions and draws them onto a snapshot. Colours come from the scene's palette, as custom properties on the
 * layer (app.css styles `.map-label` with them). Every renderer uses it, through the surface it draws on.
 */
import type { LngLat, MapLabel } from '../types.ts';
import type { MapTokens } from '../../theme/index.ts';
import { byPriority, placeLabels, type Cover, type Edge } from '../labels.ts';

/** What a renderer gives its labels: the element they sit in, where a point is on it, and word of every move. */
export type LabelSurface = {
  container: HTMLElement;
  project: (p: LngLat) => [number, number];
  /** Call `layout` whenever the camera or the size changes; returns the unsubscriber. */
  onMove: (layout: () => void) => () => void;
};

type Shown = { label: MapLabel; el: HTMLElement; w: number; h: number; at: [number, number] | null; edge?: Edge };
/** A label as drawn on a snapshot: its box, its name's font size and its value's (if it has one), in the snapshot's pixels. */
export type DrawnLabel = { iso3: string; x: number; y: number; w: number; h: number; fontPx: number; valuePx?: number };

export class LabelLayer {
  private root: HTMLElement;
  private shown: Shown[] = [];
  private palette: MapTokens | null = null;
  private covered: Cover | undefined;

  private unsubscribe: () => void;

  constructor(private surface: LabelSurface) {
    this.root = document.createElement('div');
    this.root.className = 'map-labels';
    this.root.setAttribute('aria-hidden', 'true'); // the same names are in the country list and panels
    surface.container.appendChild(this.root);
    // Synchronously on every camera change: 20-odd projections are cheaper than a frame of lag.
    this.unsubscribe = surface.onMove(this.layout);
  }

  setPalette(palette: MapTokens): void {
    this.palette = palette;
    this.root.style.setProperty('--label-text', palette.labelText);
    this.root.style.setProperty('--label-detail', palette.labelDetail);
    this.root.style.setProperty('--label-halo', palette.labelHalo);
  }

  /** What covers the map now (panel, legend, story card): labels keep clear of it, values pinned to its edge. */
  cover(covered: Cover): void {
    const c = this.covered;
    const same = (a: Cover['cards'], b: Cover['cards']) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
    if (
      c &&
      c.top === covered.top &&
      c.right === covered.right &&
      c.bottom === covered.bottom &&
      c.left === covered.left &&
      same(c.cards, covered.cards)
    )
      return;
    this.covered = covered;
    this.layout();
  }

  set(labels: MapLabel[]): void {
    this.root.replaceChildren();
    this.shown = byPriority(labels).map((label) => {
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
      return { label, el, w: 0, h: 0, at: null };
    });
    for (const s of this.shown) [s.w, s.h] = [s.el.offsetWidth, s.el.offsetHeight];
    this.layout();
  }

  private layout = (): void => {
    const { clientWidth: W, clientHeight: H } = this.surface.container;
    const spots = placeLabels(this.shown, this.surface.project, W, H, this.covered);
    this.shown.forEach((s, i) => {
      const spot = spots[i] ?? null;
      s.at = spot && [spot[0], spot[1]];
      s.edge = spot?.[2];
      if (s.at) s.el.style.transform = `translate(${s.at[0]}px, ${s.at[1]}px)`;
      if (s.edge) s.el.dataset.edge = s.edge;
      else delete s.el.dataset.edge;
      s.el.style.visibility = s.at ? 'visible' : 'hidden';
    });
  };

  /**
   * Draw the visible labels onto a snapshot (CSS px scaled by `ratio`), as they look on screen, and say where
   * each went: its box and the name's font size, in the snapshot's pixels. Labels reaching past `maxRight`
   * (CSS px) are left out.
   */
  drawTo(ctx: CanvasRenderingContext2D, ratio: number, maxRight = Infinity): DrawnLabel[] {
    const drawn: DrawnLabel[] = [];
    for (const s of this.shown) {
      if (!s.at) continue;
      const [x, y] = s.at;
      if (x + s.w > maxRight) continue; // would be cut by what covers the image there (the slide's legend)
      let top = y;
      let fontPx = 0;
      let valuePx: number | undefined;
      for (const line of [...s.el.children] as HTMLElement[]) {
        const style = getComputedStyle(line);
        const size = parseFloat(style.fontSize) * ratio;
        if (fontPx) valuePx = Math.round(size * 10) / 10;
        fontPx ||= size;
        ctx.font = `${style.fontWeight} ${size}px ${style.fontFamily}`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'top';
        const cx = (x + s.w / 2) * ratio;
        const cy = top * ratio;
        ctx.lineWidth = 3 * ratio;
        ctx.lineJoin = 'round';
        ctx.strokeStyle = this.palette?.labelHalo ?? style.color;
        ctx.strokeText(line.textContent ?? '', cx, cy);
        ctx.fillStyle = style.color;
        ctx.fillText(line.textContent ?? '', cx, cy);
        top += line.offsetHeight;
      }
      const r = (v: number) => Math.round(v * ratio);
      drawn.push({ iso3: s.label.iso3, x: r(x), y: r(y), w: r(s.w), h: r(top - y), fontPx: Math.round(fontPx * 10) / 10, valuePx });
    }
    return drawn;
  }

  destroy(): void {
    this.unsubscribe();
    this.root.remove();
  }
}
