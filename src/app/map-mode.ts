/**
 * What the map shows: migration flows, one instrument's parties or one organisation's members, and as of when.
 * The menu's values ("flows", "instrument:refugee-1951", "org:cis") and the years it offers. Pure.
 */
import type { Model } from '../lib/queries/index.ts';

export type MapMode = { instrument: string | null; org: string | null; year: number | null };

export const modeValue = (m: MapMode) => (m.instrument ? `instrument:${m.instrument}` : m.org ? `org:${m.org}` : 'flows');

/** The mode a menu value chooses. Back to the flows, the year returns to the latest (a status map keeps its year). */
export function chooseMode(value: string, now: MapMode): MapMode {
  const [kind, id] = value.split(':');
  return { instrument: kind === 'instrument' ? id! : null, org: kind === 'org' ? id! : null, year: kind === 'flows' ? null : now.year };
}

/**
 * The years a status map can be shown "as of", latest first: from the year the instrument was adopted or the
 * organisation founded (an older year from a link stays selectable: the legend says there was nothing yet) to
 * last year (as of a year means its end: this year is "now").
 */
export function modeYears(model: Model, m: MapMode, thisYear: number): number[] {
  const last = thisYear - 1;
  const start = m.instrument ? model.instrument.get(m.instrument)?.adopted : m.org ? model.organisation.get(m.org)?.founded : undefined;
  const first = Math.min(start ? Number(start.slice(0, 4)) : 1990, m.year ?? last);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}
