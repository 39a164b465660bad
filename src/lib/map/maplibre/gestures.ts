/**
 * An embedded map that does not capture the article's scrolling: wheel zoom, one-finger pan and touch zoom
 * start switched off (so the browser scrolls the page), a hint appears when the reader tries them, and the
 * first click, tap or keyboard focus on the map hands them back.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { GestureHints } from '../types.ts';

export function holdGestures(map: MapLibreMap, container: HTMLElement, hints?: GestureHints): () => void {
  map.scrollZoom.disable();
  map.dragPan.disable();
  map.touchZoomRotate.disable();
  container.dataset.gestures = 'held';

  const hint = document.createElement('div');
  hint.className = 'map-gesture-hint';
  hint.setAttribute('aria-hidden', 'true'); // the same instruction is in the map's accessible name
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  let timer = 0;
  const show = (text: string | undefined) => {
    if (!text) return;
    hint.textContent = text;
    hint.classList.add('shown');
    clearTimeout(timer);
    timer = window.setTimeout(() => hint.classList.remove('shown'), 1500);
  };
  container.append(hint);

  const onWheel = () => show(mac ? hints?.wheelMac : hints?.wheel);
  const onTouch = (e: TouchEvent) => {
    if (e.touches.length === 1) show(hints?.touch);
  };
  const release = () => {
    map.scrollZoom.enable();
    map.dragPan.enable();
    map.touchZoomRotate.enable();
    map.touchZoomRotate.disableRotation();
    container.dataset.gestures = 'free';
    stop();
  };
  const stop = () => {
    clearTimeout(timer);
    hint.remove();
    container.removeEventListener('wheel', onWheel);
    container.removeEventListener('touchmove', onTouch);
    container.removeEventListener('click', release);
    container.removeEventListener('focusin', release);
  };
  container.addEventListener('wheel', onWheel, { passive: true });
  container.addEventListener('touchmove', onTouch, { passive: true });
  container.addEventListener('click', release); // a click or a tap, never the start of a scroll
  container.addEventListener('focusin', release);
  return stop;
}
