/**
 * The URL is the public interface for deep links and embeds. Parsing is defensive: a missing, malformed or
 * unknown value falls back to its default and never throws. Parameters this module does not own are kept.
 *
 * - `country=UZB`: a country's panel (ISO 3166-1 alpha-3, any case).
 * - `corridor=UZB-RUS`: a corridor's panel (two alpha-3 codes; only pairs the dataset links).
 * - `measure=count`: flows drawn by number of migrants instead of share (the default).
 */
import { MEASURES, type Measure } from '../queries/flows.ts';

export type UrlState = { country: string | null; corridor: string | null; measure: Measure };

export const DEFAULT_STATE: UrlState = { country: null, corridor: null, measure: 'share' };

/**
 * `resolveCountry` maps any user-typed code to a known ISO3 code, or null; `resolveCorridor` maps "uzb-rus" to
 * "UZB-RUS" when the dataset knows that corridor, or null. A corridor wins over a country when both are given.
 */
export function readUrlState(
  search: string,
  resolveCountry: (code: string) => string | null,
  resolveCorridor: (code: string) => string | null = () => null,
): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_STATE };
  }
  const rawCountry = params.get('country')?.trim();
  const rawCorridor = params.get('corridor')?.trim();
  const rawMeasure = params.get('measure')?.trim().toLowerCase();
  const corridor = rawCorridor && /^[A-Za-z]{3}-[A-Za-z]{3}$/.test(rawCorridor) ? resolveCorridor(rawCorridor) : null;
  const country = !corridor && rawCountry && /^[A-Za-z]{3}$/.test(rawCountry) ? resolveCountry(rawCountry) : null;
  const measure = (MEASURES as readonly string[]).includes(rawMeasure ?? '') ? (rawMeasure as Measure) : DEFAULT_STATE.measure;
  return { country, corridor, measure };
}

/** The search string for `state`, keeping every other parameter of `search` as it was. */
export function writeUrlState(search: string, state: Partial<UrlState>): string {
  const params = new URLSearchParams(search);
  const put = (key: string, value: string | null | undefined, fallback: string | null = null) => {
    if (value === undefined) return;
    if (value && value !== fallback) params.set(key, value);
    else params.delete(key);
  };
  put('country', state.country);
  put('corridor', state.corridor);
  put('measure', state.measure, DEFAULT_STATE.measure);
  const s = params.toString();
  return s ? `?${s}` : '';
}
