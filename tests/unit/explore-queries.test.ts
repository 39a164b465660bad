/** The explore views' queries (tables, timeline, compare, search) on the fixture dataset. */
import { describe, expect, it } from 'vitest';
import { buildTable, dateNumber, filterRows, sortRows } from '../../src/lib/queries/tables.ts';
import { axisPosition, groupTimeline, itemsUntil, timelineItems } from '../../src/lib/queries/timeline.ts';
import { compare, parseCompare } from '../../src/lib/queries/compare.ts';
import { fold, search, searchIndex } from '../../src/lib/queries/search.ts';
import { flowViews } from '../../src/lib/queries/flows.ts';
import { fixtureModel } from './helpers.ts';

const m = fixtureModel();
const collate = new Intl.Collator('en').compare;

describe('the instruments table', () => {
  const table = buildTable(m, 'instruments');

  it('has a row per country with records and a column per instrument, each cell the depositary’s record', () => {
    expect(table.rows.map((r) => r.key)).toEqual(['UZB', 'KAZ', 'KGZ', 'TJK', 'TKM', 'RUS', 'TUR', 'USA']); // not DEU: flows only
    expect(table.columns.map((c) => c.key)).toEqual(['country', 'treaty-a', 'treaty-b', 'convention-c', 'compact-d']);
    const uzb = table.rows[0]!.cells['treaty-a']!;
    expect(uzb.status).toBe('not_party');
    expect(uzb.source?.kind).toBe('depositary');
    expect(uzb.disputedBy?.map((d) => d.status)).toEqual(['party']); // the paper's claim, marked, not counted
    expect(table.rows[1]!.cells['treaty-a']).toMatchObject({ status: 'party', date: '1999-01-15' });
  });

  it('sorts by a status column strongest first (party, then signatory, then not party), dates as dates within', () => {
    const sorted = sortRows(table.rows, table, { column: 'treaty-b', descending: false }, collate).map((r) => [r.key, r.cells['treaty-b']!.status]);
    expect(sorted.at(-1)).toEqual(['USA', 'signatory']);
    expect(sorted.slice(0, 3).map((r) => r[0])).toEqual(['TJK', 'TUR', 'KGZ']); // parties, earliest first (2002, 2003-03, 2003-10)
    const byName = sortRows(table.rows, table, { column: 'country', descending: true }, collate).map((r) => r.key);
    expect(byName).toEqual(['UZB', 'USA', 'TKM', 'TUR', 'TJK', 'RUS', 'KGZ', 'KAZ']);
  });

  it('filters by country and by type', () => {
    expect(filterRows(table.rows, { country: 'KAZ', kind: null }).map((r) => r.key)).toEqual(['KAZ']);
    expect(filterRows(table.rows, { country: null, kind: 'destination' }).map((r) => r.key)).toEqual(['RUS', 'TUR']);
  });
});

describe('the agreements table', () => {
  const table = buildTable(m, 'agreements');
  it('sorts by signing date as a date (a year before any day in it), undated last either way', () => {
    const up = sortRows(table.rows, table, { column: 'signed', descending: false }, collate).map((r) => r.cells.signed!.date ?? '—');
    expect(up).toEqual(['1994', '2017', '2019', '2019-10-16', '2021-04-30', '2026-01-15', '—']);
    const down = sortRows(table.rows, table, { column: 'signed', descending: true }, collate).map((r) => r.cells.signed!.date ?? '—');
    expect(down).toEqual(['2026-01-15', '2021-04-30', '2019-10-16', '2019', '2017', '1994', '—']);
  });
  it('offers the agreements’ types as filters', () => {
    expect(table.kinds.length).toBeGreaterThan(1);
    expect(filterRows(table.rows, { country: 'TJK', kind: null }).map((r) => r.key)).toEqual(['fx-tjk-rus-2019']);
  });
});

describe('the timeline', () => {
  const items = timelineItems(m, ['UZB', 'KAZ']);
  it('lists dated facts in date order, at the precision the source gives', () => {
    const dates = items.map((i) => dateNumber(i.date));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(items.find((i) => i.key === 'event-fx-conference-2011')).toMatchObject({ date: '2011-03-14', precision: 'day' });
    // With no countries chosen, everything dated: an organisation's event with no place opens its map.
    expect(timelineItems(m, []).find((i) => i.key === 'event-fx-action-plan-2012')).toMatchObject({
      precision: 'year',
      opens: { org: 'commonwealth-b' },
    });
    const plan = items.find((i) => i.key === 'agreement-fx-uzb-kaz-action-plan-2026')!;
    expect(plan).toMatchObject({ precision: 'day', opens: { corridor: ['UZB', 'KAZ'] } });
    expect(items.find((i) => i.key === 'agreement-fx-uzb-rus-2017')).toMatchObject({ precision: 'year' });
    expect(items.find((i) => i.kind === 'ratification' && i.countries[0] === 'KAZ' && i.title === 'Treaty A')).toMatchObject({ date: '1999-01-15' });
  });
  it('marks inferred dates and disputed records', () => {
    expect(
      timelineItems(m, ['UZB'])
        .filter((i) => i.inferred)
        .map((i) => i.key),
    ).toContain('event-fx-regional-meeting-2025');
    // Uzbekistan's depositary record for treaty B is a ratification a paper also claims: the item is the record's.
    expect(items.find((i) => i.key === 'ratification-treaty-b-UZB')).toMatchObject({ date: '2003-12-09', source: { kind: 'depositary' } });
  });
  it('groups by country (an agreement of two in both) or by kind, and stops at a year', () => {
    const byCountry = groupTimeline(items, 'country', ['UZB', 'KAZ']);
    expect(byCountry.map((g) => g.key)).toEqual(['UZB', 'KAZ']);
    expect(byCountry.every((g) => g.items.some((i) => i.key === 'agreement-fx-uzb-kaz-2019'))).toBe(true);
    expect(groupTimeline(items, 'kind', []).map((g) => g.key)).toEqual(expect.arrayContaining(['membership', 'ratification', 'agreement']));
    expect(itemsUntil(items, 2000).every((i) => Number(i.date.slice(0, 4)) <= 2000)).toBe(true);
  });
  it('places a year at its middle, a month at its middle, a day on its day', () => {
    expect(axisPosition('1991', 2000)).toBeCloseTo(0.05);
    expect(axisPosition('2000-12-31', 2000)).toBeGreaterThan(0.99);
    expect(axisPosition('1950', 2000)).toBe(0);
  });
});

describe('compare', () => {
  const views = flowViews(m);
  it('puts two to five countries in columns, marking the rows where they differ', () => {
    const c = compare(m, ['UZB', 'KAZ'], views)!;
    expect(c.countries.map((x) => x.iso3)).toEqual(['UZB', 'KAZ']);
    const unionA = c.organisations.find((r) => r.key === 'union-a')!;
    expect(unionA.cells.map((x) => x.status)).toEqual(['observer', 'member']);
    expect(unionA.differs).toBe(true);
    expect(c.organisations.find((r) => r.key === 'commonwealth-b')!.differs).toBe(false);
    expect(c.instruments.find((r) => r.key === 'treaty-a')!.differs).toBe(true);
    expect(c.flows.every((f) => ['UZB', 'KAZ'].includes(f.origin_iso3) && ['UZB', 'KAZ'].includes(f.destination_iso3))).toBe(true);
    expect(compare(m, ['UZB'], views)).toBeNull();
  });
  it('reads its link defensively: known countries with records, each once, five at most', () => {
    expect(parseCompare(m, 'uzb, KAZ,xx,DEU,UZB')).toEqual(['UZB', 'KAZ']);
    expect(parseCompare(m, 'UZB,KAZ,KGZ,TJK,TKM,RUS')).toHaveLength(5);
    expect(parseCompare(m, '<script>')).toEqual([]);
  });
});

describe('search', () => {
  const index = searchIndex(m);
  it('finds by any name or short name, ignoring case and diacritics, best match first', () => {
    expect(search(index, 'union a', collate)[0]).toMatchObject({ kind: 'organisation', opens: { org: 'union-a' } });
    expect(search(index, 'uzbek', collate)[0]).toMatchObject({ kind: 'country', opens: { country: 'UZB' } });
    expect(search(index, 'treaty b', collate)[0]).toMatchObject({ kind: 'instrument', opens: { instrument: 'treaty-b' } });
    expect(search(index, 'ZRU-000', collate)[0]).toMatchObject({ kind: 'law', opens: { country: 'UZB' } });
    expect(search(index, 'recruitment tajikistan', collate)[0]).toMatchObject({ kind: 'agreement', opens: { corridor: ['TJK', 'RUS'] } });
    expect(search(index, '   ', collate)).toEqual([]);
  });
  it('folds Uzbek and Russian letters so a plain keyboard finds them', () => {
    expect(fold('Oʻzbekiston')).toBe('ozbekiston');
    expect(fold('Организация тюркских государств')).toBe('организация тюркских государств');
    expect(fold('Объединённых')).toBe('объединенных');
  });
});
