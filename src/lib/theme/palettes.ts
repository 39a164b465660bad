/** Colour sets the themes share. */

/** Okabe & Ito's palette: distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/**
 * One colour per origin, fixed per country so Uzbekistan's flows keep their colour in every view and slide, in
 * two tunings of the same five hues (Uzbekistan rust-red, Kazakhstan blue, Kyrgyzstan green, Tajikistan pink,
 * Turkmenistan mustard): Okabe–Ito's orange, pink and green are too pale for 3:1 against a light map (WCAG 1.4.11),
 * and its blue too dark on a dark one. Each set keeps every line at 3:1 or more against the land and sea of its
 * themes and every pair at CIEDE2000 ΔE ≥ 10 with protanopia, deuteranopia and tritanopia simulated (found by a
 * seeded search near Okabe–Ito's hues; tests/unit/theme-contrast.test.ts measures both).
 */
export const ORIGINS = {
  byCountry: {
    UZB: '#92350e',
    KAZ: '#006bca',
    KGZ: '#2f8152',
    TJK: '#a55177',
    TKM: '#8c740e',
  } as Record<string, string>,
  fallback: '#555555',
};

/** The same hues for a dark ground (the dark theme and the projector's): lighter, 3:1 against both themes' land. */
export const ORIGINS_ON_DARK = {
  byCountry: {
    UZB: '#fb8550',
    KAZ: '#6aa8f5',
    KGZ: '#6fe3b5',
    TJK: '#eda2cd',
    TKM: '#f5d94a',
  } as Record<string, string>,
  fallback: '#a0a4aa',
};
