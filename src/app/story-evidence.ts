/**
 * A story step's evidence, drawn in the story card instead of a panel (a hall cannot read a panel): built from
 * the data the step's view points at, never written by hand. A step on the flows shows its flows as bars; a
 * step on a country whose sources disagree shows the disagreeing values as dots on one axis; a step on an
 * agreement draws it as a link between the two capitals; a status map's step lists where the five stand.
 * Pure: texts from the I18n, colours from the Theme.
 */
import type { StoryStep } from '../lib/data/story.ts';
import type { Model } from '../lib/queries/index.ts';
import { figuresOf, type Figure, type FigureValue } from '../lib/queries/figures.ts';
import { ELSEWHERE } from '../lib/data/vocabulary.ts';
import type { Agreement } from '../lib/data/schema.ts';
import { valueOf, type Measure, type OriginSummary } from '../lib/queries/flows.ts';
import type { Standings } from '../lib/queries/standings.ts';
import { originColor, standingColor, type Theme } from '../lib/theme/index.ts';
import type { I18n } from '../lib/i18n/index.ts';
import { describeValue, figureWhen, formatAmount, formatDateInferred, formatShare, periodOf, placeName } from '../lib/i18n/format.ts';

export type FlowBar = { key: string; label: string; value: string; color: string; /** 0..1 of the largest bar. */ fraction: number };
export type Dot = { key: string; value: string; when: string; source: string; /** 0..1 along the axis, from 0 to the highest value. */ at: number };
export type Capital = { iso3: string; country: string; place: string; lng: number; lat: number };

export type StepEvidence =
  | { kind: 'flows'; heading: string; note: string; bars: FlowBar[] }
  | { kind: 'disputed'; heading: string; axisMax: string; dots: Dot[] }
  | { kind: 'agreement'; heading: string; title: string; when: string; source: string; ends: [Capital, Capital] }
  | { kind: 'standings'; heading: string; rows: { iso3: string; country: string; status: string; color: string; disputed: boolean }[] };

export type EvidenceInput = { origins: OriginSummary[]; standings: Standings | null; measure: Measure };

/** One origin: its largest destinations; several: each origin's largest (a hall reads four bars, not forty). */
const ONE_ORIGIN_BARS = 4;

export function stepEvidence(m: Model, step: StoryStep, shown: EvidenceInput, t: I18n, theme: Theme): StepEvidence | null {
  if (step.view.view && step.view.view !== 'map') return null; // the table or timeline on stage is the evidence
  if (shown.standings) return standingsEvidence(m, shown.standings, t, theme);
  const country = step.view.country;
  if (country) return disputedEvidence(m, country, step, t) ?? agreementEvidence(m, country, step, t) ?? flowsEvidence(shown, t, theme);
  return flowsEvidence(shown, t, theme);
}

function flowsEvidence({ origins, measure }: EvidenceInput, t: I18n, theme: Theme): StepEvidence | null {
  const split = origins.filter((o) => o.kind === 'split');
  const display = (v: number) => (measure === 'share' ? formatShare(v, t) : formatAmount(v, t, 3));
  const drawn = (o: OriginSummary) =>
    o.flows
      .filter((f) => f.destination_iso3 !== ELSEWHERE && (valueOf(f, measure) ?? 0) > 0)
      .sort((a, b) => valueOf(b, measure)! - valueOf(a, measure)!);
  const picked =
    split.length === 1
      ? drawn(split[0]!).slice(0, ONE_ORIGIN_BARS)
      : split.flatMap((o) => drawn(o).slice(0, 1)).sort((a, b) => valueOf(b, measure)! - valueOf(a, measure)!);
  if (!picked.length) return null;
  const max = Math.max(...picked.map((f) => valueOf(f, measure)!));
  const one = split.length === 1;
  const periods = [...new Set(split.map((o) => t.m.flows.periodSource({ period: periodOf(o.flows[0]!), source: o.flows[0]!.source.short })))];
  return {
    kind: 'flows',
    heading: one ? t.m.flows.splitHeading[split[0]!.flows[0]!.basis](split[0]!.country.name) : t.m.story.largestEach,
    note: t.locale.list(periods),
    bars: picked.map((f) => ({
      key: f.id,
      label: one ? placeName(f.destination, t) : t.m.flows.route({ origin: f.origin.name, destination: placeName(f.destination, t) }),
      value: display(valueOf(f, measure)!),
      color: originColor(theme, f.origin_iso3),
      fraction: valueOf(f, measure)! / max,
    })),
  };
}

/** Does a value's locator fall under one the step cites ("Table 2, row Uzbekistan" under "Table 2")? */
function cited(v: FigureValue, step: StoryStep): boolean {
  return step.sources.some(
    (s) =>
      s.source_id === v.source_id &&
      s.locator.split(/;\s*/).some((part) => v.locator === part || (v.locator.startsWith(part) && !/^[\w.]/.test(v.locator.slice(part.length)))),
  );
}

/** The country's figure whose sources disagree and whose values the step cites most. */
export function citedDispute(m: Model, iso3: string, step: StoryStep): Figure | null {
  const scored = figuresOf(m, iso3)
    .filter((f) => f.disagree && f.range)
    .map((f): [Figure, number] => [f, f.values.filter((v) => cited(v, step)).length])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  return scored[0]?.[0] ?? null;
}

/** A bilateral agreement of the country's that the step cites. */
export function citedAgreement(m: Model, iso3: string, step: StoryStep): Agreement | null {
  const ids = new Set(step.sources.map((s) => s.source_id));
  return (
    m.data.agreements.find(
      (r) => ids.has(r.source_id) && r.parties.includes(iso3) && r.parties.length === 2 && r.parties.every((p) => m.country.has(p)),
    ) ?? null
  );
}

/** The countries a country step's evidence is about: the country, or both parties to the agreement it cites. */
export function stepCountries(m: Model, step: StoryStep): string[] {
  const iso3 = step.view.country;
  if (!iso3) return [];
  if (citedDispute(m, iso3, step)) return [iso3];
  return citedAgreement(m, iso3, step)?.parties ?? [iso3];
}

function disputedEvidence(m: Model, iso3: string, step: StoryStep, t: I18n): StepEvidence | null {
  const f = citedDispute(m, iso3, step);
  if (!f || !f.range) return null;
  const stated = f.values.filter((v) => v.value !== undefined && v.qualifier !== 'not_available');
  const top = f.range.max;
  const axis = { ...stated[0]!, value: top, value_max: undefined, qualifier: 'exact' as const };
  return {
    kind: 'disputed',
    heading: t.m.story.disputedHeading({ what: t.m.indicator[f.indicator] ?? f.indicator, country: m.country.get(iso3)!.name }),
    axisMax: describeValue(axis, t),
    dots: stated.map((v, i) => ({
      key: `${i}`,
      value: describeValue(v, t),
      when: t.m.figureWhen({ when: figureWhen(v, t), quoting: v.attributed_to }),
      source: v.source.short,
      at: top > 0 ? v.value! / top : 0,
    })),
  };
}

/** A bilateral agreement of the country's that the step cites: its two parties' capitals, linked. */
function agreementEvidence(m: Model, iso3: string, step: StoryStep, t: I18n): StepEvidence | null {
  const a = citedAgreement(m, iso3, step);
  if (!a) return null;
  const capital = (code: string): Capital => {
    const c = m.country.get(code)!;
    return { iso3: code, country: c.name, place: c.anchor_place, lng: c.anchor_lng, lat: c.anchor_lat };
  };
  const [p, q] = a.parties as [string, string];
  return {
    kind: 'agreement',
    heading: t.m.story.agreementHeading({ a: m.country.get(p)!.name, b: m.country.get(q)!.name }),
    title: a.title,
    when: a.signed ? formatDateInferred(a.signed, a.date_inferred, t) : t.m.dateNotStated,
    source: m.source.get(a.source_id)!.short,
    ends: [capital(p), capital(q)],
  };
}

/** Where the five Central Asian states stand, and whether a paper disputes it. */
function standingsEvidence(m: Model, s: Standings, t: I18n, theme: Theme): StepEvidence {
  const five = m.data.countries.filter((c) => c.role === 'central_asia');
  return {
    kind: 'standings',
    heading: t.m.story.standingsHeading,
    rows: five.map((c) => {
      const key = s.byCountry.get(c.iso3) ?? 'none';
      return { iso3: c.iso3, country: c.name, status: t.m.status[key], color: standingColor(theme, key), disputed: s.disputed.has(c.iso3) };
    }),
  };
}
