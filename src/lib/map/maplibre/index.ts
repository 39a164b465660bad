/**
 * The one owner of the MapLibre instance. Everything MapLibre-specific stays in this folder; the app sees
 * only the MapView interface (../types.ts).
 */
import { Map as MapLibreMap, setWorkerUrl, type MapGeoJSONFeature, type GeoJSONSource, type PointLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, Point } from 'geojson';
import type { Camera, CreateMap, MapFlow, MapHover, MapView } from '../types.ts';
import { buildStyle, themePaint } from './style.ts';
import { LabelLayer } from './labels.ts';
import { FlowOverlay } from './flow-overlay/index.ts';
import { holdGestures } from './gestures.ts';
import { slopFor } from '../../flows/hit.ts';

setWorkerUrl(workerUrl);

export const createMapLibreMap: CreateMap = (init) => {
  const centralAsia = ['UZB', 'KAZ', 'KGZ', 'TJK', 'TKM'];
  const map = new MapLibreMap({
    container: init.container,
    style: buildStyle(init.countries, centralAsia),
    ...(init.camera
      ? { center: [init.camera.lng, init.camera.lat] as [number, number], zoom: init.camera.zoom }
      : { bounds: init.bounds, fitBoundsOptions: { padding: { top: 0, right: 0, bottom: 0, left: 0, ...init.boundsPadding } } }),
    maxBounds: init.maxBounds,
    renderWorldCopies: false,
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

  const view: MapView = {
    ready,
    setChoropleth(choropleth) {
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
      whenLoaded(() => {
        setState(selected, 'selected', false);
        selected = iso3 ? (idOf.get(iso3) ?? null) : null;
        setState(selected, 'selected', true);
      });
    },
    setFlows(flows: MapFlow[]) {
      whenLoaded(() => overlay?.setFlows(flows));
    },
    setMarks(marks) {
      const features: Feature<Point>[] = marks.map((m) => ({
        type: 'Feature',
        properties: { id: m.id, radius: m.radiusPx, ring: m.ringPx ?? 0, color: m.color },
        geometry: { type: 'Point', coordinates: m.lngLat },
      }));
      whenLoaded(() => (map.getSource('marks') as GeoJSONSource).setData({ type: 'FeatureCollection', features }));
    },
    setFocus(focus) {
      whenLoaded(() => overlay?.setFocus(focus));
    },
    setHoveredFlow(id) {
      whenLoaded(() => overlay?.setHovered(id));
    },
    setLabels(list) {
      whenLoaded(() => labels.set(list));
    },
    reveal(lngLat, insets) {
      whenLoaded(() => {
        const { x, y } = map.project(lngLat);
        const { clientWidth: w, clientHeight: h } = map.getContainer();
        const margin = 40;
        const inside = x > insets.left + margin && x < w - insets.right - margin && y > insets.top + margin && y < h - insets.bottom - margin;
        if (inside) return;
        const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        map.easeTo({ center: lngLat, padding: insets, duration: reduce ? 0 : 600 });
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
      whenLoaded(() => {
        for (const [layer, property, value] of themePaint(theme, centralAsia)) map.setPaintProperty(layer, property as 'fill-color', value as never); // mixed properties: checked in style.ts
      });
    },
    snapshot(pixelRatio) {
      // Render once at the slide's resolution, and copy the map's and the flows' canvases in the same task
      // as that render (their buffers are only valid until the frame is presented), then the labels.
      return new Promise((resolve) => {
        const before = map.getPixelRatio();
        map.setPixelRatio(pixelRatio);
        map.once('idle', () => {
          map.once('render', () => {
            const source = map.getCanvas();
            const out = document.createElement('canvas');
            [out.width, out.height] = [source.width, source.height];
            const ctx = out.getContext('2d')!;
            ctx.drawImage(source, 0, 0);
            if (overlay) ctx.drawImage(overlay.canvas, 0, 0);
            labels.drawTo(ctx, source.width / map.getContainer().clientWidth);
            map.setPixelRatio(before);
            resolve(out);
          });
          map.triggerRepaint();
        });
      });
    },
    destroy() {
      overlay?.destroy();
      labels.destroy();
      map.remove();
    },
  };
  return view;
};
