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
  /**
   * True when values that could describe the same thing (same year and period, or undated) differ
   * (12% and "nearly 12%" agree; different years are a series).
   */
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
  return { country_iso3: iso3, indicator, unit: values[0]!.unit, values, range, disagree: disagreeing(values) };
}

/**
 * Two values can contradict each other only when they could describe the same thing: the same year and
 * period, or at least one of them undated. 6.8% in 2023 and 5.8% at the end of 2024 are a series, not a dispute.
 */
const comparable = (a: FigureValue, b: FigureValue) =>
  a.year === undefined || b.year === undefined || (a.year === b.year && (a.period ?? '') === (b.period ?? ''));

function disagreeing(values: FigureValue[]): boolean {
  const stated = values.filter((v) => v.value !== undefined);
  const key = (v: FigureValue) => `${v.value}|${v.value_max ?? v.value}`;
  return stated.some((a, i) => stated.slice(i + 1).some((b) => key(a) !== key(b) && comparable(a, b)));
}

/** Every indicator with a value for this country, in the order the statistics file first mentions them. */
export function figuresOf(m: Model, iso3: string): Figure[] {
  const indicators = [...new Set(m.data.statistics.filter((s) => s.country_iso3 === iso3).map((s) => s.indicator))];
  return indicators.map((i) => figure(m, iso3, i)!);
}

/** One value of a figure placed on a shared axis: `x0`..`x1` in 0..1 (equal for a single value, apart for a range). */
export type Dot = { value: FigureValue; x0: number; x1: number };

/**
 * A figure's stated values on one axis from 0 to its highest value, so that the gap between sources reads as
 * its size: one dot per value (a range is a bar), in the figure's order. Null with fewer than two values to place.
 */
export function dotPlot(f: Figure): { max: number; dots: Dot[] } | null {
  const stated = f.values.filter((v) => v.value !== undefined);
  if (stated.length < 2 || !f.range || f.range.max <= 0 || f.range.min < 0) return null;
  const max = f.range.max;
  return { max, dots: stated.map((v) => ({ value: v, x0: v.value! / max, x1: (v.value_max ?? v.value!) / max })) };
}
