/**
 * The app's view state, kept in step with the address bar. A change of what the reader looks at (a country,
 * a corridor, a view, a story step) pushes a history entry, so back and forward walk through them; settings
 * that are not navigation (the camera, the flows' measure) replace the entry. Nothing reloads. Inside an
 * embed every change replaces the entry: iframe navigations join the article's history, and the reader's Back
 * button must leave the article, not replay clicks on the map.
 *
 * Fields change one by one, so a camera report does not re-run what depends on the country or the step.
 */
import type { Measure } from '../lib/queries/flows.ts';
import { DEFAULT_STATE, readUrlState, writeUrlState, type UrlContext, type UrlState, type View } from '../lib/state/url.ts';

export class ViewState {
  current = $state<UrlState>({ ...DEFAULT_STATE });
  /** Bumped on every change: for what depends on the whole URL (the "open full map" link). */
  revision = $state(0);
  private readonly framed = window.parent !== window;

  constructor(private ctx: UrlContext) {
    this.restore();
    window.addEventListener('popstate', this.restore);
  }

  get country() {
    return this.current.country;
  }
  get corridor() {
    return this.current.corridor;
  }
  get measure() {
    return this.current.measure;
  }
  get view() {
    return this.current.view;
  }

  /** Open a country's panel (null closes any panel). */
  select(iso3: string | null): void {
    if (iso3 === this.current.country && !this.current.corridor && this.current.view === 'map') return;
    this.update({ country: iso3, corridor: null, view: 'map' });
  }

  /** Open a corridor's panel, e.g. "UZB-RUS". */
  selectCorridor(id: string): void {
    if (id === this.current.corridor) return;
    this.update({ corridor: id, country: null, view: 'map' });
  }

  setMeasure(measure: Measure): void {
    if (measure !== this.current.measure) this.update({ measure }, 'replace');
  }

  show(view: View): void {
    if (view !== this.current.view) this.update({ view });
  }

  /** Apply a change; `replace` for settings and continuous changes (the camera), `push` for the reader's steps. */
  update(patch: Partial<UrlState>, mode: 'push' | 'replace' = 'push'): void {
    Object.assign(this.current, patch);
    this.revision++;
    const url = `${location.pathname}${writeUrlState(location.search, this.current)}${location.hash}`;
    if (mode === 'push' && !this.current.embed && !this.framed) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  }

  private restore = () => {
    Object.assign(this.current, readUrlState(location.search, this.ctx));
    this.revision++;
  };

  destroy(): void {
    window.removeEventListener('popstate', this.restore);
  }
}
