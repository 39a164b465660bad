/**
 * The dark theme, for readers whose system asks for it (`prefers-color-scheme: dark`) or who choose it
 * (`?theme=dark`, the masthead's toggle): a deep, slightly warm ground, so the flows and the status colours carry
 * the light. Presenter mode keeps `contrast`, built for projectors.
 */
import type { Theme } from './tokens.ts';
import { light } from './light.ts';
import { OKABE_ITO, ORIGINS_ON_DARK } from './palettes.ts';

export const dark: Theme = {
  scheme: 'dark',
  ui: {
    text: '#ebe8e2',
    muted: '#aeb3ba',
    link: '#8ec0f5',
    bg: '#15181c',
    panelBg: '#1d2126',
    rule: '#3a3f47',
    ruleLight: '#2c3036',
    chipBg: '#262a31',
    chipBorder: '#565c66',
    chipHover: '#313640',
    depositary: '#a6cdf5',
    depositaryBorder: '#4f7aa6',
    disputed: '#d9a520',
    disputedBg: '#3a2f12',
    disputedText: '#f2cd6b',
    selected: '#4a3f22',
    selectedOutline: '#e0c177',
    focusOutline: '#8ec0f5',
    focusRing: '#8ec0f5',
    focusHalo: '#0c0f12',
    shadow: '0 1px 3px rgba(0, 0, 0, 0.5), 0 4px 14px rgba(0, 0, 0, 0.4)',
    hintText: '#ffffff',
    hintBg: 'rgba(8, 10, 12, 0.68)',
    backdrop: 'rgba(0, 0, 0, 0.6)',
    sampleFill: '#868c95',
    sampleStroke: '#b3b8bf',
  },
  map: {
    sea: '#0f1a24',
    context: '#23272d',
    dataCountry: '#2c3138',
    centralAsia: '#3b3526',
    hover: '#574a2c',
    selected: '#6e5a2c',
    border: '#5f6670',
    selectedOutline: '#f3dc9a',
    disputedOutline: '#f2cd6b',
    emphasisOutline: '#e6e2d8',
    labelText: '#f2f0eb',
    labelDetail: '#ffb27a',
    labelHalo: '#0c0f12',
    flowCasing: '#0c0f12',
    flowHighlightEdge: '#ffffff',
    flowChevron: '#0c0f12',
  },
  // Okabe–Ito's categories in full (they hold on a dark ground); as on the projector, "nothing here" is a muted
  // slate, not a pale grey that would be the brightest thing on the map, and "not known" a quiet light grey.
  standings: {
    ...light.standings,
    party: OKABE_ITO.bluishGreen,
    participant: OKABE_ITO.bluishGreen,
    not_party: '#5d6470',
    none: '#5d6470',
    absent: '#747b86',
    unknown: '#b8bcc3',
  },
  subdue: 0.4,
  origins: ORIGINS_ON_DARK,
  slide: { background: '#15181c', text: '#ebe8e2', muted: '#aeb3ba', panel: '#1d2126', rule: '#3a3f47', shadow: 'rgba(0, 0, 0, 0.4)' },
};
