/**
 * The map's whole style: no tiles, no glyphs, no sprites from anywhere. Countries come in as GeoJSON; labels
 * are HTML (see labels.ts), so the style needs no font server. Flows are not in the style: they are drawn by
 * our own WebGL overlay (flow-overlay/), above every layer here.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ShapeProps } from '../../geo/countries.ts';

export const COLORS = {
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
} as const;

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

export function buildStyle(
  countries: FeatureCollection<Polygon | MultiPolygon, ShapeProps>,
  centralAsia: readonly string[],
): StyleSpecification {
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
        paint: {
          'fill-color': [
            'case',
            isSelected,
            COLORS.selected,
            isHover,
            COLORS.hover,
            // Instrument and organisation maps colour countries through feature state (no style rebuild).
            ['!=', ['feature-state', 'choropleth'], null],
            ['to-color', ['feature-state', 'choropleth']],
            ['in', ['get', 'iso3'], ['literal', [...centralAsia]]],
            COLORS.centralAsia,
            ['!=', ['get', 'iso3'], null],
            COLORS.dataCountry,
            COLORS.context,
          ],
        },
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
          'line-width': 2,
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
