// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tick } from 'svelte';
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

/** A country panel's section, after choosing its tab. */
async function openTab(name: string) {
  await fireEvent.click(screen.getByRole('tab', { name }));
  return within(screen.getByRole('tabpanel'));
}

describe('CountryPanel', () => {
  it('opens on what binds the country, before any section: organisations, agreements by partner, every instrument’s status', () => {
    panel('UZB');
    expect(screen.getByRole('heading', { level: 2, name: 'Uzbekistan' })).toBeTruthy();
    const glance = screen.getByTestId('at-a-glance');
    expect(glance.textContent).toContain('Member of Commonwealth B; observer in Union A.');
    expect(screen.getByTestId('glance-agreements').textContent!.replace(/\s+/g, ' ')).toContain(
      'Agreements by partner: Kazakhstan (2) · Russia (1) and 1 with an organisation or a group of countries',
    );
    const chips = within(glance).getAllByRole('link', { name: /: / });
    expect(chips.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Treaty B: party',
      'Treaty A disputed: not party; a paper says otherwise',
      'Convention C disputed: not party; a paper says otherwise',
      'Compact D: voted in favour',
    ]);
    // The glance comes first in the panel, the sections after it.
    const body = glance.parentElement!;
    expect(body.firstElementChild).toBe(glance);
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Organisations',
      'Agreements',
      'Treaties',
      'Flows',
      'Figures',
      'Laws, events',
    ]);
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Organisations');
  });

  it('lists its organisations with year and source, those that bind first', () => {
    panel('UZB');
    const section = within(screen.getByRole('tabpanel'));
    const b = section.getByTitle('Fixture Commonwealth B').closest('li')!;
    expect(b.textContent).toContain('member');
    expect(b.textContent).toContain('since 1991');
    expect(within(b as HTMLElement).getAllByRole('button', { name: /^Source:/ }).length).toBeGreaterThan(0);
    expect(section.getAllByRole('listitem').map((li) => li.querySelector('abbr')?.textContent)).toEqual([
      'Commonwealth B',
      'Union A',
      'Organisation C',
    ]);
  });

  it('moves between sections with the arrow keys, Home and End, focus following', async () => {
    panel('UZB');
    const first = screen.getByRole('tab', { name: 'Organisations' });
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowRight' });
    const agreements = screen.getByRole('tab', { name: 'Agreements' });
    expect(agreements.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(agreements);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(agreements.id);
    await fireEvent.keyDown(agreements, { key: 'End' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Laws, events');
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' }); // wraps round
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Organisations');
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Laws, events');
    // Only the chosen tab is in the tab order.
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([-1, -1, -1, -1, -1, 0]);
  });

  it('a glance chip opens the treaty table at its row; a partner opens its agreements', async () => {
    panel('UZB');
    await fireEvent.click(screen.getByRole('link', { name: /^Convention C disputed: not party/ }));
    await tick();
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Treaties');
    expect((document.activeElement as HTMLElement).dataset.instrument).toBe('convention-c');
    await fireEvent.click(screen.getByRole('link', { name: 'Kazakhstan (2)' }));
    await tick();
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Agreements');
    expect(document.activeElement!.textContent).toBe('Kazakhstan · 2');
  });

  it('groups its agreements by partner, one line each opening to provisions and source', async () => {
    panel('UZB');
    const section = await openTab('Agreements');
    expect(section.getAllByTestId('agreement-group').map((h) => h.textContent)).toEqual(['Kazakhstan · 2', 'Russia · 1', 'Union A · 1']);
    const rus = section.getAllByTestId('agreement').find((li) => li.textContent!.includes('(Uzbekistan–Russia)'))!;
    const details = rus.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(rus.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      '2017 Fixture bilateral labour migration agreement (Uzbekistan–Russia)',
    );
    expect(within(details).getByText('Organised recruitment, social protection', { exact: false })).toBeTruthy();
    expect(within(details).getByRole('button', { name: 'Source: Paper B 2023', hidden: true })).toBeTruthy();
    expect(section.getByRole('heading', { name: context.i18n.m.frameworks })).toBeTruthy();
  });

  it('shows every year’s flows, each year’s shares in a table of its own that says its period and source', async () => {
    panel('UZB');
    const section = await openTab('Flows');
    const tables = section.getAllByRole('table');
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
    await openTab('Flows');
    const series = within(screen.getByTestId('stock-series'));
    expect(series.getAllByRole('img').map((i) => i.getAttribute('aria-label'))).toEqual([
      'Born here, living in Russia: 900,000 in 2010, 1.1 million in 2019',
      'Born here, living in Kazakhstan: 250,000 in 2010, 300,000 in 2019',
      'Born here, living in Germany: 50,000 in 2010, 0 in 2019',
    ]);
    await fireEvent.click(series.getByRole('button', { name: 'Born here, living in Russia' }));
    expect(onSelect).toHaveBeenCalledWith('RUS');
  });

  it('of a country kept for its migrants alone, says no records are kept instead of showing none', async () => {
    panel('DEU');
    expect(screen.getByTestId('records-not-kept').textContent).toContain('Germany is in this dataset for its migrants alone');
    expect(screen.queryByText(context.i18n.m.noMemberships)).toBeNull();
    expect(screen.queryByTestId('at-a-glance')).toBeNull();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Flows']);
    expect(within(screen.getByTestId('stock-series')).getAllByRole('img')).toHaveLength(1); // born in Uzbekistan, living here
  });

  it('reads the treaties as a status table: the depositary’s record, and a paper’s contrary claim as one line', async () => {
    panel('UZB');
    const section = await openTab('Treaties');
    const row = section.getByRole('row', { name: /Treaty A/ });
    // The record has not been read in a copy yet, and the panel says so without opening the chip.
    expect(within(row).getByRole('button', { name: 'Source: Depositary D (unchecked)' })).toBeTruthy();
    expect(row.textContent).toContain('unchecked');
    expect(row.textContent).toContain('not party');
    // Opening the chip says why it is unchecked (issue 16: unchecked_reason not_reached).
    await fireEvent.click(within(row).getByRole('button', { name: 'Source: Depositary D (unchecked)' }));
    expect(within(row).getByTestId('unchecked-reason').textContent).toBe(context.i18n.m.uncheckedReason.not_reached);
    const claim = within(row).getByTestId('disputed-claim');
    expect(claim.textContent).toContain('disputed');
    expect(claim.textContent).toContain('Paper B 2023 says: party');
    // The compact's vote is a row group of its own.
    expect(section.getByRole('rowheader', { name: context.i18n.m.treatyTable.compactGroup })).toBeTruthy();
    expect(section.getByRole('row', { name: /Compact D/ }).textContent).toContain('voted in favour');
  });

  it('keeps a disputed claim’s note behind a disclosure below the table, and its line opens it', async () => {
    panel('UZB');
    const section = await openTab('Treaties');
    const notes = section.getAllByTestId('disputed-note');
    expect(notes.map((n) => n.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'disputed Paper B 2023 says party: Treaty A',
      'disputed Paper B 2023 says party: Convention C',
    ]);
    const details = notes[0]!.querySelector('details')!;
    expect(details.open).toBe(false);
    const row = section.getByRole('row', { name: /Treaty A/ });
    await fireEvent.click(within(row).getByRole('button', { name: 'Why: read the note on Paper B 2023’s claim' }));
    await tick();
    expect(details.open).toBe(true);
    expect(details.textContent).toContain("a paper's claim that contradicts the record");
    await vi.waitFor(() => expect(document.activeElement).toBe(notes[0]));
  });

  it('shows no dispute where the papers agree with the record, and says when it was ratified', async () => {
    panel('UZB');
    const section = await openTab('Treaties');
    const row = section.getByRole('row', { name: /Treaty B/ });
    expect(within(row).queryByTestId('disputed-claim')).toBeNull();
    expect(within(row).getByRole('button', { name: 'Source: Press C 2024' })).toBeTruthy();
    expect(row.textContent).toContain('ratified 9 Dec 2003');
    expect(row.textContent).toContain('signed 13 Dec 2000');
  });

  it('prints a figure’s caveat under it, and draws disagreeing values as dots on one axis', async () => {
    panel('KGZ');
    await openTab('Figures');
    const remittances = screen.getAllByTestId('figure').find((f) => f.dataset.indicator === 'remittances_pct_gdp')!;
    const tableRow = within(within(remittances).getByTestId('figure-values')).getByText('30% of GDP').closest('li')!;
    expect(tableRow.textContent).toContain('the text of the same paper gives 29');
    expect(remittances.textContent).toContain('Sources disagree');
    expect(within(remittances).getByRole('img').getAttribute('aria-label')).toBe(
      'Values the sources give, on one axis: 31% of GDP, Press C 2024 (2023), 30% of GDP, Paper B 2023 (2022) and 29% of GDP, Paper B 2023 (year not stated)',
    );
  });

  it('marks a disputed law on its line, its note once below the list naming the laws it concerns', async () => {
    panel('UZB');
    const section = await openTab('Laws, events');
    const law = section.getByText('Fixture law on migration').closest('li')!;
    expect(within(law as HTMLElement).getByTestId('disputed-claim').textContent).toContain('disputed');
    expect(law.textContent).not.toContain('no other source knows');
    const notes = section.getAllByTestId('disputed-note');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.querySelector('summary')!.textContent).toContain('Paper B 2023 on Fixture law on migration');
    expect(notes[0]!.textContent).toContain('a law the paper names and no other source knows');
  });

  it('opens a citation inline and closes it again', async () => {
    panel('KGZ');
    await openTab('Figures');
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
    await openTab('Flows');
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
    await openTab('Treaties');
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

  it('groups the agreements naming both as a country’s panel does, one line each', async () => {
    open('UZB', 'KAZ');
    expect(screen.getAllByTestId('agreement-group').map((h) => h.textContent)).toEqual(['Between the two alone · 2']);
    const lines = screen.getAllByTestId('agreement').map((li) => li.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines).toEqual([
      '15 Jan 2026 (year inferred) Fixture action plan on labour migration (Uzbekistan–Kazakhstan)',
      '2019 reported Fixture bilateral labour migration agreement (Uzbekistan–Kazakhstan)',
    ]);
    // A paper's agreement no other source confirms is marked reported (issue 16), on its line and inside it.
    const reported = screen.getAllByTestId('reported-tag');
    expect(reported).toHaveLength(1);
    expect(reported[0]!.getAttribute('title')).toBe(context.i18n.m.reportedLong);
    expect(screen.getByTestId('reported-note').textContent).toBe(context.i18n.m.reportedLong);
  });

  it('with a country kept for its migrants alone, says so instead of "no shared organisations"', () => {
    open('UZB', 'DEU');
    expect(screen.getByTestId('records-not-kept').textContent).toContain('Germany');
    expect(screen.queryByText(context.i18n.m.corridor.noMemberships)).toBeNull();
    expect(screen.queryByRole('heading', { name: context.i18n.m.corridor.memberships })).toBeNull();
  });
});
