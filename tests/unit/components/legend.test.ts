// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within, fireEvent } from '@testing-library/svelte';
import FlowLegend from '../../../src/ui/legend/FlowLegend.svelte';
import StandingsLegend from '../../../src/ui/legend/StandingsLegend.svelte';
import { originSummaries, type Measure } from '../../../src/lib/queries/flows.ts';
import { instrumentStandings } from '../../../src/lib/queries/standings.ts';
import { flowsLegendModel, standingsLegendModel } from '../../../src/app/legend.ts';
import { context, renderInApp } from './context.ts';

afterEach(cleanup);

type Handlers = Partial<{
  onMeasure: (m: Measure) => void;
  onTogglePlay: () => void;
  onOpenCorridor: (id: string) => void;
  onFocusFlow: (id: string | null, box?: unknown) => void;
  onShowLatest: () => void;
}>;
const props = (measure: Measure = 'share', year = 2023, h: Handlers = {}, playing = true) => ({
  legend: flowsLegendModel(originSummaries(context.model, year), measure, { shown: year, latest: 2023 }, context.i18n, context.theme),
  playing,
  onMeasure: h.onMeasure ?? (() => {}),
  onTogglePlay: h.onTogglePlay ?? (() => {}),
  onOpenCorridor: h.onOpenCorridor ?? (() => {}),
  onFocusFlow: h.onFocusFlow ?? (() => {}),
  onShowLatest: h.onShowLatest ?? (() => {}),
});
const legend = (...args: Parameters<typeof props>) => renderInApp(FlowLegend, props(...args));

describe('FlowLegend', () => {
  it('lists every flow of the year as a button that opens its corridor, with its share', async () => {
    const onOpenCorridor = vi.fn();
    legend('share', 2023, { onOpenCorridor });
    await fireEvent.click(screen.getByRole('button', { name: 'Corridor Uzbekistan to Russia: 61.5%' }));
    expect(onOpenCorridor).toHaveBeenCalledWith('UZB-RUS');
    expect(screen.getAllByRole('button', { name: /^Corridor Uzbekistan to / })).toHaveLength(3);
    expect(screen.getAllByText('first three months of 2023', { exact: false }).length).toBeGreaterThan(0);
  });

  it('lists another year’s rows when that year is shown, each its own', () => {
    legend('share', 2022);
    expect(screen.getAllByRole('button', { name: /^Corridor Uzbekistan to / }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Corridor Uzbekistan to Russia: 72.4%',
      'Corridor Uzbekistan to Kazakhstan: 12.1%',
      'Corridor Uzbekistan to Turkey: 6.3%',
    ]);
    const ids = [...document.querySelectorAll<HTMLElement>('[data-flow]')].map((b) => b.dataset.flow);
    expect(ids.every((id) => id!.includes('|2022|'))).toBe(true);
  });

  it('for a year without flows, says so and offers the latest', async () => {
    const onShowLatest = vi.fn();
    legend('share', 2021, { onShowLatest });
    expect(screen.getByTestId('legend').textContent).toContain('The dataset has no flow figures for 2021.');
    expect(screen.queryAllByRole('button', { name: /^Corridor / })).toHaveLength(0);
    await fireEvent.click(screen.getByRole('button', { name: 'Show the latest, 2023' }));
    expect(onShowLatest).toHaveBeenCalledOnce();
  });

  it('reports keyboard focus on a flow, for the tooltip and the map highlight', async () => {
    const onFocusFlow = vi.fn();
    legend('share', 2023, { onFocusFlow });
    const kaz = screen.getByRole('button', { name: /Corridor Uzbekistan to Kazakhstan/ });
    await fireEvent.focus(kaz);
    expect(onFocusFlow).toHaveBeenLastCalledWith(kaz.dataset.flow, expect.anything());
    expect(kaz.dataset.flow).toBe('UZB|KAZ|2023|first three months of 2023|fixture-paper-a');
    await fireEvent.blur(kaz);
    expect(onFocusFlow).toHaveBeenLastCalledWith(null);
  });

  it('switches the measure with real radio buttons', async () => {
    const onMeasure = vi.fn();
    legend('share', 2023, { onMeasure });
    await fireEvent.click(screen.getByRole('radio', { name: 'Number of migrants' }));
    expect(onMeasure).toHaveBeenCalledWith('count');
  });

  it('by number, marks every derived count, names the same-period total it multiplies and lists the other totals', () => {
    legend('count');
    const note = screen.getByTestId('derived-note');
    expect(note.textContent).toContain('first three months of 2023, Paper A 2024');
    expect(note.textContent).toContain('× 400,000 departures for work abroad in the same period (Paper A 2024)');
    expect(note.textContent).toContain('not everyone working there');
    expect(note.textContent).toContain('about 1.8 million');
    expect(note.textContent).toContain('more than 2 million');
    expect(note.textContent).toContain('quoting Fixture Agency');
    expect(screen.getByRole('button', { name: 'Corridor Uzbekistan to Russia: 246,000 (derived)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Corridor Uzbekistan to Turkey: 40,000' })).toBeTruthy();
  });

  it('shows origins with only a total, every value with its source, and says when sources disagree', () => {
    legend();
    const kgz = screen.getAllByTestId('origin-total').find((el) => el.dataset.iso3 === 'KGZ')!;
    expect(kgz.textContent).toContain('about 900,000 – about 1.1 million');
    expect(kgz.textContent).toContain('Sources disagree');
    expect(within(kgz).getAllByRole('button', { name: /^Source: / })).toHaveLength(2);
    expect(screen.getByText(/Kazakhstan: the sources give no total/)).toBeTruthy();
  });

  it('has a play/pause button that says what it will do', async () => {
    const onTogglePlay = vi.fn();
    const { rerender } = legend('share', 2023, { onTogglePlay }, true);
    await fireEvent.click(screen.getByRole('button', { name: 'Pause the flow animation' }));
    expect(onTogglePlay).toHaveBeenCalledOnce();
    await rerender({ context, component: FlowLegend, inner: props('share', 2023, { onTogglePlay }, false) } as never);
    expect(screen.getByRole('button', { name: 'Play the flow animation' })).toBeTruthy();
  });
});

describe('StandingsLegend', () => {
  it('says what each colour means, how many countries and which, and which claims a paper disputes', async () => {
    const standings = instrumentStandings(context.model, 'treaty-a')!;
    const onSelect = vi.fn();
    renderInApp(StandingsLegend, { legend: standingsLegendModel(context.model, standings, null, context.i18n, context.theme), onSelect });
    expect(screen.getByRole('heading', { name: 'Fixture Treaty A on the status of refugees' })).toBeTruthy();
    const list = screen.getByRole('list');
    expect(list.textContent).toMatch(/\bparty\s*6\b/);
    expect(list.textContent).toContain('A source paper says otherwise (disputed)');
    await fireEvent.click(screen.getByRole('button', { name: /Countries in each group/ }));
    await fireEvent.click(within(list).getByRole('button', { name: 'Turkey' }));
    expect(onSelect).toHaveBeenCalledWith('TUR');
    expect(screen.getByTestId('unchecked-count').textContent).toMatch(/^\d+ of these \d+ entries not yet checked/);
  });
});
