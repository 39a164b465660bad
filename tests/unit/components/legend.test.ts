// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within, fireEvent } from '@testing-library/svelte';
import LegendHarness from './LegendHarness.svelte';
import { createModel } from '../../../src/lib/queries/index.ts';
import { realDataset } from '../helpers.ts';

const model = createModel(realDataset());
afterEach(cleanup);

describe('FlowLegend', () => {
  it('lists every flow as a button that opens its corridor, with its share', async () => {
    const onSelectFlow = vi.fn();
    render(LegendHarness, { model, onSelectFlow });
    const russia = screen.getByRole('button', { name: /Corridor Uzbekistan to Russia: 70.2%/ });
    await fireEvent.click(russia);
    expect(onSelectFlow).toHaveBeenCalledWith('UZB-RUS');
    expect(screen.getAllByRole('button', { name: /^Corridor Uzbekistan to / })).toHaveLength(7);
  });

  it('reports keyboard focus on a flow, for the tooltip and the map highlight', async () => {
    const onFocusFlow = vi.fn();
    render(LegendHarness, { model, onFocusFlow });
    const kaz = screen.getByRole('button', { name: /Corridor Uzbekistan to Kazakhstan/ });
    await fireEvent.focus(kaz);
    expect(onFocusFlow).toHaveBeenLastCalledWith('UZB|KAZ|2023|first three months of 2023|kamilov-2025', expect.anything());
    await fireEvent.blur(kaz);
    expect(onFocusFlow).toHaveBeenLastCalledWith(null);
  });

  it('switches the measure with real radio buttons', async () => {
    const onMeasure = vi.fn();
    render(LegendHarness, { model, onMeasure });
    await fireEvent.click(screen.getByRole('radio', { name: 'Number of migrants' }));
    expect(onMeasure).toHaveBeenCalledWith('count');
  });

  it('by number, marks every count derived, names the same-period total it multiplies and lists the totals abroad', () => {
    render(LegendHarness, { model, measure: 'count' });
    const note = screen.getByTestId('derived-note');
    expect(note.textContent).toContain('first three months of 2023, Kamilov 2025');
    expect(note.textContent).toContain('× 486,100 departures for work abroad in the same period (Kamilov 2025)');
    expect(note.textContent).toContain('not everyone working there');
    expect(note.textContent).not.toContain('same series');
    expect(note.textContent).toContain('about 1.9 million (end of 2024');
    expect(note.textContent).toContain('1.5 million');
    expect(note.textContent).toContain('(2021)');
    expect(note.textContent).toContain('more than 2 million');
    expect(note.textContent).toContain('quoting IOM');
    expect(screen.getByRole('button', { name: /Corridor Uzbekistan to Russia: 341,000 \(derived\)/ })).toBeTruthy();
  });

  it('shows origins with only a total, every value with its source, and says when sources disagree', () => {
    render(LegendHarness, { model });
    const tjk = screen.getAllByTestId('origin-total').find((el) => el.dataset.iso3 === 'TJK')!;
    expect(tjk.textContent).toContain('800,000 – more than 1.2 million');
    expect(tjk.textContent).toContain('Sources disagree');
    expect(within(tjk).getAllByRole('button', { name: 'Source: Asadov 2024' })).toHaveLength(3);
    expect(tjk.textContent).toContain('quoting official estimates');
    expect(screen.getByText(/Kazakhstan: the sources give no total/)).toBeTruthy();
  });

  it('has a play/pause button that says what it will do', async () => {
    const onTogglePlay = vi.fn();
    const { rerender } = render(LegendHarness, { model, playing: true, onTogglePlay });
    const button = screen.getByRole('button', { name: 'Pause the flow animation' });
    await fireEvent.click(button);
    expect(onTogglePlay).toHaveBeenCalledOnce();
    await rerender({ model, playing: false, onTogglePlay });
    expect(screen.getByRole('button', { name: 'Play the flow animation' })).toBeTruthy();
  });
});
