/**
 * The map's whole style: no tiles, no glyphs, no sprites from anywhere. Countries come in as GeoJSON; labels
 * are HTML (see labels.ts), so the style needs no font server. Flows are not in the style: they are drawn by
 * our own WebGL overlay (flow-overlay/), above every layer here. Colours come from the scene's palette (the
 * theme's map tokens) and are applied with setPaintProperty when it changes, so a theme switch keeps the map.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ShapeProps } from '../../geo/countries.ts';
import type { MapTokens } from '../../theme/index.ts';

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isFocused: ExpressionSpecification = ['boolean', ['feature-state', 'focused'], false];
/** Under the pointer, or focused in a list from the keyboard: lit the same way. */
const isHover: ExpressionSpecification = ['any', ['boolean', ['feature-state', 'hover'], false], isFocused];

function fillColor(c: MapTokens, emphasised: readonly string[]): ExpressionSpecification {
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
    ['in', ['get', 'iso3'], ['literal', [...emphasised]]],
    c.centralAsia,
    ['!=', ['get', 'iso3'], null],
    c.dataCountry,
    c.context,
  ];
}

/**
 * A status map's fill: the status colour, and every country without one (no record here, or outside the
 * dataset) in the context colour, so "no record" never looks like "not party".
 */
const statusFill = (c: MapTokens): ExpressionSpecification => [
  'case',
  ['!=', ['feature-state', 'choropleth'], null],
  ['to-color', ['feature-state', 'choropleth']],
  c.context,
];

/** The hatch image (hatch.ts) over a disputed country. */
export const HATCH_IMAGE = 'disputed-hatch';

/** The paint properties the palette decides (and whether a status map is shown), as [layer, property, value]. */
export function paintFor(c: MapTokens, emphasised: readonly string[], statusMap = false): [layer: string, property: string, value: unknown][] {
  return [
    ['sea', 'background-color', c.sea],
    ['countries-fill', 'fill-color', statusMap ? statusFill(c) : fillColor(c, emphasised)],
    ['countries-border', 'line-color', c.border],
    ['countries-emphasis', 'line-color', c.emphasisOutline],
    ['countries-emphasis', 'line-opacity', statusMap ? 1 : 0],
    ['countries-disputed', 'line-color', c.disputedOutline],
    ['countries-selected', 'line-color', c.selectedOutline],
  ];
}

export function buildStyle(
  countries: FeatureCollection<Polygon | MultiPolygon, ShapeProps>,
  c: MapTokens,
  emphasised: readonly string[],
  statusMap = false,
): StyleSpecification {
  const paint = Object.fromEntries(paintFor(c, emphasised, statusMap).map(([layer, property, value]) => [`${layer}/${property}`, value])) as Record<
    string,
    never
  >;
  const at = (layer: string, property: string) => paint[`${layer}/${property}`]!;
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: countries },
      marks: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': at('sea', 'background-color') } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': at('countries-fill', 'fill-color') } },
      // A disputed record: diagonal stripes over the status colour (the image is made in code, see hatch.ts).
      {
        id: 'countries-hatch',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', ['boolean', ['feature-state', 'disputed'], false], 1, 0] },
      },
      { id: 'countries-border', type: 'line', source: 'countries', paint: { 'line-color': at('countries-border', 'line-color'), 'line-width': 0.6 } },
      // Status maps: the five Central Asian states outlined more strongly than the rest.
      {
        id: 'countries-emphasis',
        type: 'line',
        source: 'countries',
        filter: ['in', ['get', 'iso3'], ['literal', [...emphasised]]],
        paint: { 'line-color': at('countries-emphasis', 'line-color'), 'line-opacity': at('countries-emphasis', 'line-opacity'), 'line-width': 1.6 },
      },
      {
        id: 'countries-disputed',
        type: 'line',
        source: 'countries',
        paint: {
          'line-color': at('countries-disputed', 'line-color'),
          'line-width': 2.5,
          'line-dasharray': [2, 1.5],
          'line-opacity': ['case', ['boolean', ['feature-state', 'disputed'], false], 1, 0],
        },
      },
      {
        id: 'countries-selected',
        type: 'line',
        source: 'countries',
        paint: {
          'line-color': at('countries-selected', 'line-color'),
          'line-width': 2.5,
          'line-opacity': ['case', ['any', isSelected, isFocused], 1, 0],
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
        paint: { 'circle-radius': ['get', 'ring'], 'circle-opacity': 0, 'circle-stroke-color': ['get', 'color'], 'circle-stroke-width': 2 },
      },
    ],
  };
}
