/**
 * The flows' side of the controller: every flow of the dataset, and what the URL's basis, year, origin and
 * measure make of them: the flows shown, the origins' summaries, the legend's model and the map's lines, marks
 * and labels. The directions each basis draws are fixed, so a change of year or measure only changes widths.
 */
import { onMap, type Model } from '../lib/queries/index.ts';
import {
  BASES,
  countsDiffer,
  flowViews,
  flowYears,
  originSummaries,
  shownFlows,
  type Basis,
  type FlowView,
  type Measure,
  type OriginSummary,
} from '../lib/queries/flows.ts';
import { arcKey, directionKey, directionsOf, flowPaths, toMapFlows, totalMarks, type Direction } from '../lib/flows/map-flows.ts';
import { COUNT_AT_MAX_WIDTH } from '../lib/flows/scale.ts';
import type { LngLat, MapFlow, MapLabel, MapMark } from '../lib/map/types.ts';
import { originColor, type Theme } from '../lib/theme/index.ts';
import type { I18n } from '../lib/i18n/index.ts';
import type { ViewState } from './view-state.svelte.ts';
import { anchorOf, centralAsia, countryLabels } from './scene.ts';
import { flowsLegendModel, type FlowsLegendModel } from './legend.ts';

/** What the flows need from the rest of the controller, read when they derive (so they follow it). */
export type FlowsContext = { view: ViewState; i18n: () => I18n; theme: () => Theme; showing: () => boolean; labelPoints: Map<string, LngLat> };

export class Flows {
  /** Every flow of the dataset, every basis and year. */
  readonly all: FlowView[];
  readonly byId: Map<string, FlowView>;
  /** The flows the map opens on: each origin's latest of the basis (and origin) the link asks for; the view frames their ends. */
  readonly opening: FlowView[];
  private readonly paths: Map<string, LngLat[]>;
  private readonly directions: Record<Basis, Direction[]>;
  /** Where labels go for each basis: the latest flows' ends, so they stay put as the year changes. */
  private readonly placedBy: Record<Basis, FlowView[]>;

  constructor(model: Model, ctx: FlowsContext) {
    this.all = flowViews(model);
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built once, never changed
    this.byId = new Map(this.all.map((f) => [f.id, f]));
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built once, never changed
    const five = new Set(centralAsia(model));
    const drawable = (iso3: string) => onMap(model, iso3);
    this.directions = Object.fromEntries(BASES.map((b) => [b, directionsOf(this.all, b, five, drawable)])) as Record<Basis, Direction[]>;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built once, never changed
    const drawn = new Set(BASES.flatMap((b) => this.directions[b].map((d) => directionKey(d.origin, d.destination))));
    // Arcs are built once; switching the measure, the year or the basis only changes widths and which lines show.
    this.paths = flowPaths(
      this.all.filter((f) => drawn.has(arcKey(f))),
      anchorOf(model),
    );
    this.placedBy = Object.fromEntries(BASES.map((b) => [b, shownFlows(this.all, b, null)])) as Record<Basis, FlowView[]>;
    const { view } = ctx;
    const { origin } = view.current;
    this.opening = this.placedBy[view.current.basis].filter((f) => !origin || f.origin_iso3 === origin);

    this.basis = $derived(view.current.basis);
    this.years = $derived(flowYears(this.all, this.basis));
    const latestStock = flowYears(this.all, 'born_in_origin').at(-1) ?? null;
    this.stockYear = $derived(this.basis === 'born_in_origin' && view.current.year !== null ? view.current.year : latestStock);
    this.everyOrigin = $derived(shownFlows(this.all, this.basis, view.current.year));
    this.shown = $derived(view.current.origin ? this.everyOrigin.filter((f) => f.origin_iso3 === view.current.origin) : this.everyOrigin);
    this.measureOffered = $derived(countsDiffer(this.shown));
    this.measure = $derived(this.measureOffered ? view.measure : 'share');
    this.originsAll = $derived(originSummaries(model, this.everyOrigin, this.basis));
    this.origins = $derived(view.current.origin ? this.originsAll.filter((o) => o.country.iso3 === view.current.origin) : this.originsAll);
    this.legend = $derived(
      flowsLegendModel(
        this.origins,
        this.measure,
        { basis: this.basis, shown: view.current.year, years: this.years, origin: view.current.origin, every: this.originsAll },
        ctx.i18n(),
        ctx.theme(),
      ),
    );
    const colorOf = (iso3: string) => originColor(ctx.theme(), iso3);
    this.lines = $derived(
      ctx.showing() ? toMapFlows(this.directions[this.basis], this.shown, this.measure, this.paths, colorOf, COUNT_AT_MAX_WIDTH[this.basis]) : [],
    );
    this.marks = $derived(ctx.showing() ? totalMarks(this.origins, anchorOf(model), colorOf) : []);
    this.labels = $derived(
      countryLabels(
        model,
        ctx.labelPoints,
        this.placedBy[this.basis],
        ctx.showing() ? this.shown : null,
        this.measure,
        ctx.i18n(),
        !view.current.present,
      ),
    );
  }

  declare readonly basis: Basis;
  /** The years the basis has flows for (the year control's steps). */
  declare readonly years: number[];
  /** The year of the UN's stock the panels list: the one the map shows, else its latest. */
  declare readonly stockYear: number | null;
  /** The flows of the basis and year, every origin's. */
  declare readonly everyOrigin: FlowView[];
  /** The flows the map and legend show: those, of the chosen origin alone when there is one. */
  declare readonly shown: FlowView[];
  /** Drawing by number would differ from drawing by share (else the switch goes: see countsDiffer). */
  declare readonly measureOffered: boolean;
  /** The measure the lines, labels and lists use: the reader's, where the choice makes a difference. */
  declare readonly measure: Measure;
  declare readonly originsAll: OriginSummary[];
  declare readonly origins: OriginSummary[];
  declare readonly legend: FlowsLegendModel;
  declare readonly lines: MapFlow[];
  declare readonly marks: MapMark[];
  declare readonly labels: MapLabel[];
}
