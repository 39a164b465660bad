// @vitest-environment jsdom
/**
 * The controller on the two-year fixture: every row keeps its identity through the lists, the arcs, the
 * tooltips, the country and corridor panels and the slide; the scene's parts keep their references until
 * their own inputs change (a renderer skips what did not change).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Topology } from 'topojson-specification';
import topology from '../../src/lib/geo/region.topo.json';
import { loadAll } from '../../src/lib/data/load.ts';
import { Controller, STATUS_YEAR_STEP_MS, YEAR_STEP_MS } from '../../src/app/controller.svelte.ts';
import { flowsSlideLegend } from '../../src/app/slide.ts';
import { openingBounds } from '../../src/app/scene.ts';
import { standingColor } from '../../src/lib/theme/index.ts';
import { readFixture } from './helpers.ts';

beforeAll(() => {
  window.matchMedia = ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as never;
});
afterEach(() => history.replaceState(null, '', '/'));

const { dataset, story } = loadAll(readFixture);
const make = () => new Controller({ dataset, story, topology: topology as unknown as Topology });
const flowId = (c: Controller, year: number, destination: string, origin = 'UZB') =>
  c.flows.all.find((f) => f.year === year && f.destination_iso3 === destination && f.origin_iso3 === origin)?.id;
/** The lines the map draws (width above 0), as "origin>destination". */
const drawn = (c: Controller) => c.scene.flows.filter((f) => f.widthPx > 0).map((f) => `${f.origin}>${f.destination}`);

describe('the controller, with flows in two years', () => {
  it('opens on labour migrants, each origin’s latest split; another year when asked, each with every row of its own', () => {
    const c = make();
    expect([c.flows.basis, c.view.current.year]).toEqual(['labour_migrants', null]);
    expect(c.flows.shown.map((f) => `${f.origin_iso3}>${f.destination_iso3} ${f.year}`)).toEqual([
      'KAZ>RUS 2025',
      'UZB>RUS 2023',
      'UZB>KAZ 2023',
      'KAZ>ZZZ 2025',
      'UZB>TUR 2023',
    ]);
    expect(drawn(c)).toEqual(['KAZ>RUS', 'UZB>RUS', 'UZB>KAZ', 'UZB>TUR']);
    expect(c.flows.legend.split.map((s) => [s.origin.country.iso3, s.period])).toEqual([
      ['UZB', 'first three months of 2023'],
      ['KAZ', 'first nine months of 2025'],
    ]);
    c.setYear(2022);
    expect(c.flows.shown.map((f) => [f.destination_iso3, f.year, f.share_pct])).toEqual([
      ['RUS', 2022, 72.4],
      ['KAZ', 2022, 12.1],
      ['TUR', 2022, 6.3],
    ]);
    // The same lines, Kazakhstan's without a row in 2022: width 0.
    expect(c.scene.flows.map((f) => `${f.origin}>${f.destination}`)).toEqual(['KAZ>RUS', 'UZB>RUS', 'UZB>KAZ', 'UZB>TUR']);
    expect(drawn(c)).toEqual(['UZB>RUS', 'UZB>KAZ', 'UZB>TUR']);
    expect(c.flows.legend.split[0]!.flows.map((f) => f.value)).toEqual(['72.4%', '12.1%', '6.3%']);
    expect(flowsSlideLegend(c.flows.legend, c.i18n).subtitle).toBe('first three months of 2022 · Paper A 2024');
    expect(new URLSearchParams(location.search).get('year')).toBe('2022');
    c.setYear(null);
    expect(new URLSearchParams(location.search).has('year')).toBe(false);
  });

  it('switches to the UN’s stock: its own years, lines, scale and legend, no totals of labour migrants', () => {
    const c = make();
    c.setYear(2022);
    c.setBasis('born_in_origin');
    expect([c.flows.basis, c.view.current.year, c.flows.years]).toEqual(['born_in_origin', null, [2010, 2019]]);
    expect(drawn(c)).toEqual(['UZB>RUS', 'UZB>KAZ']); // Germany's 0 in 2019 is not drawn; Russia to Uzbekistan is not from the five
    expect(c.scene.marks).toEqual([]);
    expect(c.flows.legend.title).toBe(c.i18n.m.flows.basisTitle.born_in_origin);
    expect(c.flows.legend.split[0]!.computed).toBe(true);
    expect(c.flows.legend.split[0]!.flows.at(-1)!.place).toBe(c.i18n.m.elsewhere);
    c.setYear(2010);
    expect(drawn(c)).toEqual(['UZB>RUS', 'UZB>KAZ', 'UZB>DEU']);
    expect(Object.fromEntries(new URLSearchParams(location.search))).toMatchObject({ basis: 'born_in_origin', year: '2010' });
  });

  it('shows one origin alone, and every origin again', () => {
    const c = make();
    c.setOrigin('KAZ');
    expect(drawn(c)).toEqual(['KAZ>RUS']);
    expect(c.scene.flows).toHaveLength(4); // the other lines kept, at width 0
    expect(c.scene.marks).toEqual([]); // Kyrgyzstan's and Tajikistan's totals are not Kazakhstan's
    expect(c.flows.legend.origins.filter((o) => o.chosen).map((o) => o.iso3)).toEqual(['KAZ']);
    expect(c.flows.legend.split.map((s) => s.origin.country.iso3)).toEqual(['KAZ']);
    expect(new URLSearchParams(location.search).get('origin')).toBe('KAZ');
    c.setOrigin(null);
    expect(c.scene.marks.map((mk) => mk.id).sort()).toEqual(['KGZ', 'TJK']);
  });

  it('restores basis, year and origin from a link', () => {
    history.replaceState(null, '', '/?basis=born_in_origin&year=2010&origin=uzb');
    const c = make();
    expect([c.flows.basis, c.view.current.year, c.view.current.origin]).toEqual(['born_in_origin', 2010, 'UZB']);
    expect(drawn(c)).toEqual(['UZB>RUS', 'UZB>KAZ', 'UZB>DEU']);
    history.replaceState(null, '', '/?basis=stock&origin=XYZ&year=abc');
    const d = make();
    expect([d.flows.basis, d.view.current.year, d.view.current.origin]).toEqual(['labour_migrants', null, null]);
  });

  it('plays the basis’s years from the first to the last, and stops', () => {
    vi.useFakeTimers();
    try {
      const c = make();
      c.setBasis('born_in_origin');
      c.playYears();
      expect([c.yearsPlaying, c.view.current.year]).toEqual([true, 2010]);
      vi.advanceTimersByTime(YEAR_STEP_MS);
      expect(c.view.current.year).toBe(2019);
      vi.advanceTimersByTime(YEAR_STEP_MS);
      expect([c.yearsPlaying, c.view.current.year]).toEqual([false, 2019]);
      c.playYears(); // from the last year: again from the first
      expect(c.view.current.year).toBe(2010);
      c.playYears(); // again: stops
      vi.advanceTimersByTime(3 * YEAR_STEP_MS);
      expect([c.yearsPlaying, c.view.current.year]).toEqual([false, 2010]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('plays a status map’s years from its founding to now, colours changing, and stops at now; none for a one-off vote', () => {
    vi.useFakeTimers();
    try {
      const c = make();
      const thisYear = new Date().getFullYear();
      c.setMapMode({ instrument: null, org: 'union-a', year: null });
      expect(c.statusTimeline).toEqual({ first: 2015, now: thisYear, value: thisYear });
      c.playStatusYears();
      expect([c.yearsPlaying, c.view.current.year]).toEqual([true, 2015]);
      const uzb2015 = c.scene.choropleth?.colors.UZB;
      vi.advanceTimersByTime(5 * STATUS_YEAR_STEP_MS);
      expect(c.view.current.year).toBe(2020);
      expect(c.scene.choropleth?.colors.UZB).not.toBe(uzb2015); // an observer from December 2020
      vi.advanceTimersByTime((thisYear - 2020) * STATUS_YEAR_STEP_MS);
      expect([c.yearsPlaying, c.view.current.year]).toEqual([false, null]);
      c.playStatusYears();
      expect(c.view.current.year).toBe(2015);
      // Another map stops the years; one with no time control (one vote) drops the year it would have kept.
      c.setMapMode({ instrument: 'compact-d', org: null, year: c.view.current.year });
      expect([c.yearsPlaying, c.view.current.year]).toEqual([false, null]);
      expect(c.statusTimeline).toBeNull();
      c.setMapMode({ instrument: 'treaty-a', org: null, year: 2001 });
      expect(c.view.current.year).toBe(2001);
    } finally {
      vi.useRealTimers();
    }
  });

  it('draws one arc per direction: a year’s flows reuse the other year’s geometry', () => {
    const c = make();
    const key = (f: { origin: string; destination: string }) => `${f.origin}>${f.destination}`;
    const arcs = new Map(c.scene.flows.map((f) => [key(f), f.path]));
    c.view.update({ year: 2022 });
    for (const f of c.scene.flows) expect(f.path).toBe(arcs.get(key(f)));
  });

  it('says in the tooltip what the row under the pointer says, whatever its year', () => {
    const c = make();
    c.view.update({ year: 2022 });
    const russia2022 = flowId(c, 2022, 'RUS')!;
    c.hoverMap({ kind: 'flow', id: russia2022, x: 10, y: 10 });
    expect(c.tooltip?.subject).toMatchObject({ kind: 'flow', flow: { year: 2022, share_pct: 72.4 } });
    c.hoverMap({ kind: 'mark', id: 'KGZ', x: 10, y: 10 });
    expect(c.tooltip?.subject).toMatchObject({ kind: 'mark', origin: { country: { iso3: 'KGZ' } } });
  });

  it('highlights the pointer’s flow, and the list’s again once the pointer leaves', () => {
    const c = make();
    const [rus, kaz] = [flowId(c, 2023, 'RUS')!, flowId(c, 2023, 'KAZ')!];
    const box = { left: 1000, top: 300, right: 1280, bottom: 320, width: 280, height: 20 };
    c.focusListFlow(kaz, box);
    expect(c.scene.highlight).toBe(kaz);
    c.hoverMap({ kind: 'flow', id: rus, x: 10, y: 10 });
    expect(c.scene.highlight).toBe(rus);
    c.hoverMap(null);
    expect(c.scene.highlight).toBe(kaz);
    expect(c.tooltip?.anchor).toEqual({ kind: 'beside', box });
  });

  it('keeps the scene’s parts while only the highlight changes (the renderer redraws nothing else)', () => {
    const c = make();
    const before = c.scene;
    c.hoverMap({ kind: 'flow', id: flowId(c, 2023, 'RUS')!, x: 1, y: 1 });
    const after = c.scene;
    expect(after).not.toBe(before);
    for (const k of ['flows', 'marks', 'labels', 'palette', 'choropleth', 'focus', 'emphasised'] as const) expect(after[k], k).toBe(before[k]);
  });

  it('keeps the whole scene while nothing it shows changed: the pointer moving along one flow, a camera report', () => {
    const c = make();
    const rus = flowId(c, 2023, 'RUS')!;
    c.hoverMap({ kind: 'flow', id: rus, x: 1, y: 1 });
    const scene = c.scene;
    c.hoverMap({ kind: 'flow', id: rus, x: 9, y: 7 });
    expect(c.scene).toBe(scene);
    c.noteCamera({ lng: 60, lat: 45, zoom: 3 });
    expect(c.scene).toBe(scene);
  });

  it('keeps the labels where they are when a status map changes its year (they follow the latest flows)', () => {
    const c = make();
    c.setMapMode({ instrument: 'treaty-a', org: null, year: null });
    const labels = c.scene.labels;
    c.setMapMode({ instrument: 'treaty-a', org: null, year: 2015 });
    expect(c.scene.labels).toBe(labels);
    expect(labels.find((l) => l.iso3 === 'RUS')!.at[0]!.placement).toBe('above'); // where the line to Moscow ends
  });

  it('lists every year in the country and corridor panels, and opens a flow’s corridor from any year', () => {
    const c = make();
    c.select('UZB');
    // Every labour split, and the stock of its latest year (its series are drawn beside).
    expect(c.selectedFlows.out.map((f) => `${f.basis} ${f.year}`).sort()).toEqual([
      ...Array(4).fill('born_in_origin 2019'),
      ...Array(3).fill('labour_migrants 2022'),
      ...Array(3).fill('labour_migrants 2023'),
    ]);
    expect(new Set(c.selectedFlows.out.map((f) => f.id)).size).toBe(10);
    expect(c.selectedFlows.in.map((f) => `${f.origin_iso3} ${f.year}`)).toEqual(['RUS 2019', 'ZZZ 2019']);
    expect(c.selectedSeries.map((s) => [s.destination, s.points.map((p) => p.value)])).toEqual([
      ['RUS', [900_000, 1_100_000]],
      ['KAZ', [250_000, 300_000]],
      ['DEU', [50_000, 0]],
    ]);
    c.view.update({ year: 2022 });
    c.selectFlow(flowId(c, 2022, 'RUS')!);
    expect(c.view.corridor).toBe('UZB-RUS');
    expect(c.corridor!.flows.filter((f) => f.basis === 'labour_migrants').map((f) => [f.year, f.share_pct])).toEqual([
      [2023, 61.5],
      [2022, 72.4],
    ]);
    expect(c.scene.focus).toEqual({ kind: 'corridor', a: 'UZB', b: 'RUS' });
  });

  it('gives way to a status map: no flows or marks, countries coloured, labels without values', () => {
    const c = make();
    c.setMapMode({ instrument: 'treaty-a', org: null, year: null });
    expect(c.scene.flows).toEqual([]);
    expect(c.scene.marks).toEqual([]);
    // The five in full colour; every other country a lighter tint of the same status colour.
    expect(c.scene.choropleth?.colors.RUS).toBe(standingColor(c.theme, 'party', false));
    expect(c.scene.choropleth?.colors.RUS).not.toBe(c.theme.standings.party);
    expect(c.scene.choropleth?.colors.KAZ).toBe(c.theme.standings.party);
    expect(c.scene.choropleth?.outlined).toEqual(['UZB']);
    expect(c.scene.labels.every((l) => l.detail === undefined)).toBe(true);
  });

  it('follows the system’s colour scheme, live, until the reader chooses; the link keeps the choice', () => {
    let listener: ((e: { matches: boolean }) => void) | null = null;
    const saved = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      matches: query.includes('dark'),
      media: query,
      addEventListener: (_: string, f: typeof listener) => query.includes('color-scheme') && (listener = f),
      removeEventListener() {},
    })) as never;
    try {
      const c = make();
      expect(c.themeName).toBe('dark');
      expect(c.scene.palette).toBe(c.theme.map);
      listener!({ matches: false }); // the system turns light at dusk's end
      expect(c.themeName).toBe('light');
      expect(new URLSearchParams(location.search).has('theme')).toBe(false); // following is not choosing
      c.toggleTheme();
      expect([c.themeName, new URLSearchParams(location.search).get('theme')]).toEqual(['dark', 'dark']);
      listener!({ matches: false });
      expect(c.themeName).toBe('dark'); // the reader's choice wins over the system's
      c.toggleTheme();
      expect([c.themeName, new URLSearchParams(location.search).get('theme')]).toEqual(['light', 'light']);
      c.view.update({ present: true, step: 1 });
      expect(c.themeName).toBe('contrast');
      c.view.update({ present: false, step: null });
      expect(c.themeName).toBe('light');
    } finally {
      window.matchMedia = saved;
    }
  });

  it('draws the projector’s theme while presenting', () => {
    const c = make();
    expect(c.scene.palette).toBe(c.theme.map);
    const light = c.scene.palette;
    c.view.update({ present: true, step: 1 });
    expect(c.themeName).toBe('contrast');
    expect(c.scene.palette).not.toBe(light);
  });
});

describe('the opening view', () => {
  it('frames the five and the drawn ends of the flows it opens on, never "elsewhere" or a country off the map', () => {
    const c = make();
    const [[west, south], [east, north]] = openingBounds(c.model, c.flows.opening, false);
    // Ankara to Astana and Moscow: the fixture's drawn destinations; ZZZ has no place (its anchor would be 0°, 0°).
    expect(c.flows.opening.some((f) => f.destination_iso3 === 'ZZZ')).toBe(true);
    expect(west).toBeGreaterThan(25);
    expect(south).toBeGreaterThan(30);
    expect([east, north].every(Number.isFinite)).toBe(true);
    history.replaceState(null, '', '/?basis=born_in_origin');
    expect(make().flows.opening.every((f) => f.basis === 'born_in_origin')).toBe(true);
  });
});
