/**
 * The map's description for screen readers: what it shows (the flows' basis, year and origin, or a status
 * map and its year), what is selected (a country, a corridor), then the view's headline. The map region points
 * at it (aria-describedby) and it is a polite live region, so a change of selection is read when the reader
 * pauses. Pure: the words are the language's (Messages' `a11y`).
 */
import type { Messages } from '../lib/i18n/index.ts';

export type MapDescribed = {
  /** Flows: what the lines count (the legend's title), the year (null: each origin's latest), one origin's name. */
  shows:
    { kind: 'flows'; what: string; year: number | null; origin: string | null } | { kind: 'instrument' | 'org'; what: string; year: number | null };
  /** The open country's name. */
  country: string | null;
  /** The open corridor's two countries' names. */
  corridor: [string, string] | null;
  /** The view's headline (already a sentence). */
  headline: string;
};

export function mapDescription(d: MapDescribed, m: Messages): string {
  const year = d.shows.year === null ? null : String(d.shows.year);
  const parts = [
    d.shows.kind === 'flows'
      ? m.a11y.mapFlows({ what: d.shows.what, year, origin: d.shows.origin })
      : m.a11y.mapStatus({ what: d.shows.what, kind: d.shows.kind, year }),
  ];
  if (d.corridor) parts.push(m.a11y.mapCorridor({ a: d.corridor[0], b: d.corridor[1] }));
  else if (d.country) parts.push(m.a11y.mapCountry(d.country));
  if (d.headline) parts.push(/[.!?]$/.test(d.headline) ? d.headline : `${d.headline}.`);
  return parts.join(' ');
}
