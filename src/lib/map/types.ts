/**
 * What the app needs from a map, and nothing more. The app describes what the map shows as one value, a
 * `MapScene`, and hands the whole of it to `MapView.render` whenever anything changes; the renderer works out
 * what changed (by reference, field by field). The slide renders the same scene on a map of its own. A renderer
 * (maplibre/ today) is picked by ./index.ts, so another (a static SVG map) implements this contract and nothing
 * in the app changes.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ShapeProps } from '../geo/countries.ts';
import type { FlowClock } from '../flows/clock.ts';
import type { MapTokens } from '../theme/index.ts';

/** Where the map looks: the same shape as the URL's lng/lat/zoom. */
export type Camera = { lng: number; lat: number; zoom: number };
export type Insets = { top: number; right: number; bottom: number; left: number };
/** What covers the map: its sides' insets, and the cards no side's inset counts (a small legend card), as boxes [left, top, right, bottom] in the map's CSS px, for labels to keep off. */
export type Covering = Insets & { cards?: [number, number, number, number][] };
export type GestureHints = { wheel: string; wheelMac: string; touch: string };
export type LngLat = [number, number];

/**
 * A flow as the map draws it: path, width and colour are decided by the app, not the map. Pass the same `path`
 * array again when only width or colour changed: the map then keeps its geometry and updates only the style.
 */
export type MapFlow = {
  id: string;
  origin: string;
  destination: string;
  /** [lng, lat] points from origin to destination (the arc as drawn). */
  path: LngLat[];
  widthPx: number;
  color: string;
  /** Below 1, a minor line recedes (drawn fainter) so the major ones read; 1 when omitted. */
  opacity?: number;
};

/** A sized mark at a point, e.g. an origin's total of migrants abroad: a disc, and a ring when a second size applies. */
export type MapMark = { id: string; lngLat: LngLat; radiusPx: number; ringPx: number | null; color: string };

/** Which flows stand out: those touching one country, or those between two; the rest fade. */
export type FlowFocus = { kind: 'country'; iso3: string } | { kind: 'corridor'; a: string; b: string } | null;

/**
 * What the pointer is over, with its position in CSS px from the map's top left (for a tooltip): a flow, an
 * origin's mark, or a country of the dataset (its ISO3), topmost first.
 */
export type MapHover = { kind: 'flow' | 'mark' | 'country'; id: string; x: number; y: number };

/**
 * A country label: text, and the points where it may go in order of preference (the first one on screen and
 * clear of higher-priority labels wins; Russia's centre is often off-screen, its capital is not).
 */
export type MapLabel = { iso3: string; text: string; detail?: string; at: LabelSpot[]; priority: number };
/** `above` puts the label just above the point (for a capital where a flow line ends), `center` on it. */
export type LabelSpot = { lngLat: LngLat; placement: 'center' | 'above' };

/** Countries coloured by category (instrument or organisation maps); `outlined` get a dashed outline (disputed). */
export type Choropleth = { colors: Record<string, string>; outlined: string[] };

/** Everything the map shows, as one value. Unchanged parts keep their references, so a renderer skips them. */
export type MapScene = {
  /** The theme's map colours (land, sea, outlines, the flows' casing and chevrons). */
  palette: MapTokens;
  /** Countries drawn in the region's own colour (the five Central Asian states). */
  emphasised: readonly string[];
  /** Status colours (instrument and organisation maps), or null for the base colours. */
  choropleth: Choropleth | null;
  selected: string | null;
  flows: MapFlow[];
  marks: MapMark[];
  focus: FlowFocus;
  /** The one flow drawn highlighted: the one under the pointer, else the one focused in the flows list. */
  highlight: string | null;
  /** The country with keyboard focus in a list (the Countries menu, a status legend): lit as on hover, and outlined. */
  focused?: string | null;
  labels: MapLabel[];
};

export type MapInit = {
  container: HTMLElement;
  countries: FeatureCollection<Polygon | MultiPolygon, ShapeProps>;
  /** What to draw first (later scenes come through `render`). */
  scene: MapScene;
  /** Initial view: fit these bounds [[w, s], [e, n]] (unless `camera` is given). */
  bounds: [LngLat, LngLat];
  /** Initial view from a link: centre and zoom. */
  camera?: Camera | null;
  /** Called when the camera settles after the reader moved it (not after programmatic moves). */
  onCamera?: (camera: Camera) => void;
  /** Embedded in someone else's page: the map leaves page scrolling alone until the reader clicks or focuses it. */
  cooperative?: boolean;
  /** Strings for the hint shown when a held gesture is tried. */
  gestureHints?: GestureHints;
  /** Room to leave around those bounds, in CSS px (e.g. for a legend docked over the map). */
  boundsPadding?: Partial<Insets>;
  maxBounds: [LngLat, LngLat];
  /**
   * Let the camera leave maxBounds and cross the antimeridian (the slide's twin map, whose centre moves east to
   * clear the legend). Only sea and the clipped shapes lie beyond.
   */
  unconstrained?: boolean;
  /** Accessible name of the map region. */
  label: string;
  /** The id of the element that describes the map region (what it shows, what is open: a polite live region). */
  describedBy?: string;
  /** The animation clock the flows are drawn at (play, pause, and a fixed time for tests). */
  clock: FlowClock;
  onSelect: (iso3: string) => void;
  onSelectFlow?: (id: string) => void;
  onHover?: (hover: MapHover | null) => void;
  /** The renderer lost its drawing context (a GPU reset, too many WebGL contexts): another must stand in. */
  onLost?: () => void;
  /** It has its context back and draws again. */
  onRestored?: () => void;
};

/**
 * A snapshot's size in CSS px and the pixel ratio it is drawn at (the image is width × pixelRatio wide), and
 * how many CSS px at its right edge something will cover (the slide's legend): the view is fitted beside it.
 */
/**
 * A snapshot's frame: its size in CSS px, its pixel ratio, the strip on its right the slide's legend covers, and
 * (`fit`) the points to frame clear of that strip instead of what the screen shows (a presenter's step subject).
 */
export type SnapshotFrame = { width: number; height: number; pixelRatio: number; coveredRight?: number; fit?: LngLat[] };

export interface MapView {
  /** Show this scene. Cheap to call often: only what changed since the last scene is redrawn. */
  render(scene: MapScene): void;
  /** Where the map looks now, its size in CSS px, and the padding its centre is shown within. */
  view(): { camera: Camera; width: number; height: number; padding: Insets };
  /**
   * Move to a camera: eased, a flight (`fly`), or a jump when `duration` is 0 (reduced motion, tests). With
   * `padding`, the camera's centre is shown at the middle of what the padding leaves (and stays so until the next
   * move); without, at the middle of the map.
   */
  moveTo(camera: Camera, options: { duration: number; fly?: boolean; padding?: Insets }): void;
  /**
   * `scene` as one image of `frame` (for a slide-sized PNG), whatever the shape of the screen: around the same
   * centre, zoomed so that everything on screen clear of `screenInsets` is in the frame, with lines and labels at
   * their CSS size × `frame.pixelRatio`. Drawn on a map of its own: the map on screen does not move.
   */
  snapshot(scene: MapScene, frame: SnapshotFrame, screenInsets?: Insets): Promise<HTMLCanvasElement>;
  /**
   * What covers the map from each side now (a panel, a legend, a story card), in CSS px: labels keep clear of it,
   * and a value whose place is under it or off the map is pinned to the edge of what is left.
   */
  cover(covering: Covering): void;
  /** Where a move under way will end (null when the camera is still): a renderer taking over goes there. */
  heading?(): { camera: Camera; padding: Insets } | null;
  /** Resolves once the first frame with countries has been drawn. */
  ready: Promise<void>;
  destroy(): void;
}

export type CreateMap = (init: MapInit) => MapView;
