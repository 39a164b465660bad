/**
 * The camera's policy: where the map opens; an opened country, or both ends of an opened corridor, brought clear
 * of the panel and the legend (reveal.ts); a presenter's step flown to its camera.
 */
import type { Camera, Insets, LngLat, MapInit } from '../lib/map/types.ts';
import type { Viewport } from '../lib/map/projection.ts';
import { revealCamera } from '../lib/map/reveal.ts';
import { onMap } from '../lib/queries/index.ts';
import { anchorOf, centralAsia, openingBounds } from './scene.ts';
import type { Controller } from './controller.svelte.ts';
import { stepCountries } from './story-evidence.ts';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const REVEAL_MS = 600;
const STEP_FLIGHT_MS = 1600;

/** On a desktop the legend is docked at the top right: the map opens with the corridors clear of it. Below
 * 700 px the flows' key sits above the map, not on it; a status map's legend still runs across its top. */
const LEGEND_ROOM_PX = 320;
const PHONE_LEGEND_ROOM_PX = 240;
const PHONE_EDGE_PX = 16;

/** Where the map opens (unless a link names a camera): the corridors, clear of the legend; fewer on a phone. */
export function openingView(c: Controller): Pick<MapInit, 'bounds' | 'boundsPadding'> {
  const narrow = window.matchMedia('(max-width: 699px)').matches;
  const legendOnMap = c.presenter.active; // below 700 px every other key sits above the map
  return {
    bounds: openingBounds(c.model, c.flows.opening, narrow),
    boundsPadding: !narrow ? { right: LEGEND_ROOM_PX } : legendOnMap ? { top: PHONE_LEGEND_ROOM_PX } : { top: PHONE_EDGE_PX, bottom: PHONE_EDGE_PX },
  };
}

/**
 * Follow the controller's state with the camera. `screenInsets`: how much of the map the panel and the legend
 * cover now, or null until they are laid out. Call once, during the component's set-up (the effects live as long
 * as it does).
 */
export function followCamera(c: Controller, screenInsets: () => Insets | null): void {
  const anchor = anchorOf(c.model);
  const pointOf = (iso3: string): LngLat => c.labelPoints.get(iso3) ?? anchor(iso3);

  // A link that names its camera is obeyed as it is: no reveal for the country it opens with (but for the next).
  let keepLinkCamera = c.view.current.camera !== null;
  $effect(() => {
    // A corridor is framed on its line's ends (the capitals the flows run between), a country on itself.
    const corridorEnds = c.corridorPair?.filter((iso3) => onMap(c.model, iso3)).map(anchor);
    const shown = corridorEnds ?? (c.view.country && onMap(c.model, c.view.country) ? [pointOf(c.view.country)] : []);
    const map = c.map;
    const insets = screenInsets();
    if (!map || !insets) return;
    const linkCamera = keepLinkCamera;
    keepLinkCamera = false;
    if (!shown.length || linkCamera || c.presenter.active) return; // presenter steps set their own camera
    const target = revealCamera(map.view(), shown, insets);
    if (target) map.moveTo(target.camera, { duration: reducedMotion() ? 0 : REVEAL_MS, padding: target.padding });
  });

  // Fly only when the step changes: a speaker who pans or opens a country to answer a question keeps that view.
  // The step's camera is a suggestion: the step's subject is brought clear of the story card and the legend.
  // Also when another renderer takes over (the static map hands over to MapLibre, framed then on the page's
  // final layout).
  let flownStep: number | null = null;
  let flownOn: unknown = null;
  $effect(() => {
    const step = c.presenter.active ? c.view.current.step : null;
    const map = c.map;
    const insets = step !== null ? screenInsets() : null;
    const camera = step !== null ? c.presenter.step.camera : undefined;
    // A step showing a table or the timeline has no camera: the map stays where it was, under the page.
    if (step !== null && (step !== flownStep || map !== flownOn) && camera) {
      if (!map || !insets) return; // not laid out yet: fly once it is
      flownOn = map;
      const { width, height } = map.view();
      const target = stepFraming({ camera, width, height }, stepSubjectPoints(c), insets);
      map.moveTo(target.camera, { duration: reducedMotion() ? 0 : STEP_FLIGHT_MS, fly: true, padding: target.padding });
    }
    flownStep = step;
  });
}

/**
 * Where a presenter step's subject lies: on a flows map, where the lines end (the capitals: Moscow, not the
 * middle of Siberia); else each country's label point (the middle of its largest part).
 */
export function stepSubjectPoints(c: Controller): LngLat[] {
  const anchor = anchorOf(c.model);
  const { view } = c.presenter.step;
  const lineEnds = !view.country && !view.instrument && !view.org;
  return stepSubject(c).map((iso3) => (lineEnds ? anchor(iso3) : (c.labelPoints.get(iso3) ?? anchor(iso3))));
}

/**
 * What a presenter step is about, to keep in sight: a country; the five on a status map; else the flows' line
 * ends (one origin's every destination; with several origins, the destinations of at least 5%).
 */
function stepSubject(c: Controller): string[] {
  const { view } = c.presenter.step;
  if (view.country) return stepCountries(c.model, c.presenter.step); // an agreement's step: both parties
  const five = centralAsia(c.model);
  if (view.instrument || view.org) return five;
  const split = c.flows.origins.filter((o) => o.kind === 'split');
  const least = split.length === 1 ? 0 : 5;
  const ends = split.flatMap((o) => o.flows.filter((f) => (f.share_pct ?? 0) > least).map((f) => f.destination_iso3));
  return [...new Set([...five, ...ends])].filter((iso3) => onMap(c.model, iso3));
}

/**
 * The step's camera, or, where its subject would lie under the story card or the legend or too near an edge
 * for the hall's large labels, the camera that brings it clear (zooming out, never in). The margins leave room
 * for a label centred on its point: wider than tall, as names are.
 */
export function stepFraming(v: Viewport, points: LngLat[], insets: Insets): { camera: Camera; padding: Insets } {
  const side = Math.round(v.width * 0.08);
  const padded = { ...insets, left: insets.left + side, right: insets.right + side };
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  return revealCamera(v, points, padded, Math.round(v.height * 0.07)) ?? { camera: v.camera, padding: none };
}
