/** The projector's theme (presenter mode and its slides): dark and saturated, as projectors wash out pale colours. */
import type { Theme } from './tokens.ts';
import { light } from './light.ts';
import { OKABE_ITO, ORIGINS_ON_DARK } from './palettes.ts';

export const contrast: Theme = {
  scheme: 'dark',
  ui: {
    ...light.ui,
    text: '#ffffff',
    muted: '#c9d4e0',
    link: '#9cc9ff',
    bg: '#0b1724',
    panelBg: '#14263a',
    rule: '#2d4560',
    ruleLight: '#22384f',
    chipBg: '#1d3349',
    chipBorder: '#48627f',
    chipHover: '#27425e',
    depositary: '#9cc9ff',
    depositaryBorder: '#4f7db0',
    disputedBg: '#3a2f0d',
    disputedText: '#ffd166',
    selected: '#2f5680',
    selectedOutline: '#9cc9ff',
    focusOutline: '#9cc9ff',
    focusRing: '#9cc9ff',
    focusHalo: '#0b1724',
  },
  map: {
    sea: '#0b1724',
    context: '#1f2d3b',
    dataCountry: '#2b3d50',
    centralAsia: '#3a5370',
    hover: '#557399',
    selected: '#6a8bb6',
    border: '#7d8fa3',
    selectedOutline: '#ffffff',
    disputedOutline: '#ffd166',
    emphasisOutline: '#e3eaf2',
    labelText: '#ffffff',
    labelDetail: '#ffbb8a',
    labelHalo: '#0b1724',
    flowCasing: '#ffffff',
    flowHighlightEdge: '#1f2129',
    flowChevron: '#0b1724', // dark on the lighter lines a dark ground needs (3:1 or more against each)
  },
  // The pale "nothing here" colours would be the brightest things on a dark map and pull the eye to where
  // nothing is: here they are dark, muted slates, still apart from the sea and the context.
  standings: {
    ...light.standings,
    party: OKABE_ITO.bluishGreen,
    participant: OKABE_ITO.bluishGreen,
    not_party: '#5a6878',
    none: '#5a6878',
    absent: '#6f7a86',
  },
  subdue: 0.4,
  origins: ORIGINS_ON_DARK,
  slide: { background: '#0b1724', text: '#ffffff', muted: '#c9d4e0', panel: '#15263a', rule: '#3a5370', shadow: 'rgba(0, 0, 0, 0.18)' },
};
