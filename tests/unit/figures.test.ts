import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/lib/queries/index.ts';
import { figure, figuresOf } from '../../src/lib/queries/figures.ts';
import { loadDataset } from '../../src/lib/data/load.ts';
import { fixtureModel, fixtureWith, readFixture } from './helpers.ts';

const model = fixtureModel();

describe('figures', () => {
  it('keeps every published total of an origin’s labour migrants abroad, latest first, undated last in file order, and says they disagree', () => {
    const f = figure(model, 'UZB', 'labour_migrants_abroad')!;
    expect(f.disagree).toBe(true);
    expect(f.unit).toBe('persons');
    expect(f.values.map((v) => [v.value, v.qualifier, v.year ?? null, v.source_id])).toEqual([
      [1800000, 'about', 2024, 'fixture-paper-a'],
      [1400000, 'about', 2021, 'fixture-paper-b'],
      [2000000, 'more_than', null, 'fixture-paper-b'],
      [1000000, 'more_than', null, 'fixture-paper-a'],
    ]);
    expect(f.values[0]!.source.short).toBe('Paper A 2024');
    expect(f.range).toEqual({ min: 1000000, max: 2000000 });
  });

  it('keeps a table value and the text’s contrary value side by side, and a later year in the range', () => {
    const f = figure(model, 'KGZ', 'remittances_pct_gdp')!;
    expect(f.disagree).toBe(true);
    expect(f.values.map((v) => v.locator)).toEqual(expect.arrayContaining(['Fixture: Table 1, row Kyrgyzstan', 'Fixture: methods, para. 5']));
    expect(f.range).toEqual({ min: 29, max: 31 });
    expect(f.values.map((v) => [v.value, v.year ?? null])).toEqual([
      [31, 2023],
      [30, 2022],
      [29, null],
    ]);
  });

  it('does not call a figure disputed when the sources give the same number with different wording', () => {
    // Paper B's 12% for 2022 and its undated "nearly 12%".
    const f = figure(model, 'UZB', 'remittances_pct_gdp')!;
    expect(f.values).toHaveLength(2);
    expect(new Set(f.values.map((v) => v.qualifier))).toEqual(new Set(['exact', 'nearly']));
    expect(f.disagree).toBe(false);
    expect(f.range).toEqual({ min: 12, max: 12 });
    // With another source's 21% for 2022 beside the paper's 12% for 2022, they do disagree.
    const contrary = 'UZB,remittances_pct_gdp,21,,exact,percent_of_gdp,2022,,Fixture Bank,fixture-press-c,Fixture: another passage,';
    const withContrary = createModel(
      loadDataset(fixtureWith({ 'statistics.csv': readFixture('statistics.csv')!.trimEnd() + '\n' + contrary + '\n' })),
    );
    expect(figure(withContrary, 'UZB', 'remittances_pct_gdp')!.disagree).toBe(true);
  });

  it('reads values of different years as a series, not a dispute (6.5% in 2023, 5.5% at the end of 2024)', () => {
    const f = figure(model, 'UZB', 'unemployment_rate')!;
    expect(f.values.map((v) => [v.value, v.year])).toEqual([
      [5.5, 2024],
      [6.5, 2023],
    ]);
    expect(f.disagree).toBe(false);
    expect(f.range).toEqual({ min: 5.5, max: 6.5 });
  });

  it('counts a range’s upper end in the figure’s range', () => {
    expect(figure(model, 'UZB', 'school_leavers_per_year')!.range).toEqual({ min: 650000, max: 700000 });
  });

  it('reports a not-available entry without inventing a number', () => {
    const f = figure(model, 'TKM', 'remittances_pct_gdp')!;
    expect(f.values[0]!.qualifier).toBe('not_available');
    expect(f.range).toBeNull();
    expect(f.disagree).toBe(false);
  });

  it('lists every indicator a country has, in the order the file first mentions them, and nothing for one without figures', () => {
    expect(figuresOf(model, 'UZB').map((f) => f.indicator)).toEqual([
      'remittances_pct_gdp',
      'labour_migrants_abroad',
      'departures_for_work',
      'unemployment_rate',
      'school_leavers_per_year',
      'born_in_origin_abroad',
    ]);
    expect(figuresOf(model, 'RUS').map((f) => f.indicator)).toEqual(['born_in_origin_abroad']);
    expect(figuresOf(model, 'TUR')).toEqual([]);
    expect(figure(model, 'RUS', 'labour_migrants_abroad')).toBeNull();
  });
});
