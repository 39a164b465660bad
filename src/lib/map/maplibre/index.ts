/**
 * The one owner of the MapLibre instance. Everything MapLibre-specific stays in this folder; the app sees
 * only the MapView interface (../types.ts).
 */
import { Map as MapLibreMap, setWorkerUrl, type MapGeoJSONFeature, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, LineString } from 'geojson';
import type { CreateMap, MapFlow, MapView } from '../types.ts';
import { buildStyle } from './style.ts';
import { LabelLayer } from './labels.ts';
import { chevronImage } from './chevron.ts';

setWorkerUrl(workerUrl);

export const createMapLibreMap: CreateMap = (init) => {
  const centralAsia = ['UZB', 'KAZ', 'KGZ', 'TJK', 'TKM'];
  const map = new MapLibreMap({
    container: init.container,
    style: buildStyle(init.countries, centralAsia),
    bounds: init.bounds,
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

  map.on('mousemove', 'countries-fill', (e) => {
    const f = dataFeature(e.features);
    const id = f ? (f.id as number) : null;
    if (id === hovered) return;
    setState(hovered, 'hover', false);
    hovered = id;
    setState(hovered, 'hover', true);
    map.getCanvas().style.cursor = f ? 'pointer' : '';
    init.onHover?.(f ? (f.properties.iso3 as string) : null);
  });
  map.on('mouseleave', 'countries-fill', () => {
    setState(hovered, 'hover', false);
    hovered = null;
    map.getCanvas().style.cursor = '';
    init.onHover?.(null);
  });
  map.on('click', 'countries-fill', (e) => {
    const f = dataFeature(e.features);
    if (f) init.onSelect(f.properties.iso3 as string);
  });

  const ready = new Promise<void>((resolve) => {
    map.once('load', () => {
      map.addImage('chevron', chevronImage(), { pixelRatio: 2, sdf: true });
      map.once('idle', () => resolve());
    });
  });

  const whenLoaded = (fn: () => void) => (map.loaded() ? fn() : map.once('load', fn));

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
      const features: Feature<LineString>[] = flows.map((f) => ({
        type: 'Feature',
        id: f.id,
        properties: { id: f.id, origin: f.origin, destination: f.destination, width: f.widthPx, color: f.color },
        geometry: { type: 'LineString', coordinates: f.path },
      }));
      whenLoaded(() => (map.getSource('flows') as GeoJSONSource).setData({ type: 'FeatureCollection', features }));
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
    destroy() {
      labels.destroy();
      map.remove();
    },
  };
  return view;
};
