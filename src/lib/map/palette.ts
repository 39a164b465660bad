/**
 * Colours for the instrument and organisation maps (and their legends), from the Okabe–Ito palette so the
 * categories stay distinguishable with the common colour-vision deficiencies. "Not party" and "none" stay
 * close to the base map so the eye goes to where something is.
 */
import type { StandingKey } from '../queries/standings.ts';

export const STANDING_COLORS: Record<StandingKey, string> = {
  party: '#009E73',
  signatory: '#F0E442',
  not_party: '#cfc7b6',
  voted_yes: '#0072B2',
  abstained: '#E69F00',
  voted_no: '#D55E00',
  absent: '#b9b4a9',
  member: '#0072B2',
  associate: '#56B4E9',
  observer: '#E69F00',
  dialogue_partner: '#F0E442',
  participant: '#009E73',
  former: '#CC79A7',
  none: '#cfc7b6',
  unknown: '#ffffff',
};

/**
 * On the projector's dark map the pale "nothing here" colours would be the brightest things on screen and pull
 * the eye to where nothing is: there they are dark, muted slates, still apart from the sea and the context.
 */
const CONTRAST_OVERRIDES: Partial<Record<StandingKey, string>> = { not_party: '#5a6878', none: '#5a6878', absent: '#6f7a86' };

export function standingColor(key: StandingKey, theme: 'light' | 'contrast' = 'light'): string {
  return (theme === 'contrast' ? CONTRAST_OVERRIDES[key] : undefined) ?? STANDING_COLORS[key];
}
