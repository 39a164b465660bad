/**
 * The map's whole style: no tiles, no glyphs, no sprites from anywhere. Countries come in as GeoJSON; labels
 * are HTML (see labels.ts), so the style needs no font server. Flows are not in the style: they are drawn by
 * our own WebGL overlay (flow-overlay/), above every layer here.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ShapeProps } from '../../geo/countries.ts';

export type Theme = 'light' | 'contrast';
type Palette = Record<
  'sea' | 'context' | 'dataCountry' | 'centralAsia' | 'hover' | 'selected' | 'border' | 'selectedOutline' | 'casing' | 'disputedOutline',
  string
>;

/** `light` for screens and articles; `contrast` (dark, saturated) for projectors, which wash out pale colours. */
export const THEMES: Record<Theme, Palette> = {
  light: {
    sea: '#cfdde8',
    context: '#e7e5df',
    dataCountry: '#f6f2e9',
    centralAsia: '#f1e3c6',
    hover: '#e9cf98',
    selected: '#e0b566',
    border: '#a8a496',
    selectedOutline: '#4a3b1c',
    casing: '#ffffff',
    disputedOutline: '#7a5200',
  },
  contrast: {
    sea: '#0b1724',
    context: '#1f2d3b',
    dataCountry: '#2b3d50',
    centralAsia: '#3a5370',
    hover: '#557399',
    selected: '#7b9cc7',
    border: '#7d8fa3',
    selectedOutline: '#ffffff',
    casing: '#0b1724',
    disputedOutline: '#ffd166',
  },
};
export const COLORS = THEMES.light;

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

function fillColor(c: Palette, centralAsia: readonly string[]): ExpressionSpecification {
  return [
    'case',
    // Instrument and organisation maps colour countries through feature state (no style rebuild). The status
    // colour wins over selection and hover, which the outline shows instead: a selected country never looks
    // like another status.
    ['!=', ['feature-state', 'choropleth'], null],
    ['to-color', ['feature-state', 'choropleth']],
    isSelected,
    c.selected,
    isHover,
    c.hover,
    ['in', ['get', 'iso3'], ['literal', [...centralAsia]]],
    c.centralAsia,
    ['!=', ['get', 'iso3'], null],
    c.dataCountry,
    c.context,
  ];
}

/** The paint properties a theme sets: applied with setPaintProperty, so switching theme keeps the map as it is. */
export function themePaint(theme: Theme, centralAsia: readonly string[]): [layer: string, property: string, value: unknown][] {
  const c = THEMES[theme];
  return [
    ['sea', 'background-color', c.sea],
    ['countries-fill', 'fill-color', fillColor(c, centralAsia)],
    ['countries-border', 'line-color', c.border],
    ['countries-disputed', 'line-color', c.disputedOutline],
    ['countries-selected', 'line-color', c.selectedOutline],
  ];
}

export function buildStyle(countries: FeatureCollection<Polygon | MultiPolygon, ShapeProps>, centralAsia: readonly string[]): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: countries },
      marks: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
      {
        id: 'countries-fill',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': fillColor(COLORS, centralAsia) },
      },
      {
        id: 'countries-border',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': COLORS.border, 'line-width': 0.6 },
      },
      {
        id: 'countries-disputed',
        type: 'line',
        source: 'countries',
        paint: {
          'line-color': COLORS.disputedOutline,
          'line-width': 2,
          'line-dasharray': [2, 1.5],
          'line-opacity': ['case', ['boolean', ['feature-state', 'disputed'], false], 1, 0],
        },
      },
      {
        id: 'countries-selected',
        type: 'line',
        source: 'countries',
        paint: {
          'line-color': COLORS.selectedOutline,
          'line-width': 2.5,
          'line-opacity': ['case', isSelected, 1, 0],
        },
      },
      // Origins with only a total of migrants abroad: a disc for the lowest published total, a ring for the highest.
      {
        id: 'origin-marks-fill',
        type: 'circle',
        source: 'marks',
        paint: {
          'circle-radius': ['get', 'radius'],
          'circle-color': ['get', 'color'],
          'circle-opacity': 0.45,
          'circle-stroke-color': ['get', 'color'],
          'circle-stroke-width': 1.5,
        },
      },
      {
        id: 'origin-marks-ring',
        type: 'circle',
        source: 'marks',
        filter: ['>', ['get', 'ring'], 0],
        paint: {
          'circle-radius': ['get', 'ring'],
          'circle-opacity': 0,
          'circle-stroke-color': ['get', 'color'],
          'circle-stroke-width': 2,
        },
      },
    ],
  };
}
