/**
 * The app's view state, kept in step with the address bar: selecting a country pushes a history entry
 * (no reload), and back/forward restore the selection.
 */
import { readUrlState, writeUrlState, type UrlState, type View } from './url.ts';

export class ViewState {
  country = $state<string | null>(null);
  view = $state<View>('map');

  constructor(private resolveCountry: (code: string) => string | null) {
    this.restore();
    window.addEventListener('popstate', this.restore);
  }

  select(iso3: string | null): void {
    if (iso3 === this.country && this.view === 'map') return;
    this.go({ country: iso3, view: 'map' });
  }

  show(view: View): void {
    if (view !== this.view) this.go({ country: this.country, view });
  }

  private go(state: UrlState): void {
    this.country = state.country;
    this.view = state.view;
    history.pushState(null, '', `${location.pathname}${writeUrlState(location.search, state)}${location.hash}`);
  }

  private restore = () => {
    ({ country: this.country, view: this.view } = readUrlState(location.search, this.resolveCountry));
  };

  destroy(): void {
    window.removeEventListener('popstate', this.restore);
  }
}
