// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within, fireEvent } from '@testing-library/svelte';
import FlowLegend, { type FlowLegendActions } from '../../../src/ui/legend/FlowLegend.svelte';
import StandingsLegend from '../../../src/ui/legend/StandingsLegend.svelte';
import { flowViews, flowYears, originSummaries, shownFlows, type Basis, type Measure } from '../../../src/lib/queries/flows.ts';
import { instrumentStandings } from '../../../src/lib/queries/standings.ts';
import { flowsLegendModel, standingsLegendModel } from '../../../src/app/legend.ts';
import { context, renderInApp } from './context.ts';

afterEach(cleanup);

const views = flowViews(context.model);
type Options = { playing?: boolean; yearsPlaying?: boolean; basis?: Basis; origin?: string | null };
/** The legend of a basis and year (null: each origin's latest), as the controller makes it. */
const props = (measure: Measure = 'share', year: number | null = 2023, on: Partial<FlowLegendActions> = {}, o: Options = {}) => {
  const basis = o.basis ?? 'labour_migrants';
  const origin = o.origin ?? null;
  const every = originSummaries(context.model, shownFlows(views, basis, year), basis);
  const origins = origin ? every.filter((x) => x.country.iso3 === origin) : every;
  const frame = { basis, shown: year, years: flowYears(views, basis), origin, every };
  const noop = () => {};
  return {
    legend: flowsLegendModel(origins, measure, frame, context.i18n, context.theme),
    playing: o.playing ?? true,
    yearsPlaying: o.yearsPlaying ?? false,
    on: {
      measure: noop,
      basis: noop,
      year: noop,
      playYears: noop,
      origin: noop,
      togglePlay: noop,
      openCorridor: noop,
      focusFlow: noop,
      ...on,
    } satisfies FlowLegendActions,
  };
};
const legend = (...args: Parameters<typeof props>) => renderInApp(FlowLegend, props(...args));

describe('FlowLegend', () => {
  it('lists every flow of the year as a button that opens its corridor, with its share', async () => {
    const onOpenCorridor = vi.fn();
    legend('share', 2023, { openCorridor: onOpenCorridor });
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
    const year = vi.fn();
    legend('share', 2021, { year });
    expect(screen.getByTestId('legend').textContent).toContain('The dataset has no flow figures for 2021.');
    expect(screen.queryAllByRole('button', { name: /^Corridor / })).toHaveLength(0);
    await fireEvent.click(screen.getByRole('button', { name: 'Show the latest figures' }));
    expect(year).toHaveBeenCalledWith(null);
  });

  it('reports keyboard focus on a flow, for the tooltip and the map highlight', async () => {
    const onFocusFlow = vi.fn();
    legend('share', 2023, { focusFlow: onFocusFlow });
    const kaz = screen.getByRole('button', { name: /Corridor Uzbekistan to Kazakhstan/ });
    await fireEvent.focus(kaz);
    expect(onFocusFlow).toHaveBeenLastCalledWith(kaz.dataset.flow, expect.anything());
    expect(kaz.dataset.flow).toBe('UZB|KAZ|2023|first three months of 2023|fixture-paper-a');
    await fireEvent.blur(kaz);
    expect(onFocusFlow).toHaveBeenLastCalledWith(null);
  });

  it('switches the measure with real radio buttons', async () => {
    const onMeasure = vi.fn();
    legend('share', 2023, { measure: onMeasure });
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

  it('says what the lines count, and switches to the UN’s stock with real radio buttons', async () => {
    const basis = vi.fn();
    legend('share', null, { basis });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(context.i18n.m.flows.basisTitle.labour_migrants);
    expect(screen.getByRole('radio', { name: 'Labour migrants' })).toHaveProperty('checked', true);
    await fireEvent.click(screen.getByRole('radio', { name: 'People born there (UN)' }));
    expect(basis).toHaveBeenCalledWith('born_in_origin');
  });

  it('offers each origin’s latest or any year of the basis, and plays the years', async () => {
    const [year, playYears] = [vi.fn(), vi.fn()];
    legend('share', null, { year, playYears });
    const years = within(screen.getByTestId('years'));
    expect(years.getAllByRole('radio').map((r) => r.parentElement!.textContent!.trim())).toEqual(['Latest', '2022', '2023', '2025']);
    expect(years.getByRole('radio', { name: 'Latest' })).toHaveProperty('checked', true);
    // Each origin's latest: Uzbekistan's 2023 and Kazakhstan's 2025 side by side, each with its period.
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent!.trim())).toEqual([
      'Uzbekistan’s migrants by destination',
      'Kazakhstan’s migrants by destination',
      'Only a total published',
    ]);
    expect(screen.getByTestId('legend').textContent).toContain('first nine months of 2025');
    await fireEvent.click(years.getByRole('radio', { name: '2022' }));
    expect(year).toHaveBeenCalledWith(2022);
    await fireEvent.click(years.getByRole('button', { name: /Play the years/ }));
    expect(playYears).toHaveBeenCalledOnce();
  });

  it('shows one origin alone: its chip pressed, the others a click away', async () => {
    const origin = vi.fn();
    legend('share', null, { origin }, { origin: 'KAZ' });
    const chips = within(screen.getByTestId('origins'));
    expect(chips.getByRole('button', { name: 'Kazakhstan' }).getAttribute('aria-pressed')).toBe('true');
    expect(chips.getByRole('button', { name: 'All' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getAllByRole('button', { name: /^Corridor / }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Corridor Kazakhstan to Russia: 80%',
    ]);
    await fireEvent.click(chips.getByRole('button', { name: 'Uzbekistan' }));
    expect(origin).toHaveBeenCalledWith('UZB');
    await fireEvent.click(chips.getByRole('button', { name: 'Kazakhstan' }));
    expect(origin).toHaveBeenLastCalledWith(null);
  });

  it('of the UN’s stock: its shares computed and said so, everywhere else listed last and not a corridor', () => {
    legend('share', 2019, {}, { basis: 'born_in_origin' });
    const text = screen.getByTestId('legend').textContent!;
    expect(text).toContain(context.i18n.m.flows.computed);
    const rest = [...document.querySelectorAll('.flow-list li')].at(-1)!;
    expect([rest.querySelector('.name')!.textContent, rest.querySelector('.value')!.textContent]).toEqual(['Elsewhere', '7.9%']); // 120,000 of 1.52 million
    expect(rest.querySelector('button')).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Corridor / })).toHaveLength(3);
    expect(screen.queryAllByTestId('origin-total')).toHaveLength(0);
  });

  it('has a play/pause button that says what it will do', async () => {
    const onTogglePlay = vi.fn();
    const { rerender } = legend('share', 2023, { togglePlay: onTogglePlay }, { playing: true });
    await fireEvent.click(screen.getByRole('button', { name: 'Pause the flow animation' }));
    expect(onTogglePlay).toHaveBeenCalledOnce();
    await rerender({ context, component: FlowLegend, inner: props('share', 2023, { togglePlay: onTogglePlay }, { playing: false }) } as never);
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

  it('has a year slider with its value and Play only when given a timeline; a focused country is reported', async () => {
    const standings = instrumentStandings(context.model, 'treaty-a')!;
    const legend = standingsLegendModel(context.model, standings, null, context.i18n, context.theme);
    const [onYear, onPlay, onFocusCountry] = [vi.fn(), vi.fn(), vi.fn()];
    renderInApp(StandingsLegend, {
      legend,
      onSelect: vi.fn(),
      onFocusCountry,
      time: { line: { first: 1951, now: 2026, value: 2026 }, playing: false, onYear, onPlay },
    });
    const slider = screen.getByRole('slider', { name: 'Year' }) as HTMLInputElement;
    expect([slider.min, slider.max, slider.value]).toEqual(['1951', '2026', '2026']);
    expect(screen.getByTestId('map-year-value').textContent).toBe('now');
    await fireEvent.input(slider, { target: { value: '1990' } });
    expect(onYear).toHaveBeenLastCalledWith(1990);
    await fireEvent.input(slider, { target: { value: '2026' } });
    expect(onYear).toHaveBeenLastCalledWith(null); // the end of the slider is "now"
    await fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    expect(onPlay).toHaveBeenCalledOnce();
    await fireEvent.click(screen.getByRole('button', { name: /Countries in each group/ }));
    await fireEvent.focus(screen.getByRole('button', { name: 'Kazakhstan' }));
    expect(onFocusCountry).toHaveBeenCalledWith('KAZ', expect.anything());
    expect(screen.getByTestId('hatch-swatch')).toBeTruthy();
    cleanup();
    renderInApp(StandingsLegend, { legend, onSelect: vi.fn() });
    expect(screen.queryByRole('slider')).toBeNull();
  });
});
