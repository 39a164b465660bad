/**
 * Corridors over time in the UN's stock: the number of people born in one country living in another, in every
 * year the table has. Pure: the panels draw them as small multiples.
 */
import { ELSEWHERE } from '../data/vocabulary.ts';
import type { FlowView } from './flows.ts';

export type Series = { origin: string; destination: string; points: { year: number; value: number }[]; peak: number };

const stockRows = (all: FlowView[]) => all.filter((f) => f.basis === 'born_in_origin' && f.migrants !== undefined);

/** One series per direction of the rows given, in the order the directions first appear. */
function seriesOf(rows: FlowView[]): Series[] {
  const byDirection = new Map<string, Series>();
  for (const f of rows) {
    const key = `${f.origin_iso3}>${f.destination_iso3}`;
    const s = byDirection.get(key) ?? { origin: f.origin_iso3, destination: f.destination_iso3, points: [], peak: 0 };
    s.points.push({ year: f.year, value: f.migrants! });
    s.peak = Math.max(s.peak, f.migrants!);
    byDirection.set(key, s);
  }
  for (const s of byDirection.values()) s.points.sort((a, b) => a.year - b.year);
  return [...byDirection.values()];
}

/**
 * A country's largest corridors, up to `count`, largest peak first: its emigrants' destinations if the table
 * has any, else its immigrants' origins (a destination of the five). Everywhere else is not a corridor.
 */
export function stockSeries(all: FlowView[], iso3: string, count = 4): Series[] {
  const stock = stockRows(all);
  const out = stock.filter((f) => f.origin_iso3 === iso3 && f.destination_iso3 !== ELSEWHERE);
  const rows = out.length ? out : stock.filter((f) => f.destination_iso3 === iso3 && f.origin_iso3 !== ELSEWHERE);
  return seriesOf(rows)
    .sort((a, b) => b.peak - a.peak)
    .slice(0, count);
}

/** Both directions between two countries, a → b first: what a corridor's panel draws over time. */
export function pairSeries(all: FlowView[], a: string, b: string): Series[] {
  const rows = stockRows(all).filter((f) => (f.origin_iso3 === a && f.destination_iso3 === b) || (f.origin_iso3 === b && f.destination_iso3 === a));
  return seriesOf(rows).sort((x, y) => Number(x.origin !== a) - Number(y.origin !== a));
}
