/**
 * The MapLibre renderer: the one owner of a MapLibre instance. Everything MapLibre-specific stays in this
 * folder; the app sees only the MapView contract (../types.ts) and hands it whole scenes, which `apply` diffs
 * against the last one, field by field.
 */
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, Point } from 'geojson';
import type { Camera, CreateMap, MapInit, MapScene, MapView } from '../types.ts';
import { buildStyle, HATCH_IMAGE, paintFor } from './style.ts';
import { hatchTile } from '../hatch.ts';
import { LabelLayer } from '../dom/label-layer.ts';
import { FlowOverlay } from './flow-overlay/index.ts';
import { holdGestures } from './gestures.ts';
import { watchPointer } from './pointer.ts';
import { snapshotOn, type Built, type Capture } from '../dom/snapshot.ts';

setWorkerUrl(workerUrl);

export const createMapLibreMap: CreateMap = (init) => build(init).view;

/** The map behind a MapView, and a way to capture a still of it (for snapshots, drawn at `pixelRatio`). */
export function build(init: MapInit, pixelRatio?: number): Built {
  const map = new MapLibreMap({
    container: init.container,
    ...(pixelRatio ? { pixelRatio } : {}),
    style: buildStyle(init.countries, init.scene.palette, init.scene.emphasised, !!init.scene.choropleth),
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
  if (init.describedBy) map.getCanvas().setAttribute('aria-describedby', init.describedBy);

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
  // A lost GPU context leaves a blank canvas: the app shows the static map until MapLibre has it back.
  map.on('webglcontextlost', () => init.onLost?.());
  map.on('webglcontextrestored', () => init.onRestored?.());
  map.once('load', () => noteCamera({}));

  const idOf = new Map<string, number>();
  for (const f of init.countries.features) if (f.properties.iso3 && typeof f.id === 'number') idOf.set(f.properties.iso3, f.id);
  const labels = new LabelLayer({
    container: map.getContainer(),
    project: (p) => {
      const { x, y } = map.project(p);
      return [x, y];
    },
    onMove: (layout) => {
      map.on('move', layout);
      map.on('resize', layout);
      return () => (map.off('move', layout), map.off('resize', layout));
    },
  });
  let overlay: FlowOverlay | null = null;
  watchPointer(map, () => overlay, init);

  // The scene last applied, and the one waiting for the style to load (map.loaded() turns false again while a
  // source updates, so it cannot tell whether 'load' has already fired).
  let last: MapScene | null = null;
  let waiting: MapScene | null = init.scene;
  let painted = new Set<number>();
  const feature = (iso3: string | null) => (iso3 ? idOf.get(iso3) : undefined);
  // The hatch over disputed records: made here in the theme's colour, at the map's pixel ratio (no sprite to fetch).
  const setHatch = (color: string) => {
    const ratio = map.getPixelRatio();
    if (map.hasImage(HATCH_IMAGE)) map.removeImage(HATCH_IMAGE);
    map.addImage(HATCH_IMAGE, hatchTile(color, ratio), { pixelRatio: ratio });
  };
  setHatch(init.scene.palette.disputedOutline);
  const setState = (id: number | undefined, state: Record<string, unknown>) =>
    id !== undefined && map.setFeatureState({ source: 'countries', id }, state);

  /** Apply what changed between the last scene and this one. */
  function apply(next: MapScene, was: MapScene | null, overlay: FlowOverlay): void {
    const changed = <K extends keyof MapScene>(k: K) => !was || was[k] !== next[k];
    if (changed('palette') || changed('emphasised') || !was?.choropleth !== !next.choropleth)
      for (const [layer, property, value] of paintFor(next.palette, next.emphasised, !!next.choropleth))
        map.setPaintProperty(layer, property as 'fill-color', value as never); // mixed properties: checked in style.ts
    if (changed('palette')) {
      setHatch(next.palette.disputedOutline);
      overlay.setPalette(next.palette);
      labels.setPalette(next.palette);
    }
    if (changed('choropleth')) {
      for (const id of painted) map.setFeatureState({ source: 'countries', id }, { choropleth: null, disputed: false });
      painted = new Set();
      for (const [iso3, color] of Object.entries(next.choropleth?.colors ?? {})) {
        const id = feature(iso3);
        if (id === undefined) continue;
        setState(id, { choropleth: color, disputed: next.choropleth!.outlined.includes(iso3) });
        painted.add(id);
      }
    }
    if (changed('selected')) {
      setState(feature(was?.selected ?? null), { selected: false });
      setState(feature(next.selected), { selected: true });
    }
    if (changed('focused')) {
      setState(feature(was?.focused ?? null), { focused: false });
      setState(feature(next.focused ?? null), { focused: true });
    }
    if (changed('flows')) overlay.setFlows(next.flows);
    if (changed('focus')) overlay.setFocus(next.focus);
    if (changed('highlight')) overlay.setHovered(next.highlight);
    if (changed('marks')) {
      const features: Feature<Point>[] = next.marks.map((m) => ({
        type: 'Feature',
        properties: { id: m.id, radius: m.radiusPx, ring: m.ringPx ?? 0, color: m.color },
        geometry: { type: 'Point', coordinates: m.lngLat },
      }));
      (map.getSource('marks') as GeoJSONSource).setData({ type: 'FeatureCollection', features });
    }
    if (changed('labels')) labels.set(next.labels);
  }

  const ready = new Promise<void>((resolve) => {
    map.once('load', () => {
      overlay = new FlowOverlay(map, init.clock, init.scene.palette);
      const first = waiting ?? init.scene;
      waiting = null;
      apply(first, null, overlay);
      last = first;
      map.once('idle', () => resolve());
    });
  });

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
    render(scene) {
      if (!overlay) return void (waiting = scene);
      if (scene === last) return;
      apply(scene, last, overlay);
      last = scene;
    },
    view: () => ({
      camera: cameraNow(),
      width: init.container.clientWidth,
      height: init.container.clientHeight,
      padding: { top: 0, right: 0, bottom: 0, left: 0, ...map.getPadding() },
    }),
    moveTo(camera, { duration, fly, padding = { top: 0, right: 0, bottom: 0, left: 0 } }) {
      const options = { center: [camera.lng, camera.lat] as [number, number], zoom: camera.zoom, padding };
      if (duration <= 0) map.jumpTo(options);
      else if (fly) map.flyTo({ ...options, duration, essential: false });
      else map.easeTo({ ...options, duration });
    },
    cover: (insets) => labels.cover(insets),
    snapshot: (scene, frame, screenInsets) => snapshotOn({ init, ready, view: () => view.view(), build }, scene, frame, screenInsets),
    destroy() {
      overlay?.destroy();
      labels.destroy();
      map.remove();
    },
  };
  return { view, capture };
}
