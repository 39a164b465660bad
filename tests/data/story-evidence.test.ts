/**
 * The story card's evidence for each step of the real story, built from the data the step's view points at:
 * a hall sees the step's point drawn, so what is drawn must be what the data says.
 */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/data/story.ts';
import { createModel } from '../../src/lib/queries/index.ts';
import { flowViews, originSummaries, shownFlows, type Measure } from '../../src/lib/queries/flows.ts';
import { instrumentStandings, orgStandings } from '../../src/lib/queries/standings.ts';
import { stepCountries, stepEvidence, type StepEvidence } from '../../src/app/story-evidence.ts';
import { i18n } from '../../src/lib/i18n/index.ts';
import { THEMES } from '../../src/lib/theme/index.ts';
import { readReal, realDataset } from '../unit/helpers.ts';

const data = realDataset();
const model = createModel(data);
const story = loadStory(readReal('story.json')!, data);
const t = i18n('en');
const theme = THEMES.contrast;
const views = flowViews(model);

/** The evidence of step n (1-based) as the app builds it: the step's view's flows or standings. */
function evidence(n: number, measure: Measure = 'share'): StepEvidence | null {
  const step = story.steps[n - 1]!;
  const { basis = 'labour_migrants', year = null, origin = null, instrument, org } = step.view;
  const every = originSummaries(model, shownFlows(views, basis, year), basis);
  const origins = origin ? every.filter((o) => o.country.iso3 === origin) : every;
  const standings = instrument ? instrumentStandings(model, instrument) : org ? orgStandings(model, org) : null;
  return stepEvidence(model, step, { origins, standings, measure }, t, theme);
}

describe('each step’s evidence', () => {
  it('1: one origin’s largest destinations as bars, with the period and source', () => {
    const e = evidence(1)!;
    expect(e.kind).toBe('flows');
    if (e.kind !== 'flows') return;
    expect(e.heading).toBe('Uzbekistan’s migrants by destination');
    expect(e.bars.map((b) => [b.label, b.value])).toEqual([
      ['Russia', '70.2%'],
      ['Kazakhstan', '13.4%'],
      ['Kyrgyzstan', '8.7%'],
      ['Turkey', '3.8%'],
    ]);
    expect(e.bars[0]!.fraction).toBe(1);
    expect(e.bars.every((b) => b.color === theme.origins.byCountry.UZB)).toBe(true);
    expect(e.note).toBe('first three months of 2023 · Kamilov 2025');
    // By number, the bars say the numbers (derived from the total of departures).
    const count = evidence(1, 'count')!;
    expect(count.kind === 'flows' && count.bars[0]!.value).toMatch(/^341/);
  });

  it('2, 5 and 6: several origins, each origin’s largest destination', () => {
    for (const n of [2, 5, 6]) {
      const e = evidence(n)!;
      expect(e.kind).toBe('flows');
      if (e.kind !== 'flows') continue;
      expect(e.heading).toBe('Each origin’s largest destination');
      expect(new Set(e.bars.map((b) => b.label.split(' → ')[0])).size).toBe(e.bars.length);
    }
    const tjk = evidence(2);
    expect(tjk?.kind === 'flows' && tjk.bars.find((b) => b.label === 'Tajikistan → Russia')?.value).toBe('96.2%');
  });

  it('3: every published total of Uzbek migrants abroad, as dots on one axis from 0 to the highest', () => {
    const e = evidence(3)!;
    expect(e.kind).toBe('disputed');
    if (e.kind !== 'disputed') return;
    expect(e.heading).toBe('Labour migrants abroad, Uzbekistan: every published value');
    expect(e.dots.map((d) => d.value).sort()).toEqual(['about 1.5 million', 'about 1.9 million', 'more than 1 million', 'more than 2 million']);
    expect(e.dots.find((d) => d.value === 'more than 2 million')!.at).toBe(1);
    expect(e.dots.find((d) => d.value === 'more than 1 million')!.at).toBe(0.5);
    expect(e.axisMax).toBe('2 million');
  });

  it('4: Kyrgyzstan’s remittances, the table’s, the text’s and the World Bank’s', () => {
    const e = evidence(4)!;
    expect(e.kind).toBe('disputed');
    if (e.kind !== 'disputed') return;
    expect(e.heading).toBe('Remittances, Kyrgyzstan: every published value');
    expect(e.dots.map((d) => `${d.value} ${d.source}`)).toEqual(
      expect.arrayContaining(['30% of GDP Asadov 2024', '29% of GDP Asadov 2024', expect.stringMatching(/^31% of GDP /)]),
    );
  });

  it('7 to 11: where the five stand on the step’s map, a paper’s contrary claim marked', () => {
    for (const n of [7, 8, 9, 10, 11]) expect(evidence(n)!.kind).toBe('standings');
    const e = evidence(9)!;
    if (e.kind !== 'standings') return;
    expect(e.rows.map((r) => [r.country, r.status, r.disputed])).toEqual([
      ['Uzbekistan', 'not party', true],
      ['Kazakhstan', 'party', false],
      ['Kyrgyzstan', 'party', false],
      ['Tajikistan', 'party', false],
      ['Turkmenistan', 'party', false],
    ]);
    expect(e.rows[1]!.color).toBe(theme.standings.party);
  });

  it('12: the treaties table is its own evidence: the card draws none beside it', () => {
    expect(evidence(12)).toBeNull();
  });

  it('13: the Uzbekistan–Kazakhstan agreement, a link between Tashkent and Astana', () => {
    const e = evidence(13)!;
    expect(e.kind).toBe('agreement');
    if (e.kind !== 'agreement') return;
    expect(e.heading).toBe('Agreement: Uzbekistan – Kazakhstan');
    expect(e.ends.map((c) => c.place)).toEqual(['Tashkent', 'Astana']);
    expect(e.title).toMatch(/^Agreement between the Governments of Kazakhstan and Uzbekistan on labour activity and protection/);
    expect(e.when).toBe('15 Apr 2019');
    expect(e.source).toBe('Kazakh Ministry of Labour 2019');
  });

  it('names the countries a country step is about, for the camera to keep in sight: an agreement’s both parties', () => {
    expect(stepCountries(model, story.steps[2]!)).toEqual(['UZB']);
    expect(stepCountries(model, story.steps[3]!)).toEqual(['KGZ']);
    expect(stepCountries(model, story.steps[12]!)).toEqual(['UZB', 'KAZ']);
    expect(stepCountries(model, story.steps[0]!)).toEqual([]);
  });
});
