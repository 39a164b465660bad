import { describe, expect, it } from 'vitest';
import { drawnAs, findCountry, flowsFrom, profile, sourceSummary, sourceUsage, sourcesOf } from '../../src/lib/queries/index.ts';
import { fixtureModel } from './helpers.ts';

const model = fixtureModel();

describe('queries', () => {
  it('finds countries by any-case ISO3 and ignores unknown codes', () => {
    expect(findCountry(model, 'uzb')?.name).toBe('Uzbekistan');
    expect(findCountry(model, ' KGZ ')?.iso3).toBe('KGZ');
    expect(findCountry(model, 'XYZ')).toBeNull();
    expect(findCountry(model, null)).toBeNull();
  });

  it('draws a shape only for a country on the map', () => {
    expect(drawnAs(model, 860)).toBe('UZB');
    expect(drawnAs(model, 840)).toBeUndefined(); // the United States: listed, on_map=false
    expect(drawnAs(model, 4)).toBeUndefined(); // not in the dataset
  });

  it('lists an origin’s flows of every year, largest share first, each with its source', () => {
    const flows = flowsFrom(model, 'UZB').filter((f) => f.basis === 'labour_migrants');
    expect(flows.map((f) => [f.destination_iso3, f.year, f.share_pct])).toEqual([
      ['RUS', 2022, 72.4],
      ['RUS', 2023, 61.5],
      ['KAZ', 2023, 24.5],
      ['KAZ', 2022, 12.1],
      ['TUR', 2023, 10],
      ['TUR', 2022, 6.3],
    ]);
    expect(new Set(flows.map((f) => f.source.short))).toEqual(new Set(['Paper A 2024']));
    expect(flows[0]!.destination.name).toBe('Russia');
    expect(flowsFrom(model, 'UZB').filter((f) => f.basis === 'born_in_origin')).toHaveLength(8);
    expect(flowsFrom(model, 'TKM')).toEqual([]);
    expect(flowsFrom(model)).toHaveLength(model.data.flows.length);
  });

  it('gives each organisation once, with the current standing and the periods before', () => {
    const p = profile(model, 'UZB')!;
    expect(p.organisations.map((o) => o.organisation.org_id)).toEqual(['union-a', 'commonwealth-b', 'security-c']);
    const c = p.organisations.find((o) => o.organisation.org_id === 'security-c')!;
    expect(c.current?.status).toBe('former');
    expect(c.current?.since).toBe('2012-12-19');
    expect(c.history.map((h) => [h.status, h.since, h.until])).toEqual([
      ['member', '1992-05-15', '1999'],
      ['former', '1999', '2006-08-16'],
      ['member', '2006-08-16', '2012-12-19'],
    ]);
    // An undated paper row joins the dated record of the same status instead of repeating it.
    const a = p.organisations.find((o) => o.organisation.org_id === 'union-a')!;
    expect([a.current?.status, a.current?.since, a.current?.source_id]).toEqual(['observer', '2020-12-11', 'fixture-official-o']);
    expect(a.current?.alsoStatedBy.map((r) => r.source_id)).toEqual(['fixture-paper-a']);
    expect(a.history).toEqual([]);
    // A member that became an associate: the associate standing now, the membership before.
    const tkm = profile(model, 'TKM')!.organisations.find((o) => o.organisation.org_id === 'commonwealth-b')!;
    expect(tkm.current?.status).toBe('associate');
    expect(tkm.history.map((h) => [h.status, h.until])).toEqual([['member', '2005-08-26']]);
  });

  it('pairs every instrument with its depositary record and the papers’ claims', () => {
    const p = profile(model, 'UZB')!;
    expect(p.instruments.map((i) => i.instrument.instrument_id)).toEqual(['treaty-a', 'treaty-b', 'convention-c', 'compact-d']);
    const a = p.instruments.find((i) => i.instrument.instrument_id === 'treaty-a')!;
    expect(a.record).toMatchObject({ status: 'not_party', source_id: 'fixture-depositary-d' });
    expect(a.disputed.map((c) => [c.source_id, c.status])).toEqual([['fixture-paper-b', 'party']]);
    expect(a.agreeing).toEqual([]);
    const b = p.instruments.find((i) => i.instrument.instrument_id === 'treaty-b')!;
    expect(b.disputed).toEqual([]);
    expect(b.agreeing.map((c) => c.source_id)).toEqual(['fixture-press-c']);
    const d = p.instruments.find((i) => i.instrument.instrument_id === 'compact-d')!;
    expect(d.record).toMatchObject({ status: 'voted_yes', source_id: 'fixture-vote-record' });
  });

  it('lists a country’s agreements latest first, and its organisations’ frameworks separately', () => {
    const p = profile(model, 'UZB')!;
    expect(p.agreements.map((a) => a.agreement_id)).toEqual([
      'fx-uzb-kaz-action-plan-2026',
      'fx-uzb-union-a-memorandum-2021',
      'fx-uzb-kaz-2019',
      'fx-uzb-rus-2017',
    ]);
    expect(p.agreements.find((a) => a.agreement_id === 'fx-uzb-union-a-memorandum-2021')!.partners).toEqual(['union-a']);
    // Only full members: Uzbekistan, a Union A observer, is not bound by Union A's treaty, and Turkmenistan,
    // an associate of Commonwealth B since 2005, is not credited with its agreement.
    expect(p.frameworks.map((a) => [a.agreement_id, a.organisation.org_id])).toEqual([['commonwealth-b-labour-1994', 'commonwealth-b']]);
    expect(profile(model, 'KAZ')!.frameworks.map((a) => a.agreement_id)).toEqual(['union-a-treaty-labour', 'commonwealth-b-labour-1994']);
    expect(profile(model, 'TKM')!.frameworks).toEqual([]);
  });

  it('lists laws and events latest first (undated last), events held in or naming the country', () => {
    const p = profile(model, 'UZB')!;
    expect(p.laws.map((l) => l.law_id)).toEqual(['fx-uzb-law-external-migration-2021', 'fx-uzb-law-migration-2018']);
    expect(p.events.map((e) => e.event_id)).toEqual(['fx-uzb-census-2026', 'fx-regional-meeting-2025', 'fx-recruitment-2017']);
    expect(profile(model, 'KAZ')!.events.map((e) => e.event_id)).toEqual(['fx-regional-meeting-2025', 'fx-conference-2011']);
    expect(profile(model, 'KAZ')!.laws.map((l) => [l.law_id, l.adopted])).toEqual([['fx-kaz-code-migration', undefined]]);
    expect(profile(model, 'XYZ')).toBeNull();
  });

  it('summarises the sources for the source line: seed papers and depositaries by name, the rest counted', () => {
    const s = sourceSummary(model);
    expect(s.named).toEqual(['Paper A 2024', 'Depositary D', 'Depositary E']);
    expect(s.others).toBe(6);
    expect(sourcesOf(flowsFrom(model, 'UZB')).map((x) => x.source_id)).toEqual(['fixture-paper-a', 'fixture-stock-s']);
    expect(sourceUsage(model).get('fixture-vote-record')).toBe(8);
  });
});
