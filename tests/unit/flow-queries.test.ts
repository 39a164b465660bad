import { describe, expect, it } from 'vitest';
import {
  corridor,
  countFor,
  findCorridor,
  flowViews,
  flowYear,
  flowYears,
  originSummaries,
  totalForCounts,
  valueOf,
} from '../../src/lib/queries/flows.ts';
import { flowPaths, toMapFlows, totalMarks } from '../../src/lib/flows/map-flows.ts';
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

  it('know their years, and the map draws the latest unless another is asked for', () => {
    expect(flowYears(model)).toEqual([2022, 2023]);
    expect(flowYear(model, null)).toBe(2023);
    expect(flowYear(model, 2022)).toBe(2022);
  });
});

describe('origins', () => {
  it('say which Central Asian states have a split by destination, only a total, or neither', () => {
    const kinds = Object.fromEntries(originSummaries(model).map((o) => [o.country.iso3, o.kind]));
    expect(kinds).toEqual({ UZB: 'split', KAZ: 'none', KGZ: 'total', TJK: 'total', TKM: 'none' });
    const kgz = originSummaries(model).find((o) => o.country.iso3 === 'KGZ')!;
    expect(kgz.total!.disagree).toBe(true);
    expect(kgz.total!.values).toHaveLength(2);
    expect(kgz.total!.range).toEqual({ min: 900_000, max: 1_100_000 });
    expect(kgz.flows).toEqual([]);
  });

  it('list a year’s flows and only those: the latest by default, or the year asked for', () => {
    const split = (year?: number) => originSummaries(model, year).find((o) => o.country.iso3 === 'UZB')!;
    const rows = (year?: number) => split(year).flows.map((f) => [f.destination_iso3, f.year, f.share_pct]);
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
    expect(rows()).toEqual(rows(2023));
    // A year without flows: no origin has a split, the totals still show.
    const kinds2021 = Object.fromEntries(originSummaries(model, 2021).map((o) => [o.country.iso3, o.kind]));
    expect(kinds2021).toEqual({ UZB: 'total', KAZ: 'none', KGZ: 'total', TJK: 'total', TKM: 'none' });
  });

  it('become marks sized by the lowest published total, with a ring for the highest where sources differ', () => {
    const marks = Object.fromEntries(totalMarks(originSummaries(model), anchor, colorOf).map((mk) => [mk.id, mk]));
    expect(Object.keys(marks).sort()).toEqual(['KGZ', 'TJK']);
    expect(marks.KGZ!.ringPx).toBeGreaterThan(marks.KGZ!.radiusPx); // 900,000 and 1.1 million
    expect(marks.TJK!.ringPx).toBeNull(); // one value: 800,000
    expect(marks.KGZ!.lngLat).toEqual(anchor('KGZ'));
  });
});

describe('map flows', () => {
  it('keep the same path arrays across measures (the map keeps its geometry), widths follow the measure', () => {
    const flows = flowViews(model).filter((f) => f.year === 2023);
    const paths = flowPaths(flows, anchor);
    const byShare = toMapFlows(flows, 'share', paths, colorOf);
    const byCount = toMapFlows(flows, 'count', paths, colorOf);
    expect(byShare.map((f) => f.id)).toEqual(byCount.map((f) => f.id));
    expect(byShare).toHaveLength(3);
    byShare.forEach((f, i) => expect(f.path).toBe(byCount[i]!.path));
    expect(byShare[0]!.color).toBe('#D55E00');
    expect(byShare[0]!.widthPx).toBeGreaterThan(byShare[1]!.widthPx);
  });

  it('share one arc per direction across years, and leave out a flow without a value for the measure', () => {
    const flows = flowViews(model);
    const paths = flowPaths(flows, anchor);
    expect(paths.size).toBe(3);
    const byShare = toMapFlows(flows, 'share', paths, colorOf);
    const russia = byShare.filter((f) => f.destination === 'RUS');
    expect(russia).toHaveLength(2);
    expect(russia[0]!.path).toBe(russia[1]!.path);
    // Under count, the 2022 flows (no total for their period) are not drawn.
    expect(toMapFlows(flows, 'count', paths, colorOf).map((f) => f.id)).toEqual(flows.filter((f) => f.year === 2023).map((f) => f.id));
  });
});

describe('corridors', () => {
  it('parse ?corridor= defensively: known pairs linked by a flow or an agreement, any case; anything else ignored', () => {
    expect(findCorridor(model, 'uzb-rus')).toEqual(['UZB', 'RUS']);
    expect(findCorridor(model, ' RUS-UZB ')).toEqual(['RUS', 'UZB']);
    expect(findCorridor(model, 'TJK-RUS')).toEqual(['TJK', 'RUS']); // an agreement, no flow figures
    for (const bad of ['UZB-UZB', 'UZB-XYZ', 'UZB', 'UZB-RUS-KAZ', '<script>', '', null, 'TKM-TUR']) expect(findCorridor(model, bad)).toBeNull();
  });

  it('list the flows of every year, a → b first, latest year first', () => {
    const c = corridor(model, 'UZB', 'RUS')!;
    expect(c.flows.map((f) => [f.corridor, f.year, f.share_pct])).toEqual([
      ['UZB-RUS', 2023, 61.5],
      ['UZB-RUS', 2022, 72.4],
    ]);
    expect(corridor(model, 'RUS', 'UZB')!.flows.map((f) => f.year)).toEqual([2023, 2022]);
    expect(corridor(model, 'TJK', 'RUS')!.flows).toEqual([]);
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
