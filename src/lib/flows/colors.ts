/**
 * One colour per origin, from the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies). Fixed per country, so Uzbekistan's flows keep their colour in every view and screenshot.
 */
export const ORIGIN_COLORS: Record<string, string> = {
  UZB: '#D55E00', // vermillion
  KAZ: '#0072B2', // blue
  KGZ: '#009E73', // bluish green
  TJK: '#CC79A7', // reddish purple
  TKM: '#E69F00', // orange
};
export const FALLBACK_FLOW_COLOR = '#555555';

export function originColor(iso3: string): string {
  return ORIGIN_COLORS[iso3] ?? FALLBACK_FLOW_COLOR;
}
