import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/lib/queries/index.ts';
import { originSummaries } from '../../src/lib/queries/flows.ts';
import { instrumentStandings } from '../../src/lib/queries/standings.ts';
import { flowsLegend, slideSources, standingsLegend, standingsWhen } from '../../src/lib/export/legend.ts';
import { orgStandings } from '../../src/lib/queries/standings.ts';
import { formatDate } from '../../src/lib/format.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { realDataset } from './helpers.ts';

const model = createModel(realDataset());

describe('slide legends', () => {
  it('flows by share: the width scale with the source (each value is written on the map)', () => {
    const l = flowsLegend(originSummaries(model), 'share', en);
    expect(l.title).toBe('Uzbekistan’s migrants by destination');
    expect(l.subtitle).toContain('Kamilov 2025');
    expect(l.items.filter((i) => i.kind === 'line').map((i) => i.label)).toEqual(['1%', '10%', '25%', '50%', '75%']);
  });

  it('flows by number: the scale says the numbers are derived', () => {
    const l = flowsLegend(originSummaries(model), 'count', en);
    expect(l.items[0]).toEqual({ kind: 'heading', label: 'Line width: number of migrants, derived' });
    expect(l.subtitle).toContain('first three months of 2023');
    expect(l.items.map((i) => ('label' in i ? i.label : ''))).toContain('250,000');
    // The base of the derivation is on the slide: share × 486,100 departures in the same period.
    expect(l.items).toContainEqual({ kind: 'row', label: 'Derived: share × departures for work abroad', value: '486,100' });
  });

  it('flows: each origin drawn as a total mark is keyed with the lowest and highest published total', () => {
    for (const measure of ['share', 'count'] as const) {
      const items = flowsLegend(originSummaries(model), measure, en).items;
      const heading = items.findIndex((i) => i.kind === 'heading' && i.label.startsWith('Only a total'));
      expect(items[heading]).toEqual({ kind: 'heading', label: 'Only a total published: migrants abroad (disc)' });
      const totals = items.slice(heading + 1).map((i) => (i.kind === 'row' ? [i.label, i.value, i.color] : i.kind));
      expect(totals).toEqual([
        ['Kyrgyzstan', 'about 1 million – more than 1 million', expect.stringMatching(/^#/)],
        ['Tajikistan', 'about 800,000 – more than 1.2 million', expect.stringMatching(/^#/)],
        ['Turkmenistan', 'about 50,000', expect.stringMatching(/^#/)],
      ]);
    }
  });

  it('instrument maps: categories with counts, and the disputed outline', () => {
    const s = instrumentStandings(model, 'refugee-1951')!;
    const l = standingsLegend(s, 'Refugee Convention', 'today', en);
    expect(l.items.map((i) => ('label' in i ? i.label : ''))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^party \(\d+\)$/), 'A source paper says otherwise (disputed)']),
    );
  });

  it('name the sources of what the slide shows, not a generic list', () => {
    const flows = slideSources(model, { standings: null, origins: originSummaries(model), measure: 'share' });
    expect(flows).toEqual(['Kamilov 2025', 'Asadov 2024']);
    const gcm = instrumentStandings(model, 'gcm-2018')!;
    expect(slideSources(model, { standings: gcm, origins: [], measure: 'share' })).toContain('UN GA 73/195 vote');
    const refugee = slideSources(model, { standings: instrumentStandings(model, 'refugee-1951')!, origins: [], measure: 'share' });
    expect(refugee).toEqual(['UN Treaty Collection', 'Asadov 2024']); // the record, and the paper it marks as disputed
    const eaeu = slideSources(model, { standings: orgStandings(model, 'eaeu')!, origins: [], measure: 'share', stepSources: ['kamilov-2025'] });
    expect(eaeu[0]).toBe('Kamilov 2025');
    expect(eaeu).toContain('EEC (observer status)');
  });

  it('date the compact by its vote, other maps by today or the year', () => {
    expect(standingsWhen(model, instrumentStandings(model, 'gcm-2018')!, null, en, formatDate)).toBe(
      'UN General Assembly recorded vote, 19 Dec 2018',
    );
    expect(standingsWhen(model, instrumentStandings(model, 'refugee-1951')!, 1998, en, formatDate)).toBe('Status at the end of 1998');
  });
});

describe('status colours on the projector', () => {
  it('keep every status colour but darken the "nothing here" ones, in the legend as on the map', async () => {
    const { standingColor, STANDING_COLORS } = await import('../../src/lib/map/palette.ts');
    for (const key of Object.keys(STANDING_COLORS) as (keyof typeof STANDING_COLORS)[]) {
      if (['none', 'not_party', 'absent'].includes(key)) expect(standingColor(key, 'contrast'), key).not.toBe(STANDING_COLORS[key]);
      else expect(standingColor(key, 'contrast'), key).toBe(STANDING_COLORS[key]);
      expect(standingColor(key), key).toBe(STANDING_COLORS[key]);
    }
    const s = instrumentStandings(model, 'refugee-1951')!;
    const swatch = (theme: 'light' | 'contrast') => standingsLegend(s, 't', 's', en, theme).items.find((i) => i.label.startsWith('not party'));
    expect(swatch('contrast')).toMatchObject({ color: standingColor('not_party', 'contrast') });
    expect(swatch('light')).toMatchObject({ color: STANDING_COLORS.not_party });
  });
});
