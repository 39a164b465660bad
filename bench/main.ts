/**
 * One benchmark page: the product's base map (same style, same region shapes) with one way of drawing the
 * flows, chosen by `?page=`, for the flows chosen by `?case=` (real: the UN's stock in its latest year, the
 * basis with the most lines; years: the same, the year changing every YEAR_MS, `ours` only; or a seeded
 * synthetic N):
 *
 * - ours:     the product's flow overlay (src/lib/map/maplibre/flow-overlay), animated by its clock.
 * - baseline: MapLibre's own example way: a GeoJSON source re-set (setData) every frame with moving dashes.
 * - peer:     flowmap.gl 9 (animated) on the same map through @deck.gl/mapbox, interleaved.
 * - static:   the flows as a plain line layer while the map is made to repaint every frame.
 *
 * It publishes `window.__bench` for bench/run.ts: ready, errors, frames drawn and map renders so far.
 */
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { Topology } from 'topojson-specification';
import dataset from 'virtual:dataset';
import regionTopology from '../src/lib/geo/region.topo.json';
import { decodeCountries } from '../src/lib/geo/countries.ts';
import { buildStyle } from '../src/lib/map/maplibre/style.ts';
import { FlowOverlay } from '../src/lib/map/maplibre/flow-overlay/index.ts';
import { FlowClock } from '../src/lib/flows/clock.ts';
import { originColor, THEMES } from '../src/lib/theme/index.ts';
import { createModel, onMap } from '../src/lib/queries/index.ts';
import { flowViews, flowYears, shownFlows } from '../src/lib/queries/flows.ts';
import { directionsOf, flowPaths, toMapFlows } from '../src/lib/flows/map-flows.ts';
import { COUNT_AT_MAX_WIDTH } from '../src/lib/flows/scale.ts';
import { syntheticFlows, type BenchFlow } from './synthetic.ts';

const light = THEMES.light;

setWorkerUrl(workerUrl);

type Bench = {
  page: string;
  case: string;
  flows: number;
  ready: boolean;
  errors: string[];
  frames: number;
  mapRenders: number;
  /** Times the overlay re-uploaded line geometry, and the year changes made (case `years`). */
  geometryUploads: number;
  yearChanges: number;
};
/** How often the `years` case changes the year: faster than the app's play, so a window sees several. */
const YEAR_MS = 700;
const q = new URLSearchParams(location.search);
const page = q.get('page') ?? 'ours';
const which = q.get('case') ?? 'real';
const bench: Bench = { page, case: which, flows: 0, ready: false, errors: [], frames: 0, mapRenders: 0, geometryUploads: 0, yearChanges: 0 };
(window as unknown as { __bench: Bench }).__bench = bench;
window.addEventListener('error', (e) => bench.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => bench.errors.push(`rejection: ${String(e.reason)}`));

/** The lines the app draws for the UN's stock in `year` (one per direction of the five, 0 wide where that year has none). */
const model = createModel(dataset);
const views = flowViews(model);
const STOCK = 'born_in_origin';
const stockYears = flowYears(views, STOCK);
const five = new Set(model.data.countries.filter((c) => c.role === 'central_asia').map((c) => c.iso3));
const directions = directionsOf(views, STOCK, five, (iso3) => onMap(model, iso3));
const paths = flowPaths(views, (iso3) => [model.country.get(iso3)!.anchor_lng, model.country.get(iso3)!.anchor_lat]);
function realFlows(year = stockYears.at(-1)!): BenchFlow[] {
  const shown = shownFlows(views, STOCK, year);
  const share = new Map(shown.map((f) => [f.id, f.share_pct ?? 0]));
  return toMapFlows(directions, shown, 'share', paths, (iso3) => originColor(light, iso3), COUNT_AT_MAX_WIDTH[STOCK]).map((f) => ({
    ...f,
    value: share.get(f.id) ?? 0,
  }));
}

const flows = which === 'real' || which === 'years' ? realFlows() : syntheticFlows(Number(which));
bench.flows = flows.length;

const countries = decodeCountries(regionTopology as unknown as Topology, (n) => model.countryByNumeric.get(n)?.iso3);
const centralAsia = model.data.countries.filter((c) => c.role === 'central_asia').map((c) => c.iso3);
const map = new MapLibreMap({
  container: 'map',
  style: buildStyle(countries, light.map, centralAsia),
  bounds: [
    [22, 18],
    [140, 64],
  ],
  renderWorldCopies: false,
  attributionControl: false,
  fadeDuration: 0,
});
map.on('render', () => bench.mapRenders++);
map.on('error', (e) => bench.errors.push(`map: ${String(e.error?.message ?? e)}`));

const lines = (): FeatureCollection<LineString> => ({
  type: 'FeatureCollection',
  features: flows.map((f) => ({
    type: 'Feature',
    properties: { color: f.color, width: f.widthPx },
    geometry: { type: 'LineString', coordinates: f.path },
  })),
});

function addLineLayer(): void {
  map.addSource('flows', { type: 'geojson', data: lines() });
  map.addLayer({
    id: 'flows',
    type: 'line',
    source: 'flows',
    paint: { 'line-color': ['get', 'color'], 'line-width': ['get', 'width'], 'line-opacity': 0.85 },
  });
}

/** Counts a frame for the pages whose flows are drawn by the map itself, and keeps the map repainting. */
function repaintEveryFrame(each?: (t: number) => void): void {
  const tick = (t: number) => {
    each?.(t);
    map.triggerRepaint();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  map.on('render', () => bench.frames++);
}

function setupOurs(): void {
  const overlay = new FlowOverlay(map, new FlowClock(() => performance.now()), light.map);
  overlay.setFlows(flows);
  Object.defineProperty(bench, 'frames', { get: () => overlay.stats.draws, enumerable: true });
  Object.defineProperty(bench, 'geometryUploads', { get: () => overlay.stats.geometryUploads, enumerable: true });
  if (which !== 'years') return;
  // The year control's work: new widths for the same lines, as the app's Flows make them.
  let i = stockYears.length - 1;
  setInterval(() => {
    i = (i + 1) % stockYears.length;
    overlay.setFlows(realFlows(stockYears[i]));
    bench.yearChanges++;
  }, YEAR_MS);
}

function setupStatic(): void {
  addLineLayer();
  repaintEveryFrame();
}

/** The MapLibre-example way: a dash travels along each flow, the whole GeoJSON re-set every frame. */
function setupBaseline(): void {
  addLineLayer();
  map.addSource('dashes', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: 'dashes',
    type: 'line',
    source: 'dashes',
    paint: { 'line-color': '#ffffff', 'line-width': ['max', 1, ['*', 0.5, ['get', 'width']]], 'line-opacity': 0.9 },
  });
  const source = map.getSource('dashes') as GeoJSONSource;
  const DASH = 0.12; // of the path
  repaintEveryFrame((t) => {
    const features: Feature<LineString>[] = [];
    flows.forEach((f, i) => {
      const head = ((t / 4000 + i * 0.037) % 1) * (1 + DASH);
      const n = f.path.length - 1;
      const from = Math.max(0, Math.floor((head - DASH) * n));
      const to = Math.min(n, Math.ceil(head * n));
      if (to - from < 1) return;
      features.push({ type: 'Feature', properties: { width: f.widthPx }, geometry: { type: 'LineString', coordinates: f.path.slice(from, to + 1) } });
    });
    source.setData({ type: 'FeatureCollection', features });
  });
}

async function setupPeer(): Promise<void> {
  const [{ MapboxOverlay }, { FlowmapLayer }] = await Promise.all([import('@deck.gl/mapbox'), import('@flowmap.gl/layers')]);
  type Location = { id: number; lon: number; lat: number };
  type PeerFlow = { origin: number; dest: number; count: number };
  const locations: Location[] = [];
  const peerFlows: PeerFlow[] = [];
  flows.forEach((f, i) => {
    const [o, d] = [f.path[0]!, f.path.at(-1)!];
    locations.push({ id: 2 * i, lon: o[0], lat: o[1] }, { id: 2 * i + 1, lon: d[0], lat: d[1] });
    peerFlows.push({ origin: 2 * i, dest: 2 * i + 1, count: f.value });
  });
  const layer = new FlowmapLayer<Location, PeerFlow>({
    id: 'flowmap',
    data: { locations, flows: peerFlows },
    flowLinesRenderingMode: 'animated-straight',
    clusteringEnabled: false,
    locationsEnabled: false,
    maxTopFlowsDisplayNum: flows.length,
    getLocationId: (l) => l.id,
    getLocationLat: (l) => l.lat,
    getLocationLon: (l) => l.lon,
    getFlowOriginId: (f) => f.origin,
    getFlowDestId: (f) => f.dest,
    getFlowMagnitude: (f) => f.count,
  });
  // @deck.gl/mapbox 9.4 reads map.transform, which MapLibre 6 keeps at map._camera.transform.
  const m = map as unknown as { transform?: unknown; _camera: { transform: unknown } };
  if (!m.transform) Object.defineProperty(map, 'transform', { get: () => m._camera.transform, configurable: true });
  const overlay = new MapboxOverlay({ interleaved: true, layers: [layer], onError: (e: Error) => void bench.errors.push(`deck: ${e.message}`) });
  map.addControl(overlay as unknown as import('maplibre-gl').IControl);
  // flowmap.gl's animated layer does not ask for redraws itself.
  repaintEveryFrame();
}

map.on('load', async () => {
  try {
    if (page === 'ours') setupOurs();
    else if (page === 'static') setupStatic();
    else if (page === 'baseline') setupBaseline();
    else if (page === 'peer') await setupPeer();
    else throw new Error(`unknown page ${page}`);
    bench.ready = true;
  } catch (e) {
    bench.errors.push(`setup: ${(e as Error).stack ?? String(e)}`);
  }
});
