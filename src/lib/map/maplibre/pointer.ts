/**
 * The pointer on the map: one handler for everything under it, topmost first: a flow (the overlay's spatial
 * index), an origin's mark, then a country. A hovered country is lit here (pure pointer feedback); whatever is
 * under the pointer is reported to the app, which decides what is highlighted (the pointer, else the keyboard's
 * choice in the flows list) and what the tooltip says, and puts it in the next scene.
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import type { MapHover, MapInit } from '../types.ts';
import type { FlowOverlay } from './flow-overlay/index.ts';
import { slopFor } from '../../flows/hit.ts';

export function watchPointer(
  map: MapLibreMap,
  overlay: () => FlowOverlay | null,
  init: Pick<MapInit, 'onSelect' | 'onSelectFlow' | 'onHover'>,
): void {
  let hoveredCountry: number | null = null;
  let hover: MapHover | null = null;

  const dataFeature = (features: MapGeoJSONFeature[] | undefined) =>
    features?.find((f) => typeof f.properties.iso3 === 'string' && f.properties.iso3 !== 'null');
  const markAt = (point: PointLike) =>
    map.getLayer('origin-marks-fill') ? map.queryRenderedFeatures(point, { layers: ['origin-marks-fill'] })[0] : undefined;
  const countryAt = (point: PointLike) => dataFeature(map.queryRenderedFeatures(point, { layers: ['countries-fill'] }));
  // A finger gets a wider reach around the lines than a mouse (thin corridors are 1.6 px wide).
  const coarse = window.matchMedia('(pointer: coarse)');
  const flowAt = (e: { point: { x: number; y: number }; originalEvent: unknown }) =>
    overlay()?.hitTest(e.point.x, e.point.y, slopFor(e.originalEvent, coarse.matches)) ?? null;

  const setHover = (next: MapHover | null) => {
    hover = next;
    init.onHover?.(next);
  };
  const setHoverCountry = (id: number | null) => {
    if (id === hoveredCountry) return;
    if (hoveredCountry !== null) map.setFeatureState({ source: 'countries', id: hoveredCountry }, { hover: false });
    hoveredCountry = id;
    if (id !== null) map.setFeatureState({ source: 'countries', id }, { hover: true });
  };

  map.on('mousemove', (e) => {
    const { x, y } = e.point;
    const flow = flowAt(e);
    const mark = flow ? undefined : markAt(e.point);
    const country = flow || mark ? undefined : countryAt(e.point);
    setHoverCountry(country ? (country.id as number) : null);
    if (flow) setHover({ kind: 'flow', id: flow.id, x, y });
    else if (mark) setHover({ kind: 'mark', id: mark.properties.id as string, x, y });
    else if (country) setHover({ kind: 'country', id: country.properties.iso3 as string, x, y });
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
}
