/**
 * What the map shows: migration flows, one instrument's parties or one organisation's members, and as of when.
 * The menu's values ("flows", "instrument:refugee-1951", "org:cis") and the years it offers. Pure.
 */
import { isAuthoritative, type Model } from '../lib/queries/index.ts';

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

/** This year, by the reader's clock: "now" on a status map's slider (the URL reads it the same way). */
export const thisYear = (): number => new Date().getFullYear();

/**
 * The dates on which a standing in this map changed: the record's ratifications, accessions and signatures, or
 * the organisation's dated joinings and leavings. A one-off (the Global Compact's single vote) has one.
 */
export function standingDates(model: Model, m: MapMode): string[] {
  const dates = m.instrument
    ? model.data.ratifications
        .filter((r) => r.instrument_id === m.instrument && isAuthoritative(model.source.get(r.source_id)!))
        .flatMap((r) => [r.date, r.signed])
    : m.org
      ? model.data.memberships.filter((r) => r.org_id === m.org).flatMap((r) => [r.since, r.until])
      : [];
  return [...new Set(dates.filter((d): d is string => !!d))].sort();
}

/** Whether the map's standings change over time (more than one date): only then is there a year to choose. */
export const changesOverTime = (model: Model, m: MapMode): boolean => standingDates(model, m).length > 1;

/**
 * The year slider of a status map whose standings change over time, or null: from the adoption or founding
 * year (or an older year from a link) to `thisYear`, which stands for "now" (the URL's year is then null).
 */
export function timeline(model: Model, m: MapMode, thisYear: number): { first: number; now: number; value: number } | null {
  if (!changesOverTime(model, m)) return null;
  const years = modeYears(model, m, thisYear);
  return { first: years.at(-1) ?? thisYear - 1, now: thisYear, value: m.year ?? thisYear };
}

/** The years play steps through: from the one shown (from the first when at "now") to now (null), in order. */
export function playSteps(line: { first: number; now: number; value: number }): (number | null)[] {
  const from = line.value >= line.now ? line.first : line.value;
  return [...Array.from({ length: line.now - from }, (_, i) => from + i), null];
}
