import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/lib/queries/index.ts';
import { corridor, countFor, findCorridor, flowViews, originSummaries, totalForCounts, valueOf } from '../../src/lib/queries/flows.ts';
import { flowPaths, toMapFlows, totalMarks } from '../../src/lib/flows/map-flows.ts';
import { figureWhen, describeValue, formatAmount, roundSignificant } from '../../src/lib/format.ts';
import { en as m } from '../../src/lib/i18n/en.ts';
import { realDataset } from './helpers.ts';

const model = createModel(realDataset());
const anchor = (iso3: string): [number, number] => {
  const c = model.country.get(iso3)!;
  return [c.anchor_lng, c.anchor_lat];
};

describe('numbers of migrants per flow', () => {
  it('multiply a share by a total chosen by rule: same paper, same year and period (Kamilov: 486,100 departures, Jan–Mar 2023)', () => {
    const russia = flowViews(model, 'UZB').find((f) => f.destination_iso3 === 'RUS')!;
    const total = totalForCounts(model, russia)!;
    expect([total.indicator, total.value, total.year, total.period, total.source_id]).toEqual([
      'departures_for_work',
      486_100,
      2023,
      'first three months of 2023',
      'kamilov-2025',
    ]);
    // The same paper's 1.9 million working abroad at the end of 2024 is another date: never multiplied.
    expect(totalForCounts(model, { ...russia, year: 2024, period: 'end of 2024' })?.value).toBe(1_900_000);
    expect(totalForCounts(model, { ...russia, year: 2024, period: undefined })).toBeNull();
    // No total from another source is ever taken.
    expect(totalForCounts(model, { ...russia, source_id: 'asadov-2024' })).toBeNull();
    expect(totalForCounts(model, { ...russia, origin_iso3: 'TJK' })).toBeNull();
  });

  it('are marked derived, name the total used and keep every published total abroad beside it', () => {
    const russia = flowViews(model, 'UZB').find((f) => f.destination_iso3 === 'RUS')!;
    expect(russia.corridor).toBe('UZB-RUS');
    const count = countFor(model, russia)!;
    expect(count.derived).toBe(true);
    if (!count.derived) return;
    expect(count.value).toBeCloseTo(0.702 * 486_100);
    expect(count.total.source.short).toBe('Kamilov 2025');
    expect(count.otherTotals.map((v) => [v.value, v.qualifier, v.year ?? null, v.source_id])).toEqual([
      [1_900_000, 'about', 2024, 'kamilov-2025'],
      [1_500_000, 'about', 2021, 'asadov-2024'],
      [2_000_000, 'more_than', null, 'asadov-2024'],
      [1_000_000, 'more_than', null, 'kamilov-2025'],
    ]);
    expect(valueOf(russia, 'share')).toBe(70.2);
    expect(valueOf(russia, 'count')).toBeCloseTo(341_242.2);
  });

  it('use a published number as it is, not derived', () => {
    const f = { ...flowViews(model, 'UZB')[0]!, migrants: 12345 };
    expect(countFor(model, f)).toEqual({ value: 12345, derived: false });
  });
});

describe('origins', () => {
  it('say which Central Asian states have a split by destination, only a total, or neither', () => {
    const kinds = Object.fromEntries(originSummaries(model).map((o) => [o.country.iso3, o.kind]));
    expect(kinds).toEqual({ UZB: 'split', KAZ: 'none', KGZ: 'total', TJK: 'total', TKM: 'total' });
    const tjk = originSummaries(model).find((o) => o.country.iso3 === 'TJK')!;
    expect(tjk.total!.disagree).toBe(true);
    expect(tjk.total!.values).toHaveLength(3);
  });

  it('become marks sized by the lowest published total, with a ring for the highest where sources differ', () => {
    const marks = Object.fromEntries(totalMarks(originSummaries(model), anchor).map((m) => [m.id, m]));
    expect(Object.keys(marks).sort()).toEqual(['KGZ', 'TJK', 'TKM']);
    expect(marks.TJK!.ringPx).toBeGreaterThan(marks.TJK!.radiusPx); // 800,000 and more than 1.2 million
    expect(marks.TKM!.ringPx).toBeNull(); // one value: 50,000
    expect(marks.TJK!.lngLat).toEqual(anchor('TJK'));
  });
});

describe('map flows', () => {
  it('keep the same path arrays across measures (the map keeps its geometry), widths follow the measure', () => {
    const flows = flowViews(model);
    const paths = flowPaths(flows, anchor);
    const byShare = toMapFlows(flows, 'share', paths);
    const byCount = toMapFlows(flows, 'count', paths);
    expect(byShare.map((f) => f.id)).toEqual(byCount.map((f) => f.id));
    byShare.forEach((f, i) => expect(f.path).toBe(byCount[i]!.path));
    expect(byShare[0]!.color).toBe('#D55E00');
    expect(byShare[0]!.widthPx).toBeGreaterThan(byShare[1]!.widthPx);
  });
});

describe('corridors', () => {
  it('parse ?corridor= defensively: known pairs linked by a flow or an agreement, any case; anything else ignored', () => {
    expect(findCorridor(model, 'uzb-rus')).toEqual(['UZB', 'RUS']);
    expect(findCorridor(model, ' RUS-UZB ')).toEqual(['RUS', 'UZB']);
    expect(findCorridor(model, 'TJK-RUS')).toEqual(['TJK', 'RUS']); // an agreement, no flow figures
    for (const bad of ['UZB-UZB', 'UZB-XYZ', 'UZB', 'UZB-RUS-KAZ', '<script>', '', null, 'JPN-ARE']) expect(findCorridor(model, bad)).toBeNull();
  });

  it('gather the flows, the agreements naming both, shared memberships and both countries’ instruments', () => {
    const c = corridor(model, 'UZB', 'RUS')!;
    expect(c.flows.map((f) => f.corridor)).toEqual(['UZB-RUS']);
    expect(c.agreements.map((a) => a.agreement_id)).toContain('asadov-t4-uzb-rus-2017');
    expect(c.agreements.every((a) => a.parties.includes('UZB') && a.parties.includes('RUS'))).toBe(true);
    expect(c.memberships.map((row) => row.organisation.short_name)).toContain('CIS');
    expect(c.memberships.every((row) => row.a.status !== 'former' && row.b.status !== 'former')).toBe(true);
    expect(c.instruments.length).toBe(corridor(model, 'RUS', 'UZB')!.instruments.length);
    expect(
      c.instruments.every(
        (i) => i.bothParty === (['party', 'voted_yes'].includes(i.a.record.status) && ['party', 'voted_yes'].includes(i.b.record.status)),
      ),
    ).toBe(true);
    expect(corridor(model, 'UZB', 'UZB')).toBeNull();
  });

  it('credit organisation frameworks only when both are full members, and list shared organisations both-members first', () => {
    const c = corridor(model, 'UZB', 'KAZ')!;
    // Uzbekistan is an EAEU observer: the EAEU treaty's labour-migration section does not bind it.
    expect(c.frameworks.map((a) => a.agreement_id)).not.toContain('eaeu-treaty-labour-migration');
    expect(c.frameworks.map((a) => a.agreement_id)).toContain('cis-labour-migration-1994');
    const eaeu = c.memberships.find((row) => row.organisation.org_id === 'eaeu')!;
    expect([eaeu.a.status, eaeu.b.status]).toEqual(['observer', 'member']);
    const bothMembers = c.memberships.map((row) => row.a.status === 'member' && row.b.status === 'member');
    expect(bothMembers).toEqual([...bothMembers].sort((x, y) => Number(y) - Number(x)));
    expect(corridor(model, 'KAZ', 'KGZ')!.frameworks.map((a) => a.agreement_id)).toContain('eaeu-treaty-labour-migration');
  });
});

describe('formatting numbers of migrants', () => {
  it('says millions as words and rounds derived numbers to three significant digits', () => {
    expect(formatAmount(1_900_000, m)).toBe('1.9 million');
    expect(formatAmount(800_000, m)).toBe('800,000');
    expect(formatAmount(1_333_800, m, 3)).toBe('1.33 million');
    expect(formatAmount(254_600, m, 3)).toBe('255,000');
    expect(formatAmount(7_600, m, 3)).toBe('7,600');
    expect(roundSignificant(0, 3)).toBe(0);
  });

  it('keeps each figure’s qualifier and says when its year is not stated', () => {
    expect(describeValue({ qualifier: 'more_than', value: 2_000_000, value_max: undefined, unit: 'persons' }, m)).toBe('more than 2 million');
    expect(describeValue({ qualifier: 'about', value: 800_000, value_max: undefined, unit: 'persons' }, m)).toBe('about 800,000');
    expect(describeValue({ qualifier: 'range', value: 650_000, value_max: 700_000, unit: 'persons' }, m)).toBe('650,000–700,000');
    expect(describeValue({ qualifier: 'not_available', value: undefined, value_max: undefined, unit: 'persons' }, m)).toBe('not available');
    expect(figureWhen({ period: 'end of 2024', year: 2024 }, m)).toBe('end of 2024');
    expect(figureWhen({ period: undefined, year: 2021 }, m)).toBe('2021');
    expect(figureWhen({ period: undefined, year: undefined }, m)).toBe('year not stated');
  });
});
