/**
 * The static map: the same MapView as the MapLibre renderer, drawn as SVG with no WebGL. It paints the moment the
 * app starts (MapLibre's 290 kB load after it and take over), and it stays where WebGL is missing, blocked or
 * lost. Countries are buttons named in the page's language; flows are still lines with arrowheads; the reader
 * pans by dragging and zooms with the wheel, a pinch or the + and - keys. Same projection as MapLibre's
 * (../projection.ts), so the two line up and the handover does not jump.
 */
import type { Camera, CreateMap, Insets, LngLat, MapHover, MapInit, MapScene, MapView } from '../types.ts';
import type { MapTokens } from '../../theme/index.ts';
import { centreOf, project, unproject, worldSize, type Viewport } from '../projection.ts';
import { constrain, fitBounds } from '../frame.ts';
import { fromMercator, toMercator } from '../../flows/mercator.ts';
import { LabelLayer } from '../dom/label-layer.ts';
import { snapshotOn, type Built } from '../dom/snapshot.ts';
import { flowShape, shapePath, toleranceAt } from './geometry.ts';
import { drawMarkDisc } from '../mark.ts';

const NS = 'http://www.w3.org/2000/svg';
const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
/** As the WebGL overlay: a line outside the focus recedes to this. */
const FADED = 0.18;
const MAX_ZOOM = 7;
/** A press that moves less than this is a click, not a drag (CSS px). */
const CLICK_SLOP_PX = 5;
let instances = 0;

export const createSvgMap: CreateMap = (init) => build(init).view;

const el = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] => {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
};

type Country = { iso3: string | null; d: string; path: SVGPathElement; geometry: MapInit['countries']['features'][number]['geometry'] };

/** The static map behind a MapView, and a still of it drawn on a canvas (for the slide). */
export function build(init: MapInit, pixelRatio?: number): Built {
  const id = `svg-map-${++instances}`;
  const container = init.container;
  const size = () => ({ width: container.clientWidth || 1, height: container.clientHeight || 1 });
  let padding: Insets = NO_INSETS;
  let camera: Camera = constrain(init.camera ?? fitBounds(init.bounds, size(), init.boundsPadding), size(), init.maxBounds, MAX_ZOOM, padding);
  const viewport = (): Viewport => ({ camera, ...size(), padding });

  const svg = el('svg', { class: 'svg-map', 'data-static-map': '', role: 'group', 'aria-label': init.label, width: '100%', height: '100%' });
  if (init.describedBy) svg.setAttribute('aria-describedby', init.describedBy);
  const defs = el('defs');
  const hatch = el('pattern', { id: `${id}-hatch`, patternUnits: 'userSpaceOnUse', width: 6, height: 6 });
  const hatchLine = el('path', { d: 'M-1 1L1 -1M0 6L6 0M5 7L7 5', 'stroke-width': 1.2 });
  hatch.append(hatchLine);
  defs.append(hatch);
  const sea = el('rect', { width: '100%', height: '100%' });
  // Countries and their outlines in world units under one transform; flows, marks in screen px (their widths are).
  const world = el('g', { class: 'svg-map-countries' });
  const outlines = el('g', { class: 'svg-map-outlines', 'pointer-events': 'none' });
  const flowsLayer = el('g', { class: 'svg-map-flows' });
  const marksLayer = el('g', { class: 'svg-map-marks' });
  svg.append(defs, sea, world, outlines, flowsLayer, marksLayer);
  container.append(svg);
  container.style.touchAction = init.cooperative ? 'pan-x pan-y' : 'none';

  // The outlines at the detail the zoom can show, made again when the camera crosses a whole zoom level.
  let detailAt = Math.floor(camera.zoom);
  const countries: Country[] = init.countries.features.map((f) => {
    const d = shapePath(f.geometry, toleranceAt(camera.zoom));
    const path = el('path', { d, 'fill-rule': 'evenodd', 'vector-effect': 'non-scaling-stroke', 'stroke-width': 0.6 });
    const iso3 = f.properties.iso3;
    if (iso3) {
      // A country of the dataset is a button: clicked, tapped, or focused and entered, it opens its panel.
      path.dataset.iso3 = iso3;
      path.setAttribute('role', 'button');
      path.setAttribute('tabindex', '0');
      path.classList.add('svg-map-country');
    }
    world.append(path);
    return { iso3, d, path, geometry: f.geometry };
  });
  const byIso3 = new Map(countries.filter((c) => c.iso3).map((c) => [c.iso3!, c]));

  const moved = new Set<() => void>();
  const labels = new LabelLayer({
    container,
    project: (p) => project(viewport(), p),
    onMove: (layout) => {
      moved.add(layout);
      return () => moved.delete(layout);
    },
  });

  let scene: MapScene = init.scene;
  let hovered: string | null = null;

  function fills(s: MapScene): void {
    const c = s.palette;
    sea.setAttribute('fill', c.sea);
    hatchLine.setAttribute('stroke', c.disputedOutline);
    for (const k of countries) {
      k.path.setAttribute('fill', fillOf(k.iso3, s, hovered));
      k.path.setAttribute('stroke', c.border);
    }
  }

  function outlinesOf(s: MapScene): void {
    const c = s.palette;
    const parts: SVGElement[] = [];
    const outline = (iso3: string, attrs: Record<string, string | number>) => {
      const k = byIso3.get(iso3);
      if (k) parts.push(el('path', { d: k.d, fill: 'none', 'vector-effect': 'non-scaling-stroke', ...attrs }));
    };
    if (s.choropleth) {
      for (const iso3 of s.emphasised) outline(iso3, { stroke: c.emphasisOutline, 'stroke-width': 1.6 });
      for (const iso3 of s.choropleth.outlined) {
        outline(iso3, { fill: `url(#${id}-hatch)`, stroke: 'none' });
        outline(iso3, { stroke: c.disputedOutline, 'stroke-width': 2.5, 'stroke-dasharray': '5 3.75' });
      }
    }
    for (const iso3 of new Set([s.selected, s.focused].filter((x): x is string => !!x)))
      outline(iso3, { stroke: c.selectedOutline, 'stroke-width': 2.5 });
    outlines.replaceChildren(...parts);
  }

  /** Names for the countries' buttons: the labels' text, in the page's language. */
  function names(s: MapScene): void {
    for (const l of s.labels) byIso3.get(l.iso3)?.path.setAttribute('aria-label', l.text);
    for (const k of byIso3.values()) if (!k.path.hasAttribute('aria-label')) k.path.setAttribute('aria-label', k.iso3!);
  }

  function flows(s: MapScene): void {
    const v = viewport();
    const inFocus = (f: MapScene['flows'][number]) =>
      !s.focus ||
      (s.focus.kind === 'country'
        ? f.origin === s.focus.iso3 || f.destination === s.focus.iso3
        : (f.origin === s.focus.a && f.destination === s.focus.b) || (f.origin === s.focus.b && f.destination === s.focus.a));
    const parts: SVGElement[] = [];
    for (const f of s.flows) {
      if (f.widthPx <= 0) continue;
      const lit = f.id === s.highlight;
      const { line, head } = flowShape(
        f.path.map((p) => project(v, p)),
        f.widthPx,
      );
      const g = el('g', { 'data-flow': f.id, opacity: (inFocus(f) || lit ? 1 : FADED) * (lit ? 1 : (f.opacity ?? 1)) });
      const edge = lit ? s.palette.flowHighlightEdge : s.palette.flowCasing;
      g.append(
        // A wider, invisible stroke: a thin line is still easy to point at.
        el('path', { d: line, fill: 'none', stroke: 'transparent', 'stroke-width': Math.max(12, f.widthPx + 8), 'stroke-linecap': 'round' }),
        el('path', { d: line, fill: 'none', stroke: edge, 'stroke-width': f.widthPx + (lit ? 4 : 2), 'stroke-linecap': 'round' }),
        el('path', { d: head, fill: edge, stroke: edge, 'stroke-width': 2, 'stroke-linejoin': 'round' }),
        el('path', { d: line, fill: 'none', stroke: f.color, 'stroke-width': f.widthPx, 'stroke-linecap': 'round' }),
        el('path', { d: head, fill: f.color }),
      );
      parts.push(g);
    }
    flowsLayer.replaceChildren(...parts);
  }

  function marks(s: MapScene): void {
    const v = viewport();
    marksLayer.replaceChildren(
      ...s.marks.flatMap((m) => {
        const [x, y] = project(v, m.lngLat);
        const disc = el('circle', {
          cx: x,
          cy: y,
          r: m.radiusPx,
          fill: m.color,
          'fill-opacity': 0.45,
          stroke: m.color,
          'stroke-width': 1.5,
          'data-mark': m.id,
        });
        return m.ringPx
          ? [disc, el('circle', { cx: x, cy: y, r: m.ringPx, fill: 'none', stroke: m.color, 'stroke-width': 2, 'pointer-events': 'none' })]
          : [disc];
      }),
    );
  }

  /** Place what the camera moves: the countries' transform, the hatch's scale, the lines, marks and labels. */
  function place(): void {
    const v = viewport();
    const ws = worldSize(camera.zoom) / 512; // world units (512 at zoom 0) to CSS px
    const [cx, cy] = toMercator([camera.lng, camera.lat]);
    const [ox, oy] = centreOf(v);
    const transform = `matrix(${ws} 0 0 ${ws} ${ox - cx * 512 * ws} ${oy - cy * 512 * ws})`;
    if (Math.floor(camera.zoom) !== detailAt) {
      detailAt = Math.floor(camera.zoom);
      for (const k of countries) k.path.setAttribute('d', (k.d = shapePath(k.geometry, toleranceAt(camera.zoom))));
      outlinesOf(scene);
    }
    world.setAttribute('transform', transform);
    outlines.setAttribute('transform', transform);
    hatch.setAttribute('patternTransform', `scale(${1 / ws})`);
    flows(scene);
    marks(scene);
    container.dataset.camera = `${camera.lng.toFixed(3)},${camera.lat.toFixed(3)},${camera.zoom.toFixed(2)}`;
    for (const layout of moved) layout();
  }

  function apply(next: MapScene, was: MapScene | null): void {
    const changed = <K extends keyof MapScene>(k: K) => !was || was[k] !== next[k];
    scene = next;
    if (changed('palette')) labels.setPalette(next.palette);
    if (changed('palette') || changed('emphasised') || changed('choropleth') || changed('selected') || changed('focused')) {
      fills(next);
      outlinesOf(next);
    }
    if (changed('labels')) {
      labels.set(next.labels);
      names(next);
    }
    if (changed('flows') || changed('focus') || changed('highlight') || changed('palette')) flows(next);
    if (changed('marks')) marks(next);
  }

  // --- The reader's hand: hover, click, drag, wheel, pinch, keys --------------------------------------------
  let animation = 0;
  /** Where the move under way ends. */
  let destination: { camera: Camera; padding: Insets } | null = null;
  const jump = (next: Camera, byReader: boolean) => {
    cancelAnimationFrame(animation);
    destination = null;
    camera = constrain(next, size(), init.maxBounds, MAX_ZOOM, padding);
    place();
    if (byReader) init.onCamera?.(camera);
  };
  const point = (e: { clientX: number; clientY: number }): [number, number] => {
    const r = svg.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  /** Zoom by `dz` keeping the map point under `at` (screen px) where it is. */
  const zoomAround = (dz: number, at: [number, number], byReader = true) => {
    const v = viewport();
    const under = unproject(v, at);
    const zoomed = { ...v, camera: { ...camera, zoom: Math.min(MAX_ZOOM, camera.zoom + dz) } };
    const [x, y] = project(zoomed, under);
    jump(shiftBy(zoomed, x - at[0], y - at[1]), byReader);
  };
  const shiftBy = (v: Viewport, dx: number, dy: number): Camera => {
    const [lng, lat] = unproject(v, [centreOf(v)[0] + dx, centreOf(v)[1] + dy]);
    return { lng, lat, zoom: v.camera.zoom };
  };

  const hoverAt = (target: EventTarget | null, e: PointerEvent) => {
    const t = target as Element | null;
    const flow = t?.closest('[data-flow]')?.getAttribute('data-flow');
    const mark = flow ? null : t?.closest('[data-mark]')?.getAttribute('data-mark');
    const country = flow || mark ? null : (t as SVGElement | null)?.dataset?.iso3;
    const [x, y] = point(e);
    const next: MapHover | null = flow
      ? { kind: 'flow', id: flow, x, y }
      : mark
        ? { kind: 'mark', id: mark, x, y }
        : country
          ? { kind: 'country', id: country, x, y }
          : null;
    if ((country ?? null) !== hovered) {
      hovered = country ?? null;
      fills(scene);
    }
    svg.style.cursor = next ? 'pointer' : '';
    init.onHover?.(next);
  };

  const pointers = new Map<number, [number, number]>();
  let press: { at: [number, number]; camera: Camera; moved: boolean; pinch?: { distance: number; zoom: number } } | null = null;
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a[0] - b[0], a[1] - b[1]) : 0;
  };
  const onDown = (e: PointerEvent) => {
    if (e.button > 0) return;
    // Embedded, a finger scrolls the page: the map is moved by a mouse, or two fingers.
    if (init.cooperative && e.pointerType === 'touch' && pointers.size === 0) {
      pointers.set(e.pointerId, point(e));
      return;
    }
    pointers.set(e.pointerId, point(e));
    cancelAnimationFrame(animation);
    press = { at: point(e), camera, moved: false };
    if (pointers.size === 2) press.pinch = { distance: spread(), zoom: camera.zoom };
  };
  const onMove = (e: PointerEvent) => {
    if (!pointers.has(e.pointerId)) return hoverAt(e.target, e);
    pointers.set(e.pointerId, point(e));
    if (!press) return;
    const now = point(e);
    if (press.pinch && pointers.size >= 2) {
      const dz = Math.log2(spread() / Math.max(1, press.pinch.distance));
      press.moved = true;
      jump({ ...camera, zoom: press.pinch.zoom + dz }, false);
      return;
    }
    const [dx, dy] = [now[0] - press.at[0], now[1] - press.at[1]];
    if (!press.moved && Math.hypot(dx, dy) < CLICK_SLOP_PX) return;
    if (!press.moved) svg.setPointerCapture?.(e.pointerId);
    press.moved = true;
    jump(shiftBy({ ...viewport(), camera: press.camera }, -dx, -dy), false);
  };
  const onUp = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
    const p = press;
    if (pointers.size > 0 || !p) return;
    press = null;
    if (p.moved) return init.onCamera?.(camera);
    const t = e.target as Element | null;
    const flow = t?.closest('[data-flow]')?.getAttribute('data-flow');
    if (flow && init.onSelectFlow) return init.onSelectFlow(flow);
    const iso3 = (t as SVGElement | null)?.dataset?.iso3;
    if (iso3) init.onSelect(iso3);
  };
  const onCancel = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
    if (!pointers.size) press = null;
  };
  const onLeave = () => {
    if (hovered) {
      hovered = null;
      fills(scene);
    }
    svg.style.cursor = '';
    init.onHover?.(null);
  };
  const onWheel = (e: WheelEvent) => {
    if (init.cooperative && !e.ctrlKey && !e.metaKey) return; // the page scrolls; the map waits for a held key
    e.preventDefault();
    const dz = -e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002);
    zoomAround(Math.max(-1, Math.min(1, dz)), point(e));
  };
  const onKey = (e: KeyboardEvent) => {
    const t = e.target as SVGElement;
    if ((e.key === 'Enter' || e.key === ' ') && t.dataset?.iso3) {
      e.preventDefault();
      return init.onSelect(t.dataset.iso3);
    }
    const step = 80;
    const v = viewport();
    const moves: Record<string, () => void> = {
      '+': () => zoomAround(1, centreOf(v)),
      '=': () => zoomAround(1, centreOf(v)),
      '-': () => zoomAround(-1, centreOf(v)),
      ArrowLeft: () => jump(shiftBy(v, -step, 0), true),
      ArrowRight: () => jump(shiftBy(v, step, 0), true),
      ArrowUp: () => jump(shiftBy(v, 0, -step), true),
      ArrowDown: () => jump(shiftBy(v, 0, step), true),
    };
    const move = moves[e.key];
    if (move && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      e.stopPropagation();
      move();
    }
  };
  svg.addEventListener('pointerdown', onDown);
  svg.addEventListener('pointermove', onMove);
  svg.addEventListener('pointerup', onUp);
  svg.addEventListener('pointercancel', onCancel);
  svg.addEventListener('pointerleave', onLeave);
  svg.addEventListener('wheel', onWheel, { passive: false });
  svg.addEventListener('keydown', onKey);
  const resized = new ResizeObserver(() => jump(camera, false));
  resized.observe(container);

  apply(init.scene, null);
  place();
  const ready = new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

  // A still of the map now, on a canvas: the same path data through Path2D, the labels as they are on screen.
  const capture = async (labelsLeftOf = Infinity) => {
    await ready;
    const ratio = pixelRatio ?? window.devicePixelRatio ?? 1;
    const { width, height } = size();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [Math.round(width * ratio), Math.round(height * ratio)];
    const ctx = canvas.getContext('2d')!;
    drawStill(ctx, ratio);
    return { canvas, labels: labels.drawTo(ctx, ratio, labelsLeftOf) };
  };

  function drawStill(ctx: CanvasRenderingContext2D, ratio: number): void {
    const v = viewport();
    const ws = worldSize(camera.zoom) / 512;
    const [cx, cy] = toMercator([camera.lng, camera.lat]);
    const [ox, oy] = centreOf(v);
    ctx.fillStyle = scene.palette.sea;
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    const toWorld = () => ctx.setTransform(ratio * ws, 0, 0, ratio * ws, ratio * (ox - cx * 512 * ws), ratio * (oy - cy * 512 * ws));
    toWorld();
    for (const k of countries) {
      const path = new Path2D(k.d);
      ctx.fillStyle = fillOf(k.iso3, scene, null);
      ctx.fill(path, 'evenodd');
      ctx.strokeStyle = scene.palette.border;
      ctx.lineWidth = 0.6 / ws;
      ctx.stroke(path);
    }
    for (const o of outlines.children) {
      const stroke = o.getAttribute('stroke');
      if (!stroke || stroke === 'none') continue;
      ctx.strokeStyle = stroke;
      ctx.lineWidth = Number(o.getAttribute('stroke-width')) / ws;
      const dash = o.getAttribute('stroke-dasharray');
      ctx.setLineDash(dash ? dash.split(' ').map((n) => Number(n) / ws) : []);
      ctx.stroke(new Path2D(o.getAttribute('d')!));
    }
    ctx.setLineDash([]);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    for (const g of flowsLayer.children) {
      ctx.globalAlpha = Number(g.getAttribute('opacity') ?? 1);
      for (const p of [...g.children].slice(1)) {
        const path = new Path2D(p.getAttribute('d')!);
        const fill = p.getAttribute('fill');
        if (fill && fill !== 'none') {
          ctx.fillStyle = fill;
          ctx.fill(path);
        }
        const stroke = p.getAttribute('stroke');
        if (stroke && stroke !== 'transparent') {
          ctx.strokeStyle = stroke;
          ctx.lineWidth = Number(p.getAttribute('stroke-width'));
          ctx.lineCap = 'round';
          ctx.lineJoin = 'round';
          ctx.stroke(path);
        }
      }
    }
    ctx.globalAlpha = 1;
    for (const m of scene.marks) drawMarkDisc(ctx, ...project(v, m.lngLat), m.radiusPx, m.color, 1.5);
  }

  const view: MapView = {
    ready,
    render(next) {
      if (next === scene) return;
      apply(next, scene);
    },
    view: () => ({ camera, ...size(), padding }),
    heading: () => destination,
    moveTo(target, { duration, padding: nextPadding = NO_INSETS }) {
      cancelAnimationFrame(animation);
      const from = { camera, padding };
      padding = nextPadding;
      const to = constrain(target, size(), init.maxBounds, MAX_ZOOM, padding);
      if (duration <= 0) return jump(to, false);
      destination = { camera: to, padding: nextPadding };
      // Eased in Mercator, so the line of travel is straight on the map; the padding's change is eased with it.
      const [x0, y0] = toMercator([from.camera.lng, from.camera.lat]);
      const [x1, y1] = toMercator([to.lng, to.lat]);
      const start = performance.now();
      const step = (now: number) => {
        // A frame's timestamp can precede the call that started the move: never ease backwards.
        const t = Math.min(1, Math.max(0, (now - start) / duration));
        const k = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
        const mix = (a: number, b: number) => a + (b - a) * k;
        padding = {
          top: mix(from.padding.top, nextPadding.top),
          right: mix(from.padding.right, nextPadding.right),
          bottom: mix(from.padding.bottom, nextPadding.bottom),
          left: mix(from.padding.left, nextPadding.left),
        };
        const [lng, lat] = fromMercatorPoint(mix(x0, x1), mix(y0, y1));
        camera = { lng, lat, zoom: mix(from.camera.zoom, to.zoom) };
        place();
        if (t < 1) animation = requestAnimationFrame(step);
        else [padding, destination] = [nextPadding, null];
      };
      animation = requestAnimationFrame(step);
    },
    cover: (covering) => labels.cover(covering),
    snapshot: (s, frame, screenInsets) => snapshotOn({ init, ready, view: () => view.view(), build }, s, frame, screenInsets),
    destroy() {
      cancelAnimationFrame(animation);
      resized.disconnect();
      labels.destroy();
      svg.remove();
      delete container.dataset.camera;
    },
  };
  return { view, capture };
}

const fromMercatorPoint = (x: number, y: number): LngLat => fromMercator([x, y]);

/** A country's fill, as the MapLibre style decides it (style.ts): status colour first, then selection, hover. */
function fillOf(iso3: string | null, s: MapScene, hovered: string | null): string {
  const c: MapTokens = s.palette;
  if (s.choropleth) return (iso3 && s.choropleth.colors[iso3]) || c.context;
  if (!iso3) return c.context;
  if (iso3 === s.selected) return c.selected;
  if (iso3 === hovered || iso3 === s.focused) return c.hover;
  if (s.emphasised.includes(iso3)) return c.centralAsia;
  return c.dataCountry;
}
