import { describe, expect, it } from 'vitest';
import {
  countFor,
  flowViews,
  flowYears,
  originSummaries,
  shownFlows,
  totalForCounts,
  valueOf,
  type Basis,
  type Measure,
} from '../../src/lib/queries/flows.ts';
import { corridor, findCorridor } from '../../src/lib/queries/corridors.ts';
import { directionsOf, flowPaths, MINOR_OPACITY, toMapFlows, totalMarks } from '../../src/lib/flows/map-flows.ts';
import { COUNT_AT_MAX_WIDTH, widthForCount, widthForShare } from '../../src/lib/flows/scale.ts';
import { ELSEWHERE } from '../../src/lib/data/schema.ts';
import type { MapFlow } from '../../src/lib/map/types.ts';
import { figureWhen, describeValue, formatAmount, roundSignificant } from '../../src/lib/i18n/format.ts';
import { i18n } from '../../src/lib/i18n/index.ts';
import { THEMES, originColor } from '../../src/lib/theme/index.ts';

import { anchorOf } from '../../src/app/scene.ts';
import { fixtureModel } from './helpers.ts';

const t = i18n('en');
const colorOf = (iso3: string) => originColor(THEMES.light, iso3);
const model = fixtureModel();
const anchor = anchorOf(model);
const flowTo = (destination: string, year: number) => flowViews(model, 'UZB').find((f) => f.destination_iso3 === destination && f.year === year)!;

describe('numbers of migrants per flow', () => {
  it('multiply a share by a total chosen by rule: same source, same year and period (Paper A: 400,000 departures, Jan–Mar 2023)', () => {
    const russia = flowTo('RUS', 2023);
    const total = totalForCounts(model, russia)!;
    expect([total.indicator, total.value, total.year, total.period, total.source_id]).toEqual([
      'departures_for_work',
      400_000,
      2023,
      'first three months of 2023',
      'fixture-paper-a',
    ]);
    // The same source's 1.8 million working abroad at the end of 2024 is another date: never multiplied...
    expect(totalForCounts(model, { ...russia, year: 2024, period: 'end of 2024' })).toMatchObject({
      indicator: 'labour_migrants_abroad',
      value: 1_800_000,
    });
    expect(totalForCounts(model, { ...russia, year: 2024, period: undefined })).toBeNull();
    // ...a bound ("more than 1 million") is not a point estimate, and no total from another source is ever taken.
    expect(totalForCounts(model, { ...russia, year: undefined as unknown as number, period: undefined })).toBeNull();
    expect(totalForCounts(model, { ...russia, source_id: 'fixture-paper-b' })).toBeNull();
    expect(totalForCounts(model, { ...russia, origin_iso3: 'KGZ' })).toBeNull();
    // The 2022 shares have no total for their period.
    expect(totalForCounts(model, flowTo('RUS', 2022))).toBeNull();
  });

  it('are marked derived, name the total used and keep every published total abroad beside it', () => {
    const russia = flowTo('RUS', 2023);
    expect(russia.corridor).toBe('UZB-RUS');
    const count = countFor(model, russia)!;
    expect(count.derived).toBe(true);
    if (!count.derived) return;
    expect(count.value).toBeCloseTo(0.615 * 400_000);
    expect(count.kind).toBe('departures_for_work');
    expect(count.total.source.short).toBe('Paper A 2024');
    expect(count.otherTotals.map((v) => [v.value, v.qualifier, v.year ?? null, v.source_id])).toEqual([
      [1_800_000, 'about', 2024, 'fixture-paper-a'],
      [1_400_000, 'about', 2021, 'fixture-paper-b'],
      [2_000_000, 'more_than', null, 'fixture-paper-b'],
      [1_000_000, 'more_than', null, 'fixture-paper-a'],
    ]);
    expect(valueOf(russia, 'share')).toBe(61.5);
    expect(valueOf(russia, 'count')).toBeCloseTo(246_000);
  });

  it('use a published number as it is, not derived', () => {
    const turkey = flowTo('TUR', 2023);
    expect(turkey.count).toEqual({ value: 40_000, derived: false });
    expect(countFor(model, { ...flowTo('RUS', 2022), migrants: 12345 })).toEqual({ value: 12345, derived: false });
  });

  it('are not derived when no total meets the rule (2022)', () => {
    for (const dest of ['RUS', 'KAZ', 'TUR']) {
      expect(flowTo(dest, 2022).count, dest).toBeNull();
      expect(valueOf(flowTo(dest, 2022), 'count'), dest).toBeUndefined();
    }
  });
});

describe('flows over two years', () => {
  it('keep every row: the same pair in two years is two flows with distinct ids', () => {
    const views = flowViews(model);
    expect(views).toHaveLength(model.data.flows.length);
    expect(new Set(views.map((f) => f.id)).size).toBe(views.length);
    const [y2023, y2022] = [flowTo('RUS', 2023), flowTo('RUS', 2022)];
    expect(y2023.id).toBe('UZB|RUS|2023|first three months of 2023|fixture-paper-a');
    expect(y2022.id).toBe('UZB|RUS|2022|first three months of 2022|fixture-paper-a');
    expect(y2023.corridor).toBe(y2022.corridor);
  });

  it('know their years per basis; with no year asked, each origin shows its latest split', () => {
    const views = flowViews(model);
    expect(flowYears(views, 'labour_migrants')).toEqual([2022, 2023, 2025]);
    expect(flowYears(views, 'born_in_origin')).toEqual([2010, 2019]);
    const rows = (basis: Basis, year: number | null) => shownFlows(views, basis, year).map((f) => `${f.origin_iso3}>${f.destination_iso3} ${f.year}`);
    // Uzbekistan's latest is 2023, Kazakhstan's 2025: each says its own period.
    expect(rows('labour_migrants', null).sort()).toEqual(['KAZ>RUS 2025', 'KAZ>ZZZ 2025', 'UZB>KAZ 2023', 'UZB>RUS 2023', 'UZB>TUR 2023']);
    expect(rows('labour_migrants', 2022).sort()).toEqual(['UZB>KAZ 2022', 'UZB>RUS 2022', 'UZB>TUR 2022']);
    expect(rows('labour_migrants', 2019)).toEqual([]);
    // The bases never mix: 2019 is the stock's alone.
    expect(rows('born_in_origin', 2019)).toHaveLength(6);
    expect(shownFlows(views, 'born_in_origin', null).every((f) => f.year === 2019)).toBe(true);
  });
});

describe('computed shares', () => {
  const views = flowViews(model);
  const find = (o: string, d: string, y: number) => views.find((f) => f.origin_iso3 === o && f.destination_iso3 === d && f.year === y)!;

  it('of the stock: the number over the UN’s total abroad of the origin, that year', () => {
    const uzbRus = find('UZB', 'RUS', 2019);
    expect(uzbRus.shareComputed).toBe(true);
    expect(uzbRus.shareBase).toBe(1_520_000);
    expect(uzbRus.share_pct).toBeCloseTo((100 * 1_100_000) / 1_520_000);
    expect(find('UZB', 'RUS', 2010).share_pct).toBeCloseTo((100 * 900_000) / 1_300_000);
    expect(find('RUS', 'UZB', 2019).share_pct).toBeCloseTo((100 * 700_000) / 10_500_000);
    expect(find('UZB', 'DEU', 2019).share_pct).toBe(0);
    // "Elsewhere" as an origin has no total of its own: no share is made up.
    const elsewhere = find('ZZZ', 'UZB', 2019);
    expect([elsewhere.shareComputed, elsewhere.share_pct]).toEqual([false, undefined]);
  });

  it('of a published split with numbers only: each over the split’s sum, its rest included', () => {
    const kazRus = find('KAZ', 'RUS', 2025);
    expect([kazRus.shareComputed, kazRus.shareBase, kazRus.share_pct]).toEqual([true, 10_000, 80]);
    expect(kazRus.count).toEqual({ value: 8000, derived: false });
    expect(find('KAZ', 'ZZZ', 2025).share_pct).toBe(20);
  });

  it('never replace a published share', () => {
    const turkey = flowTo('TUR', 2023);
    expect([turkey.shareComputed, turkey.share_pct, turkey.shareBase]).toEqual([false, 10, null]);
  });
});

describe('origins', () => {
  const views = flowViews(model);
  const summaries = (basis: Basis = 'labour_migrants', year: number | null = null) => originSummaries(model, shownFlows(views, basis, year), basis);
  const kinds = (...args: Parameters<typeof summaries>) => Object.fromEntries(summaries(...args).map((o) => [o.country.iso3, o.kind]));

  it('say which Central Asian states have a split by destination, only a total, or neither', () => {
    expect(kinds()).toEqual({ UZB: 'split', KAZ: 'split', KGZ: 'total', TJK: 'total', TKM: 'none' });
    const kgz = summaries().find((o) => o.country.iso3 === 'KGZ')!;
    expect(kgz.total!.disagree).toBe(true);
    expect(kgz.total!.values).toHaveLength(2);
    expect(kgz.total!.range).toEqual({ min: 900_000, max: 1_100_000 });
    expect(kgz.flows).toEqual([]);
  });

  it('list a year’s flows and only those: each origin’s latest by default, or the year asked for', () => {
    const rows = (year: number | null) =>
      summaries('labour_migrants', year)
        .find((o) => o.country.iso3 === 'UZB')!
        .flows.map((f) => [f.destination_iso3, f.year, f.share_pct]);
    expect(rows(2023)).toEqual([
      ['RUS', 2023, 61.5],
      ['KAZ', 2023, 24.5],
      ['TUR', 2023, 10],
    ]);
    expect(rows(2022)).toEqual([
      ['RUS', 2022, 72.4],
      ['KAZ', 2022, 12.1],
      ['TUR', 2022, 6.3],
    ]);
    expect(rows(null)).toEqual(rows(2023));
    // A year without flows: no origin has a split, the totals still show.
    expect(kinds('labour_migrants', 2021)).toEqual({ UZB: 'total', KAZ: 'none', KGZ: 'total', TJK: 'total', TKM: 'none' });
  });

  it('of the UN’s stock: a split or nothing, never a total of labour migrants mixed in', () => {
    expect(kinds('born_in_origin', 2019)).toEqual({ UZB: 'split', KAZ: 'none', KGZ: 'none', TJK: 'none', TKM: 'none' });
    expect(summaries('born_in_origin', 2019).every((o) => o.total === null)).toBe(true);
  });

  it('become marks sized by the lowest published total, with a ring for the highest where sources differ', () => {
    const marks = Object.fromEntries(totalMarks(summaries(), anchor, colorOf).map((mk) => [mk.id, mk]));
    expect(Object.keys(marks).sort()).toEqual(['KGZ', 'TJK']);
    expect(marks.KGZ!.ringPx).toBeGreaterThan(marks.KGZ!.radiusPx); // 900,000 and 1.1 million
    expect(marks.TJK!.ringPx).toBeNull(); // one value: 800,000
    expect(marks.KGZ!.lngLat).toEqual(anchor('KGZ'));
    expect(totalMarks(summaries('born_in_origin', 2019), anchor, colorOf)).toEqual([]);
  });
});

describe('map flows', () => {
  const views = flowViews(model);
  const five = new Set(['UZB', 'KAZ', 'KGZ', 'TJK', 'TKM']);
  const drawable = (iso3: string) => iso3 !== ELSEWHERE && !!model.country.get(iso3)?.on_map;
  const paths = flowPaths(views, anchor);
  const lines = (basis: Basis, year: number | null, measure: Measure = 'share') => {
    const directions = directionsOf(views, basis, five, drawable);
    return toMapFlows(directions, shownFlows(views, basis, year), measure, paths, colorOf, COUNT_AT_MAX_WIDTH[basis]);
  };

  it('one line per direction from the five, largest first, never to or from elsewhere or a country off the map', () => {
    expect(directionsOf(views, 'labour_migrants', five, drawable).map((d) => `${d.origin}>${d.destination}`)).toEqual([
      'KAZ>RUS', // 80%
      'UZB>RUS',
      'UZB>KAZ',
      'UZB>TUR',
    ]);
    // Russia to Uzbekistan is not from the five; elsewhere is listed, not drawn.
    expect(directionsOf(views, 'born_in_origin', five, drawable).map((d) => `${d.origin}>${d.destination}`)).toEqual([
      'UZB>RUS',
      'UZB>KAZ',
      'UZB>DEU',
    ]);
  });

  it('keep the same lines and path arrays across years and measures (the map keeps its geometry); only widths change', () => {
    const [y2023, y2022, byCount] = [lines('labour_migrants', 2023), lines('labour_migrants', 2022), lines('labour_migrants', 2023, 'count')];
    for (const other of [y2022, byCount]) {
      expect(other.map((f) => `${f.origin}>${f.destination}`)).toEqual(y2023.map((f) => `${f.origin}>${f.destination}`));
      other.forEach((f, i) => expect(f.path).toBe(y2023[i]!.path));
    }
    const width = (flows: MapFlow[], d: string) => flows.find((f) => f.destination === d && f.origin === 'UZB')!.widthPx;
    expect(width(y2022, 'RUS')).toBeGreaterThan(width(y2023, 'RUS')); // 72.4% then 61.5%
    expect(width(y2023, 'RUS')).toBeCloseTo(widthForShare(61.5));
    expect(width(byCount, 'RUS')).toBeCloseTo(widthForCount(246_000, COUNT_AT_MAX_WIDTH.labour_migrants));
    expect(y2023[1]!.color).toBe(colorOf('UZB'));
  });

  it('give a direction without a row that year width 0 (not drawn, not hit) and an id of its own', () => {
    const y2023 = lines('labour_migrants', 2023);
    const kazRus = y2023.find((f) => f.origin === 'KAZ')!;
    expect([kazRus.widthPx, kazRus.id]).toEqual([0, 'KAZ>RUS']);
    // Under count, the 2022 flows (no total for their period) have nothing to be drawn by.
    expect(lines('labour_migrants', 2022, 'count').every((f) => f.widthPx === 0)).toBe(true);
    // A published 0 is drawn like no row: Germany in 2019.
    const deu = lines('born_in_origin', 2019).find((f) => f.destination === 'DEU')!;
    expect(deu.widthPx).toBe(0);
    expect(lines('born_in_origin', 2010).find((f) => f.destination === 'DEU')!.widthPx).toBeGreaterThan(0);
  });

  it('let lines under 1% of their origin’s people recede', () => {
    const deu2010 = lines('born_in_origin', 2010).find((f) => f.destination === 'DEU')!; // 50,000 of 1.3 million: 3.8%
    expect(deu2010.opacity).toBe(1);
    const tiny = toMapFlows([{ origin: 'UZB', destination: 'TUR' }], [{ ...flowTo('TUR', 2023), share_pct: 0.4 }], 'share', paths, colorOf, 1);
    expect(tiny[0]!.opacity).toBe(MINOR_OPACITY);
    expect(tiny[0]!.widthPx).toBeGreaterThan(0);
  });
});

describe('corridors', () => {
  it('parse ?corridor= defensively: known pairs linked by a flow or an agreement, any case; anything else ignored', () => {
    expect(findCorridor(model, 'uzb-rus')).toEqual(['UZB', 'RUS']);
    expect(findCorridor(model, ' RUS-UZB ')).toEqual(['RUS', 'UZB']);
    expect(findCorridor(model, 'TJK-RUS')).toEqual(['TJK', 'RUS']); // an agreement, no flow figures
    for (const bad of ['UZB-UZB', 'UZB-XYZ', 'UZB', 'UZB-RUS-KAZ', '<script>', '', null, 'TKM-TUR']) expect(findCorridor(model, bad)).toBeNull();
  });

  it('list every labour split and the UN’s stock of one year (the latest unless asked), a → b first, latest first; and the stock’s series', () => {
    const rows = (a: string, b: string, stockYear: number | null = null) =>
      corridor(model, a, b, stockYear)!.flows.map((f) => `${f.basis} ${f.corridor} ${f.year}`);
    expect(rows('UZB', 'RUS')).toEqual([
      'labour_migrants UZB-RUS 2023',
      'labour_migrants UZB-RUS 2022',
      'born_in_origin UZB-RUS 2019',
      'born_in_origin RUS-UZB 2019',
    ]);
    expect(rows('RUS', 'UZB', 2010).slice(2)).toEqual(['born_in_origin RUS-UZB 2010', 'born_in_origin UZB-RUS 2010']);
    const series = corridor(model, 'RUS', 'UZB')!.series;
    expect(series.map((s) => [s.origin, s.destination, s.points.map((p) => p.year), s.peak])).toEqual([
      ['RUS', 'UZB', [2010, 2019], 800_000],
      ['UZB', 'RUS', [2010, 2019], 1_100_000],
    ]);
    expect(corridor(model, 'TJK', 'RUS')!.flows).toEqual([]);
    expect(corridor(model, 'TJK', 'RUS')!.series).toEqual([]);
  });

  it('gather the agreements naming both, shared memberships and both countries’ instruments', () => {
    const c = corridor(model, 'UZB', 'RUS')!;
    expect([c.a.iso3, c.b.iso3]).toEqual(['UZB', 'RUS']);
    expect(c.agreements.map((a) => a.agreement_id)).toEqual(['fx-uzb-rus-2017']);
    expect(c.memberships.map((row) => row.organisation.short_name)).toEqual(['Commonwealth B', 'Union A']);
    // Uzbekistan is a former member of Organisation C: not a shared membership.
    expect(c.memberships.every((row) => row.a.status !== 'former' && row.b.status !== 'former')).toBe(true);
    expect(c.instruments.map((i) => [i.instrument.instrument_id, i.bothParty])).toEqual([
      ['treaty-a', false],
      ['treaty-b', true],
      ['convention-c', false],
      ['compact-d', false], // Russia abstained
    ]);
    expect(corridor(model, 'UZB', 'TUR')!.instruments.find((i) => i.instrument.instrument_id === 'compact-d')!.bothParty).toBe(true);
    expect(corridor(model, 'UZB', 'UZB')).toBeNull();
    expect(corridor(model, 'UZB', 'XYZ')).toBeNull();
  });

  it('credit organisation frameworks only when both are full members, and list shared organisations both-members first', () => {
    const c = corridor(model, 'UZB', 'KAZ')!;
    // Uzbekistan is a Union A observer: Union A's treaty does not bind it.
    expect(c.frameworks.map((a) => a.agreement_id)).toEqual(['commonwealth-b-labour-1994']);
    expect(c.agreements.map((a) => a.agreement_id)).toEqual(['fx-uzb-kaz-action-plan-2026', 'fx-uzb-kaz-2019']);
    // Union A comes first in organisations.csv; both members of Commonwealth B, it goes first here.
    expect(c.memberships.map((row) => [row.organisation.org_id, row.a.status, row.b.status])).toEqual([
      ['commonwealth-b', 'member', 'member'],
      ['union-a', 'observer', 'member'],
    ]);
    expect(corridor(model, 'KAZ', 'KGZ')!.frameworks.map((a) => a.agreement_id)).toEqual(['union-a-treaty-labour', 'commonwealth-b-labour-1994']);
  });
});

describe('formatting numbers of migrants', () => {
  it('says millions as words and rounds derived numbers to three significant digits', () => {
    expect(formatAmount(1_900_000, t)).toBe('1.9 million');
    expect(formatAmount(800_000, t)).toBe('800,000');
    expect(formatAmount(1_333_800, t, 3)).toBe('1.33 million');
    expect(formatAmount(254_600, t, 3)).toBe('255,000');
    expect(formatAmount(7_600, t, 3)).toBe('7,600');
    expect(roundSignificant(0, 3)).toBe(0);
  });

  it('keeps each figure’s qualifier and says when its year is not stated', () => {
    expect(describeValue({ qualifier: 'more_than', value: 2_000_000, value_max: undefined, unit: 'persons' }, t)).toBe('more than 2 million');
    expect(describeValue({ qualifier: 'about', value: 800_000, value_max: undefined, unit: 'persons' }, t)).toBe('about 800,000');
    expect(describeValue({ qualifier: 'range', value: 650_000, value_max: 700_000, unit: 'persons' }, t)).toBe('650,000–700,000');
    expect(describeValue({ qualifier: 'not_available', value: undefined, value_max: undefined, unit: 'persons' }, t)).toBe('not available');
    expect(figureWhen({ period: 'end of 2024', year: 2024 }, t)).toBe('end of 2024');
    expect(figureWhen({ period: undefined, year: 2021 }, t)).toBe('2021');
    expect(figureWhen({ period: undefined, year: undefined }, t)).toBe('year not stated');
  });
});
