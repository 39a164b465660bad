/**
 * The app's view state, kept in step with the address bar: selecting a country pushes a history entry
 * (no reload), and back/forward restore the selection.
 */
import { readUrlState, writeUrlState } from './url.ts';

export class ViewState {
  country = $state<string | null>(null);

  constructor(private resolveCountry: (code: string) => string | null) {
    this.country = readUrlState(location.search, resolveCountry).country;
    window.addEventListener('popstate', this.restore);
  }

  select(iso3: string | null): void {
    if (iso3 === this.country) return;
    this.country = iso3;
    const search = writeUrlState(location.search, { country: iso3 });
    history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
  }

  private restore = () => {
    this.country = readUrlState(location.search, this.resolveCountry).country;
  };

  destroy(): void {
    window.removeEventListener('popstate', this.restore);
  }
}
