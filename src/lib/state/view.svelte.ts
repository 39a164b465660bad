/**
 * The app's view state, kept in step with the address bar: opening a country or a corridor pushes a history
 * entry (no reload) and back/forward restore it; switching the measure replaces the entry (not a navigation).
 */
import type { Measure } from '../queries/flows.ts';
import { readUrlState, writeUrlState, type UrlState } from './url.ts';

export class ViewState {
  country = $state<string | null>(null);
  corridor = $state<string | null>(null);
  measure = $state<Measure>('share');

  constructor(
    private resolveCountry: (code: string) => string | null,
    private resolveCorridor: (code: string) => string | null = () => null,
  ) {
    this.restore();
    window.addEventListener('popstate', this.restore);
  }

  /** Open a country's panel (null closes any panel). */
  select(iso3: string | null): void {
    if (iso3 === this.country && !this.corridor) return;
    this.country = iso3;
    this.corridor = null;
    this.write({ country: iso3, corridor: null }, 'push');
  }

  /** Open a corridor's panel, e.g. "UZB-RUS". */
  selectCorridor(id: string): void {
    if (id === this.corridor) return;
    this.corridor = id;
    this.country = null;
    this.write({ country: null, corridor: id }, 'push');
  }

  setMeasure(measure: Measure): void {
    if (measure === this.measure) return;
    this.measure = measure;
    this.write({ measure }, 'replace');
  }

  private write(state: Partial<UrlState>, how: 'push' | 'replace'): void {
    const url = `${location.pathname}${writeUrlState(location.search, state)}${location.hash}`;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  }

  private restore = () => {
    const s = readUrlState(location.search, this.resolveCountry, this.resolveCorridor);
    this.country = s.country;
    this.corridor = s.corridor;
    this.measure = s.measure;
  };

  destroy(): void {
    window.removeEventListener('popstate', this.restore);
  }
}
