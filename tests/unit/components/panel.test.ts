// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within, fireEvent } from '@testing-library/svelte';
import PanelHarness from './PanelHarness.svelte';
import { createModel } from '../../../src/lib/queries/index.ts';
import { realDataset } from '../helpers.ts';

const model = createModel(realDataset());
afterEach(cleanup);

describe('CountryPanel', () => {
  it('names the country and lists its organisations with year and source', () => {
    render(PanelHarness, { model, iso3: 'UZB' });
    expect(screen.getByRole('heading', { level: 2, name: 'Uzbekistan' })).toBeTruthy();
    const cis = screen.getByText('Commonwealth of Independent States').closest('li')!;
    expect(cis.textContent).toContain('member');
    expect(cis.textContent).toContain('since 1991');
    expect(within(cis as HTMLElement).getAllByRole('button', { name: /^Source:/ }).length).toBeGreaterThan(0);
  });

  it('shows a paper’s contrary claim under the depositary record, marked disputed', () => {
    render(PanelHarness, { model, iso3: 'UZB' });
    const line = screen.getByText('1951 Refugee Convention').closest('li')!;
    // The record has not been read in a copy yet, and the panel says so without opening the chip.
    expect(within(line as HTMLElement).getByRole('button', { name: 'Source: UN Treaty Collection (unchecked)' })).toBeTruthy();
    expect(line.textContent).toContain('unchecked');
    const claim = within(line as HTMLElement).getByTestId('disputed-claim');
    expect(claim.textContent).toContain('disputed');
    expect(claim.textContent).toContain('Asadov 2024 says: party');
  });

  it('shows no dispute where the papers agree with the record', () => {
    render(PanelHarness, { model, iso3: 'UZB' });
    const line = screen.getByText('UNTOC (Palermo Convention)').closest('li')!;
    expect(within(line as HTMLElement).queryByTestId('disputed-claim')).toBeNull();
    expect(within(line as HTMLElement).getByRole('button', { name: 'Source: Xolmirzayeva 2025' })).toBeTruthy();
  });

  it('prints a figure’s caveat under it, not only inside the citation chip', () => {
    render(PanelHarness, { model, iso3: 'TJK' });
    const remittances = screen.getAllByTestId('figure').find((f) => f.dataset.indicator === 'remittances_pct_gdp')!;
    const tableRow = within(remittances).getByText('29% of GDP').closest('li')!;
    expect(tableRow.textContent).toContain('illustrative table and gives no source');
  });

  it('opens a citation inline and closes it again', async () => {
    render(PanelHarness, { model, iso3: 'KGZ' });
    const chip = screen.getAllByRole('button', { name: 'Source: Kamilov 2025' })[0]!;
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('citation').textContent).toContain('Locator:');
    await fireEvent.click(chip);
    expect(screen.queryByTestId('citation')).toBeNull();
  });

  it('reports the close button and a flow’s country link', async () => {
    const onClose = vi.fn();
    const onSelect = vi.fn();
    render(PanelHarness, { model, iso3: 'KGZ', onClose, onSelect });
    await fireEvent.click(screen.getByRole('button', { name: 'Close the panel and return to the overview' }));
    expect(onClose).toHaveBeenCalledOnce();
    await fireEvent.click(screen.getByRole('button', { name: 'Uzbekistan' }));
    expect(onSelect).toHaveBeenCalledWith('UZB');
  });
});

describe('a source chip and Esc', () => {
  it('folds the open citation first and keeps the panel open', async () => {
    const onClose = vi.fn();
    const keys = vi.fn();
    window.addEventListener('keydown', keys); // where App listens for Esc to close the panel
    render(PanelHarness, { model, iso3: 'UZB', onClose });
    const chip = screen.getAllByRole('button', { name: /^Source: UN Treaty Collection/ })[0]!;
    await fireEvent.click(chip);
    expect(screen.getByTestId('citation')).toBeTruthy();
    await fireEvent.keyDown(chip, { key: 'Escape' });
    expect(screen.queryByTestId('citation')).toBeNull();
    expect(document.activeElement).toBe(chip);
    expect(keys).not.toHaveBeenCalled();
    // With nothing open, Esc goes on to the window (and App closes the panel).
    await fireEvent.keyDown(chip, { key: 'Escape' });
    expect(keys).toHaveBeenCalledTimes(1);
    window.removeEventListener('keydown', keys);
  });
});
