/**
 * The app's view state, kept in step with the address bar. A change of what the reader looks at (a country,
 * a view, a story step) pushes a history entry, so back and forward walk through them; the camera follows
 * the map with replaceState, so panning never floods the history. Nothing reloads.
 */
import { DEFAULT_STATE, readUrlState, writeUrlState, type UrlContext, type UrlState, type View } from './url.ts';

export class ViewState {
  current = $state<UrlState>({ ...DEFAULT_STATE });

  constructor(private ctx: UrlContext) {
    this.restore();
    window.addEventListener('popstate', this.restore);
  }

  get country() {
    return this.current.country;
  }
  get view() {
    return this.current.view;
  }

  select(iso3: string | null): void {
    if (iso3 === this.current.country && this.current.view === 'map') return;
    this.update({ country: iso3, view: 'map' });
  }

  show(view: View): void {
    if (view !== this.current.view) this.update({ view });
  }

  /** Apply a change; `replace` for continuous changes (the camera), `push` for the reader's steps. */
  update(patch: Partial<UrlState>, mode: 'push' | 'replace' = 'push'): void {
    this.current = { ...this.current, ...patch };
    const url = `${location.pathname}${writeUrlState(location.search, this.current)}${location.hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private restore = () => {
    this.current = readUrlState(location.search, this.ctx);
  };

  destroy(): void {
    window.removeEventListener('popstate', this.restore);
  }
}
