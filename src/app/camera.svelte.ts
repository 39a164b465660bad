/**
 * The camera's policy, as effects on the controller's state: an opened country, or both ends of an opened
 * corridor, are brought clear of the panel and the legend (reveal.ts); a presenter's step flies to its camera.
 * Call once, during the component's set-up (the effects live as long as it does).
 */
import type { Insets, LngLat } from '../lib/map/types.ts';
import { revealCamera } from '../lib/map/reveal.ts';
import { anchorOf } from './scene.ts';
import type { Controller } from './controller.svelte.ts';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const REVEAL_MS = 600;
const STEP_FLIGHT_MS = 1600;

/** `screenInsets`: how much of the map the panel and the legend cover now, or null until they are laid out. */
export function followCamera(c: Controller, screenInsets: () => Insets | null): void {
  const anchor = anchorOf(c.model);
  const pointOf = (iso3: string): LngLat => c.labelPoints.get(iso3) ?? anchor(iso3);

  // A link that names its camera is obeyed as it is: no reveal for the country it opens with.
  let keepLinkCamera = c.view.current.camera !== null;
  $effect(() => {
    const shown = (c.corridorPair ?? (c.view.country ? [c.view.country] : [])).filter((iso3) => c.model.country.get(iso3)?.on_map);
    const map = c.map;
    const insets = screenInsets();
    if (!shown.length || !map || !insets) return;
    if (keepLinkCamera || c.presenter.active) return void (keepLinkCamera = false); // presenter steps set their own camera
    const target = revealCamera(map.view(), shown.map(pointOf), insets);
    if (target) map.moveTo(target.camera, { duration: reducedMotion() ? 0 : REVEAL_MS, padding: target.padding });
  });

  // Fly only when the step changes: a speaker who pans or opens a country to answer a question keeps that view.
  let flownStep: number | null = null;
  $effect(() => {
    const step = c.presenter.active ? c.view.current.step : null;
    if (step !== null && step !== flownStep) c.map?.moveTo(c.presenter.step.camera, { duration: reducedMotion() ? 0 : STEP_FLIGHT_MS, fly: true });
    flownStep = step;
  });
}
