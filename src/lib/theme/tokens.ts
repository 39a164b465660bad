/**
 * What a theme decides: every colour the app draws with, in one value per theme. The CSS custom properties
 * (ui), the map's paint (map), the flow overlay (map.flow*), the status maps (standings), the origins' lines and
 * marks (origins) and the slide (slide) all read from here; no other module of src/ names a colour.
 */
import type { StandingKey } from '../queries/standings.ts';

/** The interface's colours, written to CSS custom properties (`panelBg` → `--panel-bg`; see css.ts). */
export type UiTokens = {
  text: string;
  muted: string;
  link: string;
  bg: string;
  panelBg: string;
  rule: string;
  ruleLight: string;
  chipBg: string;
  chipBorder: string;
  chipHover: string;
  depositary: string;
  depositaryBorder: string;
  disputed: string;
  disputedBg: string;
  disputedText: string;
  selected: string;
  selectedOutline: string;
  /** The focus ring of any control (WCAG 2.4.7). */
  focusOutline: string;
  /** The ring drawn inside the map when it has keyboard focus, and its halo: ≥ 3:1 against land and sea. */
  focusRing: string;
  focusHalo: string;
  shadow: string;
  /** The hint over an embedded map that leaves page scrolling alone. */
  hintText: string;
  hintBg: string;
  /** Behind a modal dialog. */
  backdrop: string;
  /** The legend's grey sample discs for the origins' total marks. */
  sampleFill: string;
  sampleStroke: string;
};

/** The map's own colours. */
export type MapTokens = {
  sea: string;
  /** Countries drawn for context, outside the dataset. */
  context: string;
  dataCountry: string;
  centralAsia: string;
  hover: string;
  selected: string;
  border: string;
  selectedOutline: string;
  /** The dashed outline and the diagonal hatch of a country whose record a source paper disputes. */
  disputedOutline: string;
  /** Status maps: the stronger outline of the five Central Asian states, which keep full colour (the rest are subdued). */
  emphasisOutline: string;
  /** Country labels over the map: the name, the flow value under it, and the halo that keeps both legible. */
  labelText: string;
  labelDetail: string;
  labelHalo: string;
  /** The flow overlay: the light edge around every line, the edge of a highlighted line, the chevrons on thick lines. */
  flowCasing: string;
  flowHighlightEdge: string;
  flowChevron: string;
};

export type SlideTokens = { background: string; text: string; muted: string; panel: string; rule: string; shadow: string };

export type Theme = {
  /** The CSS `color-scheme` of the page under this theme: form controls, scrollbars and the canvas follow it. */
  scheme: 'light' | 'dark';
  ui: UiTokens;
  map: MapTokens;
  /** The instrument and organisation maps' categories (the Central Asian states' colours). */
  standings: Record<StandingKey, string>;
  /**
   * How far every other country's status colour is mixed toward the map's context colour (0: not at all), so a
   * large neighbour in full colour does not outweigh the five states the map is about.
   */
  subdue: number;
  /** One colour per origin of flows, fixed so a country keeps its colour in every view; `fallback` for any other. */
  origins: { byCountry: Record<string, string>; fallback: string };
  slide: SlideTokens;
};
