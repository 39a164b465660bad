import { describe, expect, it } from 'vitest';
import { createModel, findCountry, flowsFrom, profile, sourceSummary } from '../../src/lib/queries/index.ts';
import { realDataset } from './helpers.ts';

const model = createModel(realDataset());

describe('queries', () => {
  it('finds countries by any-case ISO3 and ignores unknown codes', () => {
    expect(findCountry(model, 'uzb')?.name).toBe('Uzbekistan');
    expect(findCountry(model, ' KGZ ')?.iso3).toBe('KGZ');
    expect(findCountry(model, 'XYZ')).toBeNull();
    expect(findCountry(model, null)).toBeNull();
  });

  it('lists Uzbekistan’s flows largest first, as Kamilov’s paper gives them', () => {
    const flows = flowsFrom(model, 'UZB');
    expect(flows.map((f) => [f.destination_iso3, f.share_pct])).toEqual([
      ['RUS', 70.2],
      ['KAZ', 13.4],
      ['KGZ', 8.7],
      ['TUR', 3.8],
      ['AFG', 1.1],
      ['KOR', 0.6],
      ['ARE', 0.4],
    ]);
    expect(new Set(flows.map((f) => f.source.short))).toEqual(new Set(['Kamilov 2025']));
  });

  it('gives each organisation once, with the current standing and the periods before', () => {
    const p = profile(model, 'UZB')!;
    const csto = p.organisations.find((o) => o.organisation.org_id === 'csto')!;
    expect(csto.current?.status).toBe('former');
    expect(csto.history.map((h) => [h.status, h.since, h.until])).toEqual([
      ['member', '1992-05-15', '1999'],
      ['former', '1999', '2006-08-16'],
      ['member', '2006-08-16', '2012-12-19'],
    ]);
    const eaeu = p.organisations.find((o) => o.organisation.org_id === 'eaeu')!;
    expect(eaeu.current?.status).toBe('observer');
    expect(eaeu.current?.alsoStatedBy.map((r) => r.source_id)).toEqual(['kamilov-2025']);
  });

  it('pairs every instrument with its depositary record and the papers’ claims', () => {
    const p = profile(model, 'UZB')!;
    expect(p.instruments).toHaveLength(model.data.instruments.length);
    const refugee = p.instruments.find((i) => i.instrument.instrument_id === 'refugee-1951')!;
    expect(refugee.record).toMatchObject({ status: 'not_party', source_id: 'untc' });
    expect(refugee.disputed.map((c) => c.source_id)).toEqual(['asadov-2024']);
    const untoc = p.instruments.find((i) => i.instrument.instrument_id === 'untoc-2000')!;
    expect(untoc.disputed).toEqual([]);
    expect(untoc.agreeing.map((c) => c.source_id)).toEqual(['xolmirzayeva-2025']);
  });

  it('lists a country’s agreements, and its organisations’ frameworks separately', () => {
    const p = profile(model, 'UZB')!;
    expect(p.agreements.map((a) => a.agreement_id)).toContain('uzb-eec-memorandum-2021');
    expect(p.frameworks.map((a) => a.agreement_id)).toContain('cis-labour-migration-1994');
    // Only full members: Uzbekistan, an EAEU observer, is not bound by the EAEU treaty's labour-migration section,
    // and Turkmenistan, a CIS associate since 2005, is not credited with CIS agreements.
    expect(p.frameworks.map((a) => a.agreement_id)).not.toContain('eaeu-treaty-labour-migration');
    expect(profile(model, 'KAZ')!.frameworks.map((a) => a.agreement_id)).toContain('eaeu-treaty-labour-migration');
    expect(profile(model, 'TKM')!.frameworks).toEqual([]);
  });

  it('summarises the sources for the source line', () => {
    const s = sourceSummary(model);
    expect(s.named).toEqual(expect.arrayContaining(['Asadov 2024', 'Kamilov 2025', 'UN Treaty Collection', 'ILO NORMLEX']));
    expect(s.others).toBe(model.data.sources.length - s.named.length);
  });
});
