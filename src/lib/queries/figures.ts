/**
 * Figures as the sources give them. One indicator for one country may have several values from several
 * sources and years; a figure keeps all of them, says whether they disagree, and gives the range. Nothing is
 * picked silently: choosing a value for display (e.g. the latest) is the caller's explicit decision.
 */
import type { Located, Statistic } from '../data/schema.ts';
import type { Cited, Model } from './index.ts';

export type FigureValue = Cited<Located<Statistic>>;

export type Figure = {
  country_iso3: string;
  indicator: string;
  unit: Statistic['unit'];
  /** Latest year first; values without a year last, in file order. */
  values: FigureValue[];
  /** Lowest and highest stated value (a range's upper end counts), ignoring not-available entries. */
  range: { min: number; max: number } | null;
  /** True when the sources give different numbers for this indicator (12% and "nearly 12%" agree). */
  disagree: boolean;
};

export function figure(m: Model, iso3: string, indicator: string): Figure | null {
  const rows = m.data.statistics.filter((s) => s.country_iso3 === iso3 && s.indicator === indicator);
  if (rows.length === 0) return null;
  const values = rows
    .map((s, i) => ({ s: { ...s, source: m.source.get(s.source_id)! }, i }))
    .sort((a, b) => (b.s.year ?? -Infinity) - (a.s.year ?? -Infinity) || a.i - b.i)
    .map(({ s }) => s);
  const numbers = values.flatMap((v) => (v.value === undefined ? [] : [v.value, v.value_max ?? v.value]));
  const range = numbers.length ? { min: Math.min(...numbers), max: Math.max(...numbers) } : null;
  const distinct = new Set(values.filter((v) => v.value !== undefined).map((v) => `${v.value}|${v.value_max ?? v.value}`));
  return { country_iso3: iso3, indicator, unit: values[0]!.unit, values, range, disagree: distinct.size > 1 };
}

/** Every indicator with a value for this country, in the order the statistics file first mentions them. */
export function figuresOf(m: Model, iso3: string): Figure[] {
  const indicators = [...new Set(m.data.statistics.filter((s) => s.country_iso3 === iso3).map((s) => s.indicator))];
  return indicators.map((i) => figure(m, iso3, i)!);
}
