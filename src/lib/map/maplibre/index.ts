/**
 * The one owner of the MapLibre instance. Everything MapLibre-specific stays in this folder; the app sees
 * only the MapView interface (../types.ts).
 */
import { Map as MapLibreMap, setWorkerUrl, type MapGeoJSONFeature, type GeoJSONSource, type PointLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, Point } from 'geojson';
import type { Camera, Choropleth, CreateMap, FlowFocus, MapFlow, MapHover, MapInit, MapLabel, MapMark, MapView } from '../types.ts';
import { buildStyle, themePaint, type Theme } from './style.ts';
import { LabelLayer, type DrawnLabel } from './labels.ts';
import { FlowOverlay } from './flow-overlay/index.ts';
import { holdGestures } from './gestures.ts';
import { slopFor } from '../../flows/hit.ts';
import { FlowClock } from '../../flows/clock.ts';
import { frameView } from '../frame.ts';

setWorkerUrl(workerUrl);

export const createMapLibreMap: CreateMap = (init) => build(init).view;

/** One still frame of a map: the map, the flows over it and the labels, and where each label went. */
type Capture = { canvas: HTMLCanvasElement; labels: DrawnLabel[] };

/** What the view was last told to show, so that a snapshot can show the same on a map of its own. */
type Shown = {
  theme: Theme;
  choropleth: Choropleth | null;
  selected: string | null;
  flows: MapFlow[];
  marks: MapMark[];
  focus: FlowFocus;
  labels: MapLabel[];
};

/** The map behind a MapView, and a way to capture a still of it (for snapshots, drawn at `pixelRatio`). */
function build(init: MapInit, pixelRatio?: number): { view: MapView; capture: (labelsLeftOf?: number) => Promise<Capture> } {
  const centralAsia = ['UZB', 'KAZ', 'KGZ', 'TJK', 'TKM'];
  const map = new MapLibreMap({
    container: init.container,
    ...(pixelRatio ? { pixelRatio } : {}),
    style: buildStyle(init.countries, centralAsia),
    ...(init.camera
      ? { center: [init.camera.lng, init.camera.lat] as [number, number], zoom: init.camera.zoom }
      : { bounds: init.bounds, fitBoundsOptions: { padding: { top: 0, right: 0, bottom: 0, left: 0, ...init.boundsPadding } } }),
    maxBounds: init.unconstrained ? undefined : init.maxBounds,
    renderWorldCopies: !!init.unconstrained,
    attributionControl: false, // boundaries are credited in the app's own source line
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.getCanvas().setAttribute('aria-label', init.label);

  // Embedded: the map leaves the page's scrolling alone (wheel, one-finger swipe) until the reader clicks,
  // taps or focuses it; a hint says so. Our own switch rather than MapLibre's cooperative gestures, whose
  // hint can throw when disabled while it is showing.
  if (init.cooperative) holdGestures(map, init.container, init.gestureHints);

  // The camera, for links: reported when the reader moved the map, and kept on the container for tests.
  const cameraNow = (): Camera => {
    const c = map.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
  };
  const noteCamera = (e: { originalEvent?: unknown }) => {
    const c = cameraNow();
    init.container.dataset.camera = `${c.lng.toFixed(3)},${c.lat.toFixed(3)},${c.zoom.toFixed(2)}`;
    if (e.originalEvent) init.onCamera?.(c);
  };
  map.on('moveend', noteCamera);
  map.once('load', () => noteCamera({}));

  const idOf = new Map<string, number>();
  for (const f of init.countries.features) if (f.properties.iso3 && typeof f.id === 'number') idOf.set(f.properties.iso3, f.id);
  const labels = new LabelLayer(map);

  let hovered: number | null = null;
  let selected: number | null = null;
  const setState = (id: number | null, key: 'hover' | 'selected', value: boolean) => {
    if (id !== null) map.setFeatureState({ source: 'countries', id }, { [key]: value });
  };
  const dataFeature = (features: MapGeoJSONFeature[] | undefined) =>
    features?.find((f) => typeof f.properties.iso3 === 'string' && f.properties.iso3 !== 'null');

  // One pointer handler for everything under the pointer, topmost first: a flow (the overlay's spatial
  // index), an origin's mark, then a country.
  let overlay: FlowOverlay | null = null;
  let hover: MapHover | null = null;
  const markAt = (point: PointLike) =>
    map.getLayer('origin-marks-fill') ? map.queryRenderedFeatures(point, { layers: ['origin-marks-fill'] })[0] : undefined;
  const countryAt = (point: PointLike) => dataFeature(map.queryRenderedFeatures(point, { layers: ['countries-fill'] }));
  const flowIdOf = (h: MapHover | null) => (h?.kind === 'flow' ? h.id : null);
  const setHover = (next: MapHover | null) => {
    if (flowIdOf(next) !== flowIdOf(hover)) overlay?.setHovered(flowIdOf(next));
    hover = next;
    init.onHover?.(next);
  };
  const setHoverCountry = (id: number | null) => {
    if (id === hovered) return;
    setState(hovered, 'hover', false);
    hovered = id;
    setState(hovered, 'hover', true);
  };

  // A finger gets a wider reach around the lines than a mouse (thin corridors are 1.6 px wide).
  const coarse = window.matchMedia('(pointer: coarse)');
  const flowAt = (e: { point: { x: number; y: number }; originalEvent: unknown }) =>
    overlay?.hitTest(e.point.x, e.point.y, slopFor(e.originalEvent, coarse.matches)) ?? null;

  map.on('mousemove', (e) => {
    const { x, y } = e.point;
    const flow = flowAt(e);
    const mark = flow ? undefined : markAt(e.point);
    const country = flow || mark ? undefined : countryAt(e.point);
    setHoverCountry(country ? (country.id as number) : null);
    if (flow) setHover({ kind: 'flow', id: flow.id, x, y });
    else if (mark) setHover({ kind: 'mark', id: mark.properties.id as string, x, y });
    else if (hover) setHover(null);
    map.getCanvas().style.cursor = flow || mark || country ? 'pointer' : '';
  });
  map.on('mouseout', () => {
    setHoverCountry(null);
    if (hover) setHover(null);
    map.getCanvas().style.cursor = '';
  });
  map.on('click', (e) => {
    const flow = flowAt(e);
    if (flow) return init.onSelectFlow?.(flow.id);
    const mark = markAt(e.point);
    if (mark) return init.onSelect(mark.properties.id as string);
    const country = countryAt(e.point);
    if (country) init.onSelect(country.properties.iso3 as string);
  });

  // Calls made before the style has loaded wait in a queue (map.loaded() turns false again while a source
  // updates, so it cannot tell whether 'load' has already fired).
  let loaded = false;
  const queued: (() => void)[] = [];
  const whenLoaded = (fn: () => void) => (loaded ? fn() : queued.push(fn));
  const ready = new Promise<void>((resolve) => {
    map.once('load', () => {
      overlay = new FlowOverlay(map, init.clock);
      loaded = true;
      for (const fn of queued.splice(0)) fn();
      map.once('idle', () => resolve());
    });
  });

  let painted = new Set<number>();
  const shown: Shown = { theme: 'light', choropleth: null, selected: null, flows: [], marks: [], focus: null, labels: [] };

  // A still of the map as it is now drawn, with the flows and labels on it. The map's and the flows' canvases
  // are copied in the same task as the render (their buffers are only valid until the frame is presented).
  const capture = async (labelsLeftOf = Infinity): Promise<Capture> => {
    await ready;
    if (!map.loaded()) await map.once('idle');
    return new Promise((resolve) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [source.width, source.height];
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(source, 0, 0);
        if (overlay) ctx.drawImage(overlay.canvas, 0, 0);
        resolve({ canvas, labels: labels.drawTo(ctx, source.width / map.getContainer().clientWidth, labelsLeftOf) });
      });
      map.triggerRepaint();
    });
  };

  const view: MapView = {
    ready,
    setChoropleth(choropleth) {
      shown.choropleth = choropleth;
      whenLoaded(() => {
        for (const id of painted) map.setFeatureState({ source: 'countries', id }, { choropleth: null, disputed: false });
        painted = new Set();
        if (!choropleth) return;
        for (const [iso3, color] of Object.entries(choropleth.colors)) {
          const id = idOf.get(iso3);
          if (id === undefined) continue;
          map.setFeatureState({ source: 'countries', id }, { choropleth: color, disputed: choropleth.outlined.includes(iso3) });
          painted.add(id);
        }
      });
    },
    setSelected(iso3) {
      shown.selected = iso3;
      whenLoaded(() => {
        setState(selected, 'selected', false);
        selected = iso3 ? (idOf.get(iso3) ?? null) : null;
        setState(selected, 'selected', true);
      });
    },
    setFlows(flows: MapFlow[]) {
      shown.flows = flows;
      whenLoaded(() => overlay?.setFlows(flows));
    },
    setMarks(marks) {
      shown.marks = marks;
      const features: Feature<Point>[] = marks.map((m) => ({
        type: 'Feature',
        properties: { id: m.id, radius: m.radiusPx, ring: m.ringPx ?? 0, color: m.color },
        geometry: { type: 'Point', coordinates: m.lngLat },
      }));
      whenLoaded(() => (map.getSource('marks') as GeoJSONSource).setData({ type: 'FeatureCollection', features }));
    },
    setFocus(focus) {
      shown.focus = focus;
      whenLoaded(() => overlay?.setFocus(focus));
    },
    setHoveredFlow(id) {
      whenLoaded(() => overlay?.setHovered(id));
    },
    setLabels(list) {
      shown.labels = list;
      whenLoaded(() => labels.set(list));
    },
    reveal(points, insets) {
      whenLoaded(() => {
        const { clientWidth: w, clientHeight: h } = map.getContainer();
        const margin = 40;
        const inside = points.every((p) => {
          const { x, y } = map.project(p);
          return x > insets.left + margin && x < w - insets.right - margin && y > insets.top + margin && y < h - insets.bottom - margin;
        });
        if (inside || !points.length) return;
        const duration = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600;
        if (points.length === 1) return void map.easeTo({ center: points[0]!, padding: insets, duration });
        // Both ends of a corridor: fit them into the free part of the map, zooming out but never in.
        const lngs = points.map((p) => p[0]);
        const lats = points.map((p) => p[1]);
        const padding = { top: insets.top + margin, right: insets.right + margin, bottom: insets.bottom + margin, left: insets.left + margin };
        if (padding.left + padding.right >= w || padding.top + padding.bottom >= h)
          return void map.easeTo({ center: points[0]!, padding: insets, duration });
        // The zoom that fits them (never closer than now); then, as for one point, their middle goes to the middle
        // of the free part (easeTo's padding, as above: fitBounds placed the middle at the screen's centre here).
        const fit = map.cameraForBounds([Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)], { padding });
        const zoom = Math.min(map.getZoom(), fit?.zoom ?? map.getZoom());
        const middle: [number, number] = [(Math.min(...lngs) + Math.max(...lngs)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
        map.easeTo({ center: middle, zoom, padding: insets, duration });
      });
    },
    fitBounds(bounds) {
      map.fitBounds(bounds, { animate: false });
    },
    flyTo(camera, duration) {
      const options = { center: [camera.lng, camera.lat] as [number, number], zoom: camera.zoom, padding: { top: 0, right: 0, bottom: 0, left: 0 } };
      if (duration > 0) map.flyTo({ ...options, duration, essential: false });
      else map.jumpTo(options);
    },
    setTheme(theme) {
      shown.theme = theme;
      whenLoaded(() => {
        for (const [layer, property, value] of themePaint(theme, centralAsia)) map.setPaintProperty(layer, property as 'fill-color', value as never); // mixed properties: checked in style.ts
      });
    },
    async snapshot(frame, screenInsets) {
      // A second map, the frame's size, in a box of no size beside this one (inside the app, so the theme's
      // label styles apply; hidden from sight, pointers and assistive technology), shown what this one shows
      // clear of the screen's panels, beside what the slide will cover (frameView); captured, then removed.
      await ready;
      const container = init.container;
      const screen = { width: container.clientWidth, height: container.clientHeight };
      const fitted = frameView(map.getZoom(), screen, frame, screenInsets);
      const centre = map.unproject(fitted.centre);
      const camera: Camera = { lng: centre.lng, lat: centre.lat, zoom: fitted.zoom };
      const hidden = document.createElement('div');
      hidden.setAttribute('aria-hidden', 'true');
      hidden.inert = true;
      hidden.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;overflow:hidden;pointer-events:none;';
      const box = document.createElement('div');
      box.style.cssText = `position:absolute;left:0;top:0;width:${frame.width}px;height:${frame.height}px;`;
      hidden.append(box);
      container.after(hidden);
      // The flows at this moment, standing still.
      const still = new FlowClock(() => 0, { playing: false });
      still.seek(init.clock.time());
      let twin: ReturnType<typeof build> | null = null;
      try {
        twin = build(
          {
            ...init,
            container: box,
            camera,
            unconstrained: true,
            cooperative: false,
            clock: still,
            onCamera: undefined,
            onHover: undefined,
            onSelectFlow: undefined,
            onSelect: () => {},
          },
          frame.pixelRatio,
        );
        twin.view.setTheme(shown.theme);
        twin.view.setChoropleth(shown.choropleth);
        twin.view.setSelected(shown.selected);
        twin.view.setFlows(shown.flows);
        twin.view.setMarks(shown.marks);
        twin.view.setFocus(shown.focus);
        twin.view.setLabels(shown.labels);
        // A map that never draws (a lost WebGL context, no memory) must not leave the export waiting forever.
        let timer = 0;
        const { canvas, labels: drawn } = await Promise.race([
          twin.capture(frame.width - (frame.coveredRight ?? 0)),
          new Promise<never>((_, reject) => (timer = window.setTimeout(() => reject(new Error('the slide map did not draw within 30 s')), 30_000))),
        ]).finally(() => clearTimeout(timer));
        // Kept on the container for tests, like the camera: the zoom drawn at and where each label went.
        container.dataset.snapshot = JSON.stringify({
          width: canvas.width,
          height: canvas.height,
          zoom: +camera.zoom.toFixed(2),
          insets: screenInsets ?? null,
          labels: drawn,
        });
        return canvas;
      } finally {
        twin?.view.destroy(); // map.remove() and the flows' own context: both WebGL contexts are let go now
        hidden.remove();
      }
    },
    destroy() {
      overlay?.destroy();
      labels.destroy();
      map.remove();
    },
  };
  return { view, capture };
}
