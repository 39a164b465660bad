// @vitest-environment jsdom
/**
 * The controller on the two-year fixture: every row keeps its identity through the lists, the arcs, the
 * tooltips, the country and corridor panels and the slide; the scene's parts keep their references until
 * their own inputs change (a renderer skips what did not change).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import topology from '../../src/lib/geo/region.topo.json';
import { loadAll } from '../../src/lib/data/load.ts';
import { Controller } from '../../src/app/controller.svelte.ts';
import { flowsSlideLegend } from '../../src/app/slide.ts';
import { readFixture } from './helpers.ts';

beforeAll(() => {
  window.matchMedia = ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as never;
});
afterEach(() => history.replaceState(null, '', '/'));

const { dataset, story } = loadAll(readFixture);
const make = () => new Controller({ dataset, story, topology: topology as unknown as Topology });
const flowId = (c: Controller, year: number, destination: string) => c.flows.find((f) => f.year === year && f.destination_iso3 === destination)?.id;

describe('the controller, with flows in two years', () => {
  it('shows the latest year by default, and another year when asked, each with every row of its own', () => {
    const c = make();
    expect(c.year).toBe(2023);
    expect(c.scene.flows.map((f) => f.id)).toEqual(c.flows.map((f) => f.id));
    expect(c.flows.map((f) => [f.destination_iso3, f.year, f.share_pct])).toEqual([
      ['RUS', 2023, 61.5],
      ['KAZ', 2023, 24.5],
      ['TUR', 2023, 10],
    ]);
    c.view.update({ year: 2022 });
    expect(c.flows.map((f) => [f.destination_iso3, f.year, f.share_pct])).toEqual([
      ['RUS', 2022, 72.4],
      ['KAZ', 2022, 12.1],
      ['TUR', 2022, 6.3],
    ]);
    expect(new Set(c.scene.flows.map((f) => f.id)).size).toBe(3);
    expect(c.flowsLegend.split[0]!.flows.map((f) => f.value)).toEqual(['72.4%', '12.1%', '6.3%']);
    expect(flowsSlideLegend(c.flowsLegend, c.i18n).subtitle).toBe('first three months of 2022 · Paper A 2024');
    expect(new URLSearchParams(location.search).get('year')).toBe('2022');
  });

  it('draws one arc per direction: a year’s flows reuse the other year’s geometry', () => {
    const c = make();
    const arcs2023 = new Map(c.scene.flows.map((f) => [f.destination, f.path]));
    c.view.update({ year: 2022 });
    for (const f of c.scene.flows) expect(f.path).toBe(arcs2023.get(f.destination));
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
    expect(c.selectedFlows.out.map((f) => f.year).sort()).toEqual([2022, 2022, 2022, 2023, 2023, 2023]);
    expect(new Set(c.selectedFlows.out.map((f) => f.id)).size).toBe(6);
    c.view.update({ year: 2022 });
    c.selectFlow(flowId(c, 2022, 'RUS')!);
    expect(c.view.corridor).toBe('UZB-RUS');
    expect(c.corridor!.flows.map((f) => [f.year, f.share_pct])).toEqual([
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
    expect(c.scene.choropleth?.colors.RUS).toBe(c.theme.standings.party);
    expect(c.scene.choropleth?.outlined).toEqual(['UZB']);
    expect(c.scene.labels.every((l) => l.detail === undefined)).toBe(true);
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
