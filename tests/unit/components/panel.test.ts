// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within, fireEvent } from '@testing-library/svelte';
import CountryPanel from '../../../src/ui/panels/CountryPanel.svelte';
import CorridorPanel from '../../../src/ui/panels/CorridorPanel.svelte';
import { profile } from '../../../src/lib/queries/index.ts';
import { flowViews } from '../../../src/lib/queries/flows.ts';
import { corridor } from '../../../src/lib/queries/corridors.ts';
import { stockSeries } from '../../../src/lib/queries/series.ts';
import { context, renderInApp } from './context.ts';

afterEach(cleanup);

function panel(iso3: string, handlers: { onClose?: () => void; onSelect?: (iso3: string) => void } = {}) {
  const all = flowViews(context.model);
  // As the controller lists them: every labour split, the UN's stock of its latest year.
  const flows = all.filter((f) => f.basis === 'labour_migrants' || f.year === 2019);
  return renderInApp(CountryPanel, {
    profile: profile(context.model, iso3)!,
    flowsOut: flows.filter((f) => f.origin_iso3 === iso3),
    flowsIn: flows.filter((f) => f.destination_iso3 === iso3),
    series: stockSeries(all, iso3),
    onClose: handlers.onClose ?? (() => {}),
    onSelect: handlers.onSelect ?? (() => {}),
  });
}

describe('CountryPanel', () => {
  it('names the country and lists its organisations with year and source', () => {
    panel('UZB');
    expect(screen.getByRole('heading', { level: 2, name: 'Uzbekistan' })).toBeTruthy();
    const b = screen.getByText('Fixture Commonwealth B').closest('li')!;
    expect(b.textContent).toContain('member');
    expect(b.textContent).toContain('since 1991');
    expect(within(b as HTMLElement).getAllByRole('button', { name: /^Source:/ }).length).toBeGreaterThan(0);
  });

  it('shows every year’s flows, each year’s shares in a table of its own that says its period and source', () => {
    panel('UZB');
    const tables = screen.getAllByRole('table');
    expect(tables.map((t) => t.querySelector('caption')!.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Share of its labour migrants · first three months of 2023 Paper A 2024',
      'Share of its labour migrants · first three months of 2022 Paper A 2024',
      'Share of those born here living abroad · mid-2019 Stock S 2019 shares computed from the numbers published',
      'People born abroad living here, by country of birth · mid-2019 Stock S 2019',
    ]);
    const rows = (i: number) =>
      within(tables[i]!)
        .getAllByRole('row')
        .map((r) => r.textContent);
    expect(rows(1)).toEqual(['Russia72.4%', 'Kazakhstan12.1%', 'Turkey6.3%']);
    // The stock: shares of everyone born here living abroad (everywhere else included); those living here as numbers.
    expect(rows(2)).toEqual(['Russia72.4%', 'Kazakhstan19.7%', 'Germany0%', 'Elsewhere7.9%']); // the rest last, whatever its size
    expect(rows(3)).toEqual(['Russia700,000', 'Elsewhere55,000']);
  });

  it('draws its largest corridors in the UN’s stock over time, each a link to the other country', async () => {
    const onSelect = vi.fn();
    panel('UZB', { onSelect });
    const series = within(screen.getByTestId('stock-series'));
    expect(series.getAllByRole('img').map((i) => i.getAttribute('aria-label'))).toEqual([
      'Born here, living in Russia: 900,000 in 2010, 1.1 million in 2019',
      'Born here, living in Kazakhstan: 250,000 in 2010, 300,000 in 2019',
      'Born here, living in Germany: 50,000 in 2010, 0 in 2019',
    ]);
    await fireEvent.click(series.getByRole('button', { name: 'Born here, living in Russia' }));
    expect(onSelect).toHaveBeenCalledWith('RUS');
  });

  it('of a country kept for its migrants alone, says no records are kept instead of showing none', () => {
    panel('DEU');
    expect(screen.getByTestId('records-not-kept').textContent).toContain('Germany is in this dataset for its migrants alone');
    expect(screen.queryByText(context.i18n.m.noMemberships)).toBeNull();
    expect(screen.queryByRole('heading', { name: context.i18n.m.instruments })).toBeNull();
    expect(within(screen.getByTestId('stock-series')).getAllByRole('img')).toHaveLength(1); // born in Uzbekistan, living here
  });

  it('shows a paper’s contrary claim under the depositary record, marked disputed', () => {
    panel('UZB');
    const line = screen.getByText('Treaty A').closest('li')!;
    // The record has not been read in a copy yet, and the panel says so without opening the chip.
    expect(within(line as HTMLElement).getByRole('button', { name: 'Source: Depositary D (unchecked)' })).toBeTruthy();
    expect(line.textContent).toContain('unchecked');
    const claim = within(line as HTMLElement).getByTestId('disputed-claim');
    expect(claim.textContent).toContain('disputed');
    expect(claim.textContent).toContain('Paper B 2023 says: party');
  });

  it('shows no dispute where the papers agree with the record, and says when it was ratified', () => {
    panel('UZB');
    const line = screen.getByText('Treaty B').closest('li')!;
    expect(within(line as HTMLElement).queryByTestId('disputed-claim')).toBeNull();
    expect(within(line as HTMLElement).getByRole('button', { name: 'Source: Press C 2024' })).toBeTruthy();
    expect(line.textContent).toContain('ratified 9 Dec 2003');
  });

  it('prints a figure’s caveat under it, not only inside the citation chip', () => {
    panel('KGZ');
    const remittances = screen.getAllByTestId('figure').find((f) => f.dataset.indicator === 'remittances_pct_gdp')!;
    const tableRow = within(remittances).getByText('30% of GDP').closest('li')!;
    expect(tableRow.textContent).toContain('the text of the same paper gives 29');
    expect(remittances.textContent).toContain('Sources disagree');
  });

  it('opens a citation inline and closes it again', async () => {
    panel('KGZ');
    const chip = screen.getAllByRole('button', { name: 'Source: Paper B 2023' })[0]!;
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('citation').textContent).toContain('Locator: Fixture: Table 1, row Kyrgyzstan');
    await fireEvent.click(chip);
    expect(screen.queryByTestId('citation')).toBeNull();
  });

  it('reports the close button and a flow’s country link', async () => {
    const onClose = vi.fn();
    const onSelect = vi.fn();
    panel('RUS', { onClose, onSelect });
    await fireEvent.click(screen.getByRole('button', { name: 'Close the panel and return to the overview' }));
    expect(onClose).toHaveBeenCalledOnce();
    await fireEvent.click(screen.getAllByRole('button', { name: 'Uzbekistan' })[0]!);
    expect(onSelect).toHaveBeenCalledWith('UZB');
  });
});

describe('a source chip and Esc', () => {
  it('folds the open citation first and keeps the panel open', async () => {
    const onClose = vi.fn();
    const keys = vi.fn();
    window.addEventListener('keydown', keys); // where App listens for Esc to close the panel
    panel('UZB', { onClose });
    const chip = screen.getAllByRole('button', { name: /^Source: Depositary D/ })[0]!;
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

describe('CorridorPanel', () => {
  const open = (a: string, b: string) =>
    renderInApp(CorridorPanel, { corridor: corridor(context.model, a, b)!, onClose: () => {}, onSelect: () => {} });

  it('lists every labour split and the UN’s stock of its latest year, with both directions over time', () => {
    open('UZB', 'RUS');
    const flows = screen.getAllByTestId('corridor-flow').map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(flows).toHaveLength(4);
    expect(flows[2]).toContain('mid-2019');
    expect(
      within(screen.getByTestId('stock-series'))
        .getAllByRole('img')
        .map((i) => i.getAttribute('aria-label')),
    ).toEqual([
      'Born in Uzbekistan, living in Russia: 900,000 in 2010, 1.1 million in 2019',
      'Born in Russia, living in Uzbekistan: 800,000 in 2010, 700,000 in 2019',
    ]);
    expect(screen.getByRole('heading', { name: context.i18n.m.corridor.memberships })).toBeTruthy();
  });

  it('with a country kept for its migrants alone, says so instead of "no shared organisations"', () => {
    open('UZB', 'DEU');
    expect(screen.getByTestId('records-not-kept').textContent).toContain('Germany');
    expect(screen.queryByText(context.i18n.m.corridor.noMemberships)).toBeNull();
    expect(screen.queryByRole('heading', { name: context.i18n.m.corridor.memberships })).toBeNull();
  });
});
