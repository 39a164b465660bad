/**
 * The URL is the public interface for deep links and embeds. Parsing is defensive: a missing, malformed or
 * unknown value falls back to its default and never throws. Parameters this module does not own are kept.
 */
export const VIEWS = ['map', 'sources'] as const;
export type View = (typeof VIEWS)[number];
export type UrlState = { country: string | null; view: View };

export const DEFAULT_STATE: UrlState = { country: null, view: 'map' };

/** `resolveCountry` maps any user-typed code to a known ISO3 code, or null. */
export function readUrlState(search: string, resolveCountry: (code: string) => string | null): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_STATE };
  }
  const raw = params.get('country');
  const country = raw && /^[A-Za-z]{3}$/.test(raw.trim()) ? resolveCountry(raw.trim()) : null;
  const rawView = params.get('view');
  const view = VIEWS.find((v) => v === rawView) ?? DEFAULT_STATE.view;
  return { country, view };
}

/** The search string for `state`, keeping every other parameter of `search` as it was. */
export function writeUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  if (state.country) params.set('country', state.country);
  else params.delete('country');
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  else params.delete('view');
  const s = params.toString();
  return s ? `?${s}` : '';
}
