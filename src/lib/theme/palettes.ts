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

/** One colour per origin, fixed per country, so Uzbekistan's flows keep their colour in every view and slide. */
export const ORIGINS = {
  byCountry: {
    UZB: OKABE_ITO.vermillion,
    KAZ: OKABE_ITO.blue,
    KGZ: OKABE_ITO.bluishGreen,
    TJK: OKABE_ITO.reddishPurple,
    TKM: OKABE_ITO.orange,
  } as Record<string, string>,
  fallback: '#555555',
};
