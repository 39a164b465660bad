/** The slide of an explore view: which rows fit on it, and what it says about the rest. */
import { beforeAll, describe, expect, it } from 'vitest';
import { columnBoxes, fitRows, shownSources, rowHeight, tableHeight, TABLE_SLIDE, type SlideCell } from '../../src/lib/export/table-slide.ts';
import { SLIDE } from '../../src/lib/export/slide.ts';
import { tableSlide } from '../../src/app/explore.ts';
import { createModel } from '../../src/lib/queries/index.ts';
import { buildTable, filterRows } from '../../src/lib/queries/tables.ts';
import { i18n, loadI18n } from '../../src/lib/i18n/index.ts';
import { THEMES } from '../../src/lib/theme/index.ts';
import { fixtureDataset } from './helpers.ts';

const oneLine = (n: number): SlideCell[][] => Array.from({ length: n }, (_, i) => [{ text: `row ${i}` }, { text: 'x' }]);
const twoLines = (n: number): SlideCell[][] => Array.from({ length: n }, (_, i) => [{ text: `row ${i}` }, { text: 'party', sub: '2003' }]);

describe('a table’s slide', () => {
  beforeAll(() => loadI18n('ru')); // Russian is a chunk of its own, loaded before use
  it('shows every row of a short table and says nothing of the rest', () => {
    expect(fitRows(oneLine(5))).toEqual({ shown: 5, partial: false });
  });

  it('shows the first rows that fit whole, under the header, and says which (“Rows 1–N of M”)', () => {
    const rows = twoLines(40);
    const { shown, partial } = fitRows(rows);
    expect(partial).toBe(true);
    const h = rowHeight(rows[0]!);
    expect(TABLE_SLIDE.headHeight + shown * h).toBeLessThanOrEqual(tableHeight());
    expect(TABLE_SLIDE.headHeight + (shown + 1) * h).toBeGreaterThan(tableHeight());
    // Rows with a second line (a date) are taller: fewer fit.
    expect(fitRows(oneLine(40)).shown).toBeGreaterThan(shown);
    expect(i18n('en').m.explore.slideRows(shown, 40)).toBe(`Rows 1–${shown} of 40`);
    expect(i18n('ru').m.explore.slideRows(11, 22)).toBe('Строки 1–11 из 22');
  });

  it('names the sources of the rows it shows, each once, and not those of the rows it leaves off', () => {
    expect(shownSources([['UNTC', 'NORMLEX'], ['UNTC'], ['Kamilov 2025']], 2)).toEqual(['UNTC', 'NORMLEX']);
  });

  it('stays inside the slide: the table ends above the rows line and the source band', () => {
    expect(TABLE_SLIDE.top + tableHeight()).toBe(SLIDE.height - SLIDE.sourceBand - TABLE_SLIDE.rowsLine);
    const boxes = columnBoxes(13, [1.3, ...Array<number>(12).fill(1)]);
    expect(boxes[0]!.x).toBe(SLIDE.margin);
    expect(boxes.at(-1)!.x + boxes.at(-1)!.w).toBeCloseTo(SLIDE.width - SLIDE.margin);
  });

  it('words each status with its date and a paper’s contrary claim, the colour only beside the words', () => {
    const m = createModel(fixtureDataset());
    const table = buildTable(m, 'instruments');
    const t = i18n('en');
    const slide = tableSlide(table, filterRows(table.rows, { country: 'UZB', kind: null }), ['Uzbekistan'], t, THEMES.light);
    expect(slide.subtitle).toBe('Treaties · Uzbekistan');
    expect(slide.columns[0]).toBe('Country');
    expect(slide.rows).toHaveLength(1);
    const statuses = slide.rows[0]!.slice(1);
    for (const cell of statuses)
      expect(cell.text).toMatch(/^(party|not party|signed|voted in favour|voted against|abstained|did not vote|no record)$/);
    expect(statuses.some((c) => c.dot && c.text !== 'no record')).toBe(true);
    expect(statuses.every((c) => c.text !== '')).toBe(true);
    const at = (id: string) => slide.rows[0]![table.columns.findIndex((c) => c.key === id)]!;
    expect(at('treaty-a')).toMatchObject({ text: 'not party', sub: 'disputed' }); // a paper's contrary claim
    expect(at('treaty-b')).toMatchObject({ text: 'party', sub: '9 Dec 2003' });
    expect(at('treaty-b').dot).toBe(THEMES.light.standings.party);
  });
});
