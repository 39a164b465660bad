import { describe, expect, it } from 'vitest';
import { createModel, profile, type InstrumentLine } from '../../src/lib/queries/index.ts';
import { disputedNotes, glance, groupAgreements, noteFor, notesOfDisputed, organisationTiers } from '../../src/lib/queries/panel.ts';
import { dotPlot, figure } from '../../src/lib/queries/figures.ts';
import { fixtureModel } from './helpers.ts';

const model = fixtureModel();

/** The fixture with a summit format (listed first in organisations.csv) that Uzbekistan takes part in. */
function withSummit() {
  const summit = {
    ...model.data.organisations[0]!,
    org_id: 'summit-e',
    org_name: 'Fixture Summit E',
    short_name: 'Summit E',
    kind: 'summit_format' as const,
  };
  const row = {
    ...model.data.memberships.find((r) => r.org_id === 'commonwealth-b' && r.country_iso3 === 'UZB')!,
    org_id: 'summit-e',
    status: 'participant' as const,
  };
  return createModel({ ...model.data, organisations: [summit, ...model.data.organisations], memberships: [...model.data.memberships, row] });
}

describe('a country panel’s organisations', () => {
  it('puts the organisations that bind before summit formats, decided by the kind column', () => {
    const m = withSummit();
    const { bodies, forums } = organisationTiers(profile(m, 'UZB')!.organisations);
    // A full member first, then an observer, then a past membership (organisations.csv's order within each).
    expect(bodies.map((o) => [o.organisation.org_id, o.current?.status])).toEqual([
      ['commonwealth-b', 'member'],
      ['union-a', 'observer'],
      ['security-c', 'former'],
    ]);
    expect(forums.map((o) => o.organisation.org_id)).toEqual(['summit-e']);
  });

  it('without a forum, every organisation binds', () => {
    expect(organisationTiers(profile(model, 'KAZ')!.organisations).forums).toEqual([]);
  });
});

describe('a country’s agreements by partner', () => {
  it('groups by partner country (most first), then organisations, each latest first', () => {
    const groups = groupAgreements(model, 'UZB', profile(model, 'UZB')!.agreements);
    expect(groups.map((g) => [g.kind, g.partner, g.agreements.map((a) => a.agreement_id)])).toEqual([
      ['country', 'KAZ', ['fx-uzb-kaz-action-plan-2026', 'fx-uzb-kaz-2019']],
      ['country', 'RUS', ['fx-uzb-rus-2017']],
      ['organisation', 'union-a', ['fx-uzb-union-a-memorandum-2021']],
    ]);
  });

  it('puts an agreement of several countries apart, and undated agreements last in their group', () => {
    const base = profile(model, 'UZB')!.agreements;
    const kaz = base.find((a) => a.agreement_id === 'fx-uzb-kaz-2019')!;
    const extra = [
      { ...kaz, agreement_id: 'undated', signed: undefined, title: 'A' },
      { ...kaz, agreement_id: 'three', parties: ['UZB', 'KAZ', 'TJK'], partners: ['KAZ', 'TJK'] },
    ];
    const groups = groupAgreements(model, 'UZB', [...base, ...extra]);
    expect(groups[0]!.agreements.map((a) => a.agreement_id)).toEqual(['fx-uzb-kaz-action-plan-2026', 'fx-uzb-kaz-2019', 'undated']);
    expect(groups.at(-1)).toMatchObject({ kind: 'multilateral', partner: null });
    expect(groups.at(-1)!.agreements.map((a) => a.agreement_id)).toEqual(['three']);
  });

  it('for a corridor, the two countries’ own agreements are one group and any with others apart', () => {
    const base = profile(model, 'UZB')!.agreements.filter((a) => a.parties.includes('KAZ'));
    const three = { ...base[0]!, agreement_id: 'three', parties: ['UZB', 'KAZ', 'TJK'] };
    const groups = groupAgreements(model, ['UZB', 'KAZ'], [...base, three]);
    expect(groups.map((g) => [g.kind, g.partner, g.agreements.length])).toEqual([
      ['country', null, 2],
      ['multilateral', null, 1],
    ]);
  });
});

describe('disputed claims', () => {
  const lines = profile(model, 'UZB')!.instruments;

  it('gives one note per claim, naming the instrument it concerns', () => {
    const notes = disputedNotes(lines);
    expect(notes.map((n) => [n.source.short, n.status, n.claims.map((c) => c.instrument.instrument_id)])).toEqual([
      ['Paper B 2023', 'party', ['treaty-a']],
      ['Paper B 2023', 'party', ['convention-c']],
    ]);
  });

  it('shows a note a paper’s one sentence put under several instruments once, naming each', () => {
    // The same words under two instruments (as Asadov 2024 on ILO C097 and C143).
    const same = 'One sentence about several conventions.';
    const shared: InstrumentLine[] = lines.map((l) => ({ ...l, disputed: l.disputed.map((c) => ({ ...c, note: same })) }));
    const notes = disputedNotes(shared);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.note).toBe(same);
    expect(notes[0]!.claims.map((c) => [c.instrument.short_name, c.claim.locator])).toEqual([
      ['Treaty A', 'Fixture: introduction, para. 4'],
      ['Convention C', 'Fixture: results, para. 6'],
    ]);
    const c = shared.find((l) => l.instrument.instrument_id === 'convention-c')!;
    expect(noteFor(notes, 'convention-c', c.disputed[0]!)).toBe(notes[0]);
  });
});

describe('the glance', () => {
  it('says what binds the country, its agreements by partner and every instrument’s status', () => {
    const g = glance(model, profile(model, 'UZB')!);
    expect(g.memberOf.map((o) => o.org_id)).toEqual(['commonwealth-b']);
    expect(g.otherStatus.map((o) => [o.organisation.org_id, o.status])).toEqual([['union-a', 'observer']]); // former: not said
    expect(g.partners).toEqual([
      { partner: 'KAZ', count: 2 },
      { partner: 'RUS', count: 1 },
    ]);
    expect(g.otherAgreements).toBe(1);
    expect(g.instruments.map((c) => [c.instrument.instrument_id, c.status, c.disputed])).toEqual([
      ['treaty-a', 'not_party', true],
      ['treaty-b', 'party', false], // a paper that agrees is no dispute
      ['convention-c', 'not_party', true],
      ['compact-d', 'voted_yes', false],
    ]);
  });

  it('leaves summit formats out of "member of"', () => {
    const m = withSummit();
    const g = glance(m, profile(m, 'UZB')!);
    expect(g.memberOf.map((o) => o.org_id)).toEqual(['commonwealth-b']);
    expect(g.otherStatus.map((o) => o.organisation.org_id)).toEqual(['union-a']);
  });
});

describe('a dot plot of disagreeing values', () => {
  it('places every stated value on one axis from 0 to the highest, a range as a bar', () => {
    const f = figure(model, 'UZB', 'labour_migrants_abroad')!;
    const plot = dotPlot(f)!;
    expect(plot.max).toBe(2_000_000);
    expect(plot.dots.map((d) => [d.value.source.short, d.x0, d.x1])).toEqual([
      ['Paper A 2024', 0.9, 0.9],
      ['Paper B 2023', 0.7, 0.7],
      ['Paper B 2023', 1, 1],
      ['Paper A 2024', 0.5, 0.5],
    ]);
    const range = { ...f, values: [...f.values, { ...f.values[0]!, value: 500_000, value_max: 1_000_000 }] };
    expect(dotPlot(range)!.dots.at(-1)).toMatchObject({ x0: 0.25, x1: 0.5 });
  });

  it('draws nothing for fewer than two values', () => {
    const f = figure(model, 'UZB', 'labour_migrants_abroad')!;
    expect(dotPlot({ ...f, values: f.values.slice(0, 1) })).toBeNull();
    expect(dotPlot(figure(model, 'TKM', 'remittances_pct_gdp')!)).toBeNull(); // not available
  });
});

describe('disputed laws and events', () => {
  it('read a note repeated under several rows once, naming each row', () => {
    const laws = profile(model, 'UZB')!.laws;
    const law = { ...laws[0]!, corroboration: 'disputed' as const, note: 'Dated to two years.' };
    const rows = [law, { ...law, law_id: 'other', title: 'Other' }, { ...law, law_id: 'plain', corroboration: 'reported' as const }];
    const notes = notesOfDisputed(rows);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.rows.map((r) => r.law_id)).toEqual([law.law_id, 'other']);
    expect(notesOfDisputed(laws.map((l) => ({ ...l, corroboration: 'confirmed' as const })))).toEqual([]);
  });
});
