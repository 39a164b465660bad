/**
 * The measure switch shows a difference or goes: one origin's shares times one total draw the same picture as
 * the shares, so the labels give both instead (on the fixture dataset).
 */
import { describe, expect, it } from 'vitest';
import { countsDiffer, flowViews, shownFlows } from '../../src/lib/queries/flows.ts';
import { countryLabels } from '../../src/app/scene.ts';
import { i18n } from '../../src/lib/i18n/index.ts';
import { fixtureModel } from './helpers.ts';

const model = fixtureModel();
const t = i18n('en');
const views = flowViews(model);
const uzb2023 = shownFlows(views, 'labour_migrants', 2023).filter((f) => f.origin_iso3 === 'UZB');
const derivedOnly = uzb2023.filter((f) => f.destination_iso3 !== 'TUR'); // Turkey's count is published beside its share

describe('whether drawing by number differs from drawing by share', () => {
  it('not for one origin’s shares times one total', () => {
    expect(derivedOnly.every((f) => f.count?.derived)).toBe(true);
    expect(countsDiffer(derivedOnly)).toBe(false);
  });

  it('for a count published per corridor, and for derived counts of two origins (two totals)', () => {
    expect(countsDiffer(uzb2023)).toBe(true);
    expect(countsDiffer(shownFlows(views, 'born_in_origin', 2019))).toBe(true);
    expect(countsDiffer([...derivedOnly, ...derivedOnly.map((f) => ({ ...f, origin_iso3: 'KGZ' }))])).toBe(true);
  });

  it('not where no count can be had', () => {
    expect(countsDiffer(shownFlows(views, 'labour_migrants', 2022))).toBe(false);
  });
});

describe('a destination’s label', () => {
  const points = new Map(model.data.countries.map((c) => [c.iso3, [c.anchor_lng, c.anchor_lat] as [number, number]]));
  const detailOf = (iso3: string, flows = derivedOnly, measure: 'share' | 'count' = 'share') =>
    countryLabels(model, points, flows, flows, measure, t).find((l) => l.iso3 === iso3)?.detail;

  it('gives the share and the count it implies, side by side', () => {
    // 61.5% of the 400,000 departures of the same period (fixture statistics): 246,000.
    expect(detailOf('RUS')).toBe('61.5% · about 246,000');
  });

  it('gives a published count’s share alone, and by number marks the derived', () => {
    expect(detailOf('TUR', uzb2023)).toBe('10%');
    expect(detailOf('RUS', uzb2023, 'count')).toBe('246,000 (derived)');
  });
});
