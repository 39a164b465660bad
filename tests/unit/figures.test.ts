import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/lib/queries/index.ts';
import { figure, figuresOf } from '../../src/lib/queries/figures.ts';
import { loadDataset } from '../../src/lib/data/load.ts';
import { readReal, readWith, realDataset } from './helpers.ts';

const model = createModel(realDataset());

describe('figures', () => {
  it('keeps every published total of Uzbekistan’s labour migrants abroad, latest first, and says they disagree', () => {
    const f = figure(model, 'UZB', 'labour_migrants_abroad')!;
    expect(f.disagree).toBe(true);
    expect(f.values.map((v) => [v.value, v.qualifier, v.year ?? null, v.source_id])).toEqual([
      [1900000, 'about', 2024, 'kamilov-2025'],
      [1500000, 'about', 2021, 'asadov-2024'],
      [2000000, 'more_than', null, 'asadov-2024'],
      [1000000, 'more_than', null, 'kamilov-2025'],
    ]);
    expect(f.range).toEqual({ min: 1000000, max: 2000000 });
  });

  it('keeps a table value and the text’s contrary value side by side (Tajikistan’s remittances)', () => {
    const f = figure(model, 'TJK', 'remittances_pct_gdp')!;
    expect(f.disagree).toBe(true);
    expect(f.values.map((v) => v.locator)).toEqual(expect.arrayContaining(['Table 1, row Tajikistan', 'Methods, para. 5']));
    // The World Bank's figures as reported (51% in 2022, 38% in 2023, 45.3% in 2024) widen the range.
    expect(f.range).toEqual({ min: 29, max: 51 });
    expect(f.values.slice(0, 2).map((v) => [v.value, v.year])).toEqual([
      [45.3, 2024],
      [38, 2023],
    ]);
  });

  it('does not call a figure disputed when the sources give the same number with different wording', () => {
    // The paper's own values for Uzbekistan's remittances: 12% and "nearly 12%" (the World Bank's, as reported, removed).
    const paperOnly = createModel(
      loadDataset(
        readWith({
          'statistics.csv': readReal('statistics.csv')!
            .split('\n')
            .filter((l) => !l.includes('web-intellinews'))
            .join('\n'),
        }),
      ),
    );
    const f = figure(paperOnly, 'UZB', 'remittances_pct_gdp')!;
    expect(f.values.length).toBeGreaterThan(1);
    expect(new Set(f.values.map((v) => v.qualifier))).toEqual(new Set(['exact', 'nearly']));
    expect(f.disagree).toBe(false);
    // With the World Bank's 21% for 2022 beside the paper's 12% for 2022, they do disagree.
    expect(figure(model, 'UZB', 'remittances_pct_gdp')!.disagree).toBe(true);
  });

  it('reads values of different years as a series, not a dispute (Uzbekistan’s unemployment, 6.8% in 2023, 5.8% at the end of 2024)', () => {
    const f = figure(model, 'UZB', 'unemployment_rate')!;
    expect(f.values.map((v) => [v.value, v.year])).toEqual([
      [5.8, 2024],
      [6.8, 2023],
    ]);
    expect(f.disagree).toBe(false);
    expect(f.range).toEqual({ min: 5.8, max: 6.8 });
  });

  it('reports a not-available entry without inventing a number', () => {
    const f = figure(model, 'TKM', 'remittances_pct_gdp')!;
    expect(f.values[0]!.qualifier).toBe('not_available');
    expect(f.range).toBeNull();
    expect(f.disagree).toBe(false);
  });

  it('lists every indicator a country has, and nothing for one without figures', () => {
    expect(figuresOf(model, 'UZB').map((f) => f.indicator)).toEqual(
      expect.arrayContaining(['labour_migrants_abroad', 'remittances_pct_gdp', 'unemployment_rate']),
    );
    expect(figuresOf(model, 'JPN')).toEqual([]);
    expect(figure(model, 'JPN', 'labour_migrants_abroad')).toBeNull();
  });
});
