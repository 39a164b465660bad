/**
 * What the app needs from a map, and nothing more. The app talks to this interface only; MapLibre lives
 * behind it (maplibre/), loaded on demand, so a static or no-WebGL fallback can implement the same contract.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ShapeProps } from '../geo/countries.ts';
import type { FlowClock } from '../flows/clock.ts';

/** Where the map looks: the same shape as the URL's lng/lat/zoom. */
export type Camera = { lng: number; lat: number; zoom: number };
export type Insets = { top: number; right: number; bottom: number; left: number };
export type GestureHints = { wheel: string; wheelMac: string; touch: string };

/**
 * A flow as the map draws it: path, width and colour are decided by the app, not the map. Pass the same `path`
 * array again when only width or colour changed: the map then keeps its geometry and updates only the style.
 */
export type MapFlow = {
  id: string;
  origin: string;
  destination: string;
  /** [lng, lat] points from origin to destination (the arc as drawn). */
  path: [number, number][];
  widthPx: number;
  color: string;
};

/** A sized mark at a point, e.g. an origin's total of migrants abroad: a disc, and a ring when a second size applies. */
export type MapMark = { id: string; lngLat: [number, number]; radiusPx: number; ringPx: number | null; color: string };

/** Which flows stand out: those touching one country, or those between two; the rest fade. */
export type FlowFocus = { kind: 'country'; iso3: string } | { kind: 'corridor'; a: string; b: string } | null;

/** What the pointer is over, with its position in CSS px from the map's top left (for a tooltip). */
export type MapHover = { kind: 'flow' | 'mark'; id: string; x: number; y: number };

/**
 * A country label: text, and the points where it may go in order of preference (the first one on screen and
 * clear of higher-priority labels wins; Russia's centre is often off-screen, its capital is not).
 */
export type MapLabel = { iso3: string; text: string; detail?: string; at: LabelSpot[]; priority: number };
/** `above` puts the label just above the point (for a capital where a flow line ends), `center` on it. */
export type LabelSpot = { lngLat: [number, number]; placement: 'center' | 'above' };

export type MapInit = {
  container: HTMLElement;
  countries: FeatureCollection<Polygon | MultiPolygon, ShapeProps>;
  /** Initial view: fit these bounds [[w, s], [e, n]] (unless `camera` is given). */
  bounds: [[number, number], [number, number]];
  /** Initial view from a link: centre and zoom. */
  camera?: Camera | null;
  /** Called when the camera settles after the reader moved it (not after programmatic moves). */
  onCamera?: (camera: Camera) => void;
  /** Embedded in someone else's page: the map leaves page scrolling alone until the reader clicks or focuses it. */
  cooperative?: boolean;
  /** Strings for the hint shown when a held gesture is tried (see maplibre/gestures.ts). */
  gestureHints?: GestureHints;
  /** Room to leave around those bounds, in CSS px (e.g. for a legend docked over the map). */
  boundsPadding?: Partial<Insets>;
  maxBounds: [[number, number], [number, number]];
  /**
   * Let the camera leave maxBounds and cross the antimeridian (the slide's twin map, whose centre moves east to
   * clear the legend; MapLibre clamps at 180° without world copies). Only sea and the clipped shapes lie beyond.
   */
  unconstrained?: boolean;
  /** Accessible name of the map region. */
  label: string;
  /** The animation clock the flows are drawn at (play, pause, and a fixed time for tests). */
  clock: FlowClock;
  onSelect: (iso3: string) => void;
  onSelectFlow?: (id: string) => void;
  onHover?: (hover: MapHover | null) => void;
};

/**
 * A snapshot's size in CSS px and the pixel ratio it is drawn at (the image is width × pixelRatio wide), and
 * how many CSS px at its right edge something will cover (the slide's legend): the view is fitted beside it.
 */
export type SnapshotFrame = { width: number; height: number; pixelRatio: number; coveredRight?: number };

/** Countries coloured by category (instrument or organisation maps); `outlined` get a dashed outline (disputed). */
export type Choropleth = { colors: Record<string, string>; outlined: string[] };

export interface MapView {
  setSelected(iso3: string | null): void;
  /** Colour countries by category, or null to return to the base colours. */
  setChoropleth(choropleth: Choropleth | null): void;
  setFlows(flows: MapFlow[]): void;
  setMarks(marks: MapMark[]): void;
  setFocus(focus: FlowFocus): void;
  /** Highlight one flow (keyboard focus in the flows list), or none. */
  setHoveredFlow(id: string | null): void;
  setLabels(labels: MapLabel[]): void;
  fitBounds(bounds: [[number, number], [number, number]]): void;
  /** Move to a camera: a smooth flight, or a jump when `duration` is 0 (reduced motion, tests). */
  flyTo(camera: Camera, duration: number): void;
  setTheme(theme: 'light' | 'contrast'): void;
  /**
   * The map, its flows and its labels as one image of `frame` (for a slide-sized PNG), whatever the shape of
   * the screen: around the same centre, zoomed so that everything on screen is in the frame (a phone's tall
   * view becomes a landscape one), with lines and labels at their CSS size × `frame.pixelRatio`. Drawn on a
   * map of its own: the map on screen does not move or change size.
   */
  snapshot(frame: SnapshotFrame, screenInsets?: Insets): Promise<HTMLCanvasElement>;
  /** Bring a point into the part of the map not covered by panels (`insets`, in CSS pixels); no move if it is already there. */
  reveal(points: [number, number][], insets: Insets): void;
  /** Resolves once the first frame with countries has been drawn. */
  ready: Promise<void>;
  destroy(): void;
}

export type CreateMap = (init: MapInit) => MapView;
