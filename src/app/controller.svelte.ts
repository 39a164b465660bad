/**
 * The app's controller: the state (the URL's view state, the presenter, the animation clock, what points at a
 * flow), everything derived from it (the year's flows, the open panel, the legends, the map's scene, in the
 * reader's language and the current theme), and the commands the interface sends. Components read from it
 * and call its commands; they keep no state of their own beyond what is purely visual.
 */
import type { Topology } from 'topojson-specification';
import type { Dataset } from '../lib/data/schema.ts';
import type { Story } from '../lib/data/story.ts';
import { createModel, profile, sourceSummary, type Model, type Profile } from '../lib/queries/index.ts';
import { type Basis, type FlowView, type Measure, type OriginSummary } from '../lib/queries/flows.ts';
import { corridor, type Corridor } from '../lib/queries/corridors.ts';
import { stockSeries, type Series } from '../lib/queries/series.ts';
import { instrumentStandings, orgStandings, type Standings } from '../lib/queries/standings.ts';
import { decodeCountries } from '../lib/geo/countries.ts';
import { drawnAs } from '../lib/queries/index.ts';
import { FlowClock } from '../lib/flows/clock.ts';
import type { Camera, Choropleth, FlowFocus, Insets, MapHover, MapScene, MapView } from '../lib/map/types.ts';
import { i18n, type I18n, type Lang } from '../lib/i18n/index.ts';
import { localiseDataset, localiseStory, type Translation } from '../lib/data/localise.ts';
import { pageLanguage, writeUrlState } from '../lib/state/url.ts';
import { THEMES, themeFor, type ReaderTheme, type Theme, type ThemeName } from '../lib/theme/index.ts';
import type { UrlState, View } from '../lib/state/url.ts';
import { itemsUntil, timelineItems, type Opens } from '../lib/queries/timeline.ts';
import { buildTable, filterRows, sortRows } from '../lib/queries/tables.ts';
import { compare } from '../lib/queries/compare.ts';
import { downloadSlide, downloadTableSlide } from '../lib/export/png.ts';
import { compareSlide, kindLabel, tableSlide, timelineSlide, type ExploreSlide } from './explore.ts';
import { HOST_PARAMS } from '../lib/embed/resize.ts';
import { playSteps, thisYear, timeline, type MapMode } from './map-mode.ts';
import { ViewState } from './view-state.svelte.ts';
import { urlContext } from './url-context.ts';
import { Presenter } from './presenter.svelte.ts';
import { centralAsia, choroplethOf, focusOf, labelPointsOf, type Shapes } from './scene.ts';
import { standingsLegendModel, type StandingsLegendModel } from './legend.ts';
import { Flows } from './flows.svelte.ts';
import { flowsSlideLegend, slideBasisLine, slideContent, slideSources, standingsSlideLegend } from './slide.ts';
import { stepSubjectPoints } from './camera.svelte.ts';
import { highlighted, NOTHING, tooltipTarget, type Anchor, type Box, type Pointing } from './hover.ts';
import { countryTip, type CountryTip } from './country-tip.ts';
import { VIEW_SPECS, type Back } from './views.ts';
import { headline, type HeadlineInput } from './headline.ts';
import type { Command } from './keymap.ts';
import { mapDescription } from './map-description.ts';

/** `translations`: each language's names and story but English's (data/i18n/), applied to the data once. */
export type ControllerInit = { dataset: Dataset; story: Story; topology: Topology; translations?: Record<string, Translation> };

/** How long each year shows while the years play. */
export const YEAR_STEP_MS = 1800;
/** The same on a status map, whose decades of years step faster (a line's year is one colour change). */
export const STATUS_YEAR_STEP_MS = 700;

/** What the tooltip is about, and where it is anchored. */
export type Tooltip = {
  subject: { kind: 'flow'; flow: FlowView } | { kind: 'mark'; origin: OriginSummary } | { kind: 'country'; tip: CountryTip };
  anchor: Anchor;
};

export class Controller {
  readonly model: Model;
  readonly story: Story;
  readonly shapes: Shapes;
  readonly view: ViewState;
  readonly presenter: Presenter;
  readonly clock: FlowClock;
  /** Embedded in an article: fixed for the life of the page (the host chose it in the iframe's URL). */
  readonly embedded: boolean;
  readonly sources: { named: string[]; others: number };

  /** The map renderer once it has started (MapPane attaches it). */
  map = $state.raw<MapView | null>(null);
  playing = $state(true);
  /** The years are playing: the map steps through the basis's years. */
  yearsPlaying = $state(false);
  private yearTimer = 0;
  /** What points at a flow: the pointer on the map, and focus in the flows list (see hover.ts). */
  pointing = $state.raw<Pointing>(NOTHING);
  /** The system asks for a dark theme (`prefers-color-scheme: dark`), followed live when it changes. */
  systemDark = $state(false);
  private readonly darkQuery: MediaQueryList;

  /** Every flow, and what the URL's basis, year, origin and measure make of them (flows.svelte.ts). */
  readonly flows: Flows;
  /** Where each drawn country's name goes: the point a reveal brings into view. */
  readonly labelPoints: ReturnType<typeof labelPointsOf>;
  private readonly emphasised: string[];

  constructor({ dataset, story: english, topology, translations = {} }: ControllerInit) {
    // The document's language, for good: switching languages loads the page in the other one (languageHref), so
    // names are translated once, in the data, and every component reads them as it always has.
    const lang = pageLanguage(location.search, navigator.languages);
    const model = (this.model = createModel(localiseDataset(dataset, translations[lang] ?? null)));
    const story = localiseStory(english, translations[lang] ?? null);
    this.i18n = i18n(lang);
    this.story = story;
    // Countries off the map (the United States) stay untagged context even where a sliver is drawn (Alaska).
    this.shapes = decodeCountries(topology, (n) => drawnAs(model, n));
    this.view = new ViewState(urlContext(model, story.steps.length));
    this.presenter = new Presenter(this.view, story);
    this.embedded = this.view.current.embed;
    this.sources = sourceSummary(model);
    // Still by default for readers who ask for reduced motion (arrowheads show direction).
    this.clock = new FlowClock(() => performance.now(), { playing: !window.matchMedia('(prefers-reduced-motion: reduce)').matches });
    this.playing = this.clock.playing;
    this.darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
    this.systemDark = this.darkQuery.matches;
    this.darkQuery.addEventListener('change', this.onSystemScheme);
    this.clock.subscribe((c) => (this.playing = c.playing));
    this.labelPoints = labelPointsOf(this.shapes);
    this.emphasised = centralAsia(model);
    this.flows = new Flows(model, {
      view: this.view,
      i18n: () => this.i18n,
      theme: () => this.theme,
      showing: () => this.showingFlows,
      labelPoints: this.labelPoints,
    });

    this.themeName = $derived<ThemeName>(
      themeFor({ presenting: this.presenter.active, chosen: this.view.current.theme, systemDark: this.systemDark }),
    );
    this.theme = $derived(THEMES[this.themeName]);
    this.standings = $derived.by(() => {
      const { instrument, org, year } = this.view.current;
      if (instrument) return instrumentStandings(this.model, instrument, year);
      if (org) return orgStandings(this.model, org, year);
      return null;
    });
    this.selected = $derived(this.view.country ? profile(this.model, this.view.country) : null);
    this.selectedFlows = $derived.by(() => {
      const iso3 = this.view.country;
      // Every labour split; of the UN's stock, the year the map shows (else its latest): its series is drawn beside.
      const listed = this.flows.all.filter((f) => f.basis === 'labour_migrants' || f.year === this.flows.stockYear);
      return { out: listed.filter((f) => f.origin_iso3 === iso3), in: listed.filter((f) => f.destination_iso3 === iso3) };
    });
    this.selectedSeries = $derived(this.view.country ? stockSeries(this.flows.all, this.view.country) : []);
    this.corridorPair = $derived(this.view.corridor ? (this.view.corridor.split('-') as [string, string]) : null);
    this.corridor = $derived(this.corridorPair ? corridor(this.model, ...this.corridorPair, this.flows.stockYear, this.flows.all) : null);
    this.panelOpen = $derived((this.selected !== null || this.corridor !== null) && this.view.view === 'map');
    this.standingsLegend = $derived(
      this.standings ? standingsLegendModel(this.model, this.standings, this.view.current.year, this.i18n, this.theme) : null,
    );
    this.tooltip = $derived.by((): Tooltip | null => {
      const target = tooltipTarget(this.pointing);
      if (!target) return null;
      if (target.kind === 'country') {
        const tip = countryTip(this.model, this.standings, this.view.current.year, target.id, this.i18n);
        return tip ? { subject: { kind: 'country' as const, tip }, anchor: target.anchor } : null;
      }
      if (target.kind === 'flow') {
        const flow = this.flows.byId.get(target.id);
        return flow ? { subject: { kind: 'flow' as const, flow }, anchor: target.anchor } : null;
      }
      const origin = this.flows.originsAll.find((o) => o.country.iso3 === target.id);
      return origin ? { subject: { kind: 'mark' as const, origin }, anchor: target.anchor } : null;
    });
    this.headline = $derived(
      headline(
        this.model,
        {
          stepTitle: this.presenter.active ? this.presenter.step.title : null,
          standings: this.standings,
          year: this.view.current.year,
          selected: this.selected,
          corridor: this.corridorPair,
          basis: this.flows.basis,
          origins: this.flows.origins,
          explore: this.exploreHeading,
        },
        this.i18n,
      ),
    );
    this.mapDescription = $derived.by(() => {
      const { year, origin } = this.view.current;
      const c = this.corridor;
      return mapDescription(
        {
          shows:
            this.standings && this.standingsLegend
              ? { kind: this.standings.kind, what: this.standingsLegend.title, year }
              : { kind: 'flows', what: this.flows.legend.title, year, origin: origin ? (this.model.country.get(origin)?.name ?? null) : null },
          country: this.selected?.country.name ?? null,
          corridor: c ? [c.a.name, c.b.name] : null,
          headline: this.headline,
        },
        this.i18n.m,
      );
    });
    this.showingFlows = $derived(this.standings === null);
    this.highlight = $derived(highlighted(this.pointing));
    this.focusedCountry = $derived(this.pointing.list?.kind === 'country' ? this.pointing.list.id : null);
    this.choropleth = $derived(choroplethOf(this.standings, this.theme, this.emphasised));
    this.focus = $derived(focusOf(this.corridorPair, this.view.country));
    this.scene = $derived({
      palette: this.theme.map,
      emphasised: this.emphasised,
      choropleth: this.choropleth,
      selected: this.view.country,
      flows: this.flows.lines,
      marks: this.flows.marks,
      focus: this.focus,
      highlight: this.highlight,
      focused: this.focusedCountry,
      labels: this.flows.labels,
    });
  }

  // What the reader sees, derived (in the constructor, once the state they read exists).
  readonly i18n: I18n;
  /** The theme shown: contrast while presenting, else the reader's `?theme=`, else the system's preference. */
  declare readonly themeName: ThemeName;
  declare readonly theme: Theme;
  /** The instrument and organisation maps: where every country stands, coloured; flows give way to them. */
  declare readonly standings: Standings | null;
  declare readonly selected: Profile | null;
  /** Every year's flows of the open country, out and in (its panel lists them all). */
  declare readonly selectedFlows: { out: FlowView[]; in: FlowView[] };
  /** The open country's largest corridors over time in the UN's stock. */
  declare readonly selectedSeries: Series[];
  declare readonly corridorPair: [string, string] | null;
  declare readonly corridor: Corridor | null;
  declare readonly panelOpen: boolean;
  declare readonly standingsLegend: StandingsLegendModel | null;
  /** The tooltip's subject and anchor: a flow or an origin's mark, at the pointer or beside the list. */
  declare readonly tooltip: Tooltip | null;
  /** What an explore view's headline names (null on the map and the Sources page). */
  private get exploreHeading(): HeadlineInput['explore'] {
    const { view, table, compare } = this.view.current;
    if (view === 'table') return { view, table };
    if (view === 'timeline') return { view };
    if (view === 'compare') return { view, names: compare.map((c) => this.model.country.get(c)?.name ?? c) };
    return null;
  }
  /** The view's headline, written from what it shows: the masthead's, the embed's and the slide's title. */
  declare readonly headline: string;
  /** The map's description for screen readers (what it shows, what is open), read politely as it changes. */
  declare readonly mapDescription: string;
  /** The map shows flows (not a status map). */
  declare private readonly showingFlows: boolean;
  declare private readonly highlight: string | null;
  /** The country focused in a list (the Countries menu, a status key): lit on the map. */
  declare private readonly focusedCountry: string | null;
  declare private readonly choropleth: Choropleth | null;
  declare private readonly focus: FlowFocus;
  declare readonly scene: MapScene;

  /** The full map's address, for an embed's "open the full map" link. */
  get fullMapHref(): string {
    void this.view.revision; // recompute when the view changes
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a copy to edit, recomputed with the view
    const url = new URL(location.href);
    for (const k of ['embed', ...HOST_PARAMS]) url.searchParams.delete(k);
    url.searchParams.set('lang', this.i18n.lang);
    return url.href;
  }

  /** The address of another view of the app (the map or an explore view), as it would be written. */
  viewHref(view: View): string {
    void this.view.revision;
    return `${location.pathname}${writeUrlState(location.search, { ...this.view.current, view })}`;
  }

  /** The current view's address in a language: a link that loads the page again in it (and the view as it is). */
  languageHref(lang: Lang): string {
    void this.view.revision; // recompute when the view changes
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a copy to edit, recomputed with the view
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    return url.href;
  }

  get mapMode(): MapMode {
    const { instrument, org, year } = this.view.current;
    return { instrument, org, year };
  }

  /** A status map's year slider (from adoption or founding to now), or null: flows, or a one-off like a single vote. */
  get statusTimeline(): ReturnType<typeof timeline> {
    return timeline(this.model, this.mapMode, thisYear());
  }

  // Commands.
  select = (iso3: string | null) => this.view.select(iso3);
  openCorridor = (id: string) => this.view.selectCorridor(id);
  /** A flow clicked on the map: its corridor opens. */
  selectFlow = (id: string) => {
    const flow = this.flows.byId.get(id);
    if (flow) this.openCorridor(flow.corridor);
  };
  setMeasure = (measure: Measure) => this.view.setMeasure(measure);
  /** The reader's theme, kept in the link (a setting: the entry is replaced); the masthead's toggle flips it. */
  setTheme = (theme: ReaderTheme) => this.view.update({ theme }, 'replace');
  toggleTheme = () => this.setTheme(this.themeName === 'dark' ? 'light' : 'dark');
  private onSystemScheme = (e: MediaQueryListEvent) => (this.systemDark = e.matches);
  togglePlay = () => this.clock.toggle();
  setMapMode = (mode: MapMode) => {
    this.stopYears();
    // A map with no time control (one vote) shows its one record: a year kept from the last map would hide it.
    const year = timeline(this.model, mode, thisYear()) ? mode.year : null;
    this.view.update({ ...mode, year, view: 'map' });
  };
  /** A status map's year from its slider (null: now): a setting, like the flows' year. */
  setStatusYear = (year: number | null) => {
    this.stopYears();
    this.view.update({ year }, 'replace');
  };
  /** Step a status map through its years, from the one shown (or its first) to now, where it stops; again to stop. */
  playStatusYears = () => {
    if (this.yearsPlaying) return this.stopYears();
    const line = this.statusTimeline;
    if (!line) return;
    const steps = playSteps(line);
    let i = 0;
    this.yearsPlaying = true;
    this.view.update({ year: steps[0] }, 'replace');
    this.yearTimer = window.setInterval(() => {
      i++;
      this.view.update({ year: steps[i] }, 'replace');
      if (i >= steps.length - 1) this.stopYears();
    }, STATUS_YEAR_STEP_MS);
  };
  /** The reader moved the map: the link keeps the camera (no history entry per move). */
  noteCamera = (camera: Camera) => this.view.update({ camera }, 'replace');
  /** The flows' year (null: each origin's latest): a setting, not a step (the history keeps the view, not each year). */
  setYear = (year: number | null) => this.view.update({ year }, 'replace');
  setBasis = (basis: Basis) => this.view.update({ basis, year: null }, 'replace');
  /** One origin's flows alone, or every origin's (null). */
  setOrigin = (origin: string | null) => this.view.update({ origin }, 'replace');
  /** Step through the basis's years, from the first (or the one shown) to the last; again to stop. */
  playYears = () => {
    if (this.yearsPlaying) return this.stopYears();
    const years = this.flows.years;
    let i = Math.max(0, years.indexOf(this.view.current.year ?? NaN));
    if (i === years.length - 1) i = 0;
    this.yearsPlaying = true;
    this.setYear(years[i]!);
    this.yearTimer = window.setInterval(() => {
      i++;
      if (i >= years.length) return this.stopYears();
      this.setYear(years[i]!);
    }, YEAR_STEP_MS);
  };
  stopYears = () => {
    clearInterval(this.yearTimer);
    this.yearsPlaying = false;
  };
  showView = (view: View) => this.view.show(view);
  /** An explore view's setting (its table, order, filters, grouping, countries compared): a step of its own. */
  explore = (patch: Partial<Pick<UrlState, 'view' | 'table' | 'sort' | 'filter' | 'kind' | 'group' | 'compare' | 'year'>>) =>
    this.view.update(patch, patch.view && patch.view !== this.view.view ? 'push' : 'replace');
  /**
   * A country's "Compare with…": the comparison of it and its nearest peer (the next Central Asian state, or
   * Uzbekistan for a country outside the region), which the reader then changes.
   */
  compareWith = (iso3: string) => {
    const five = this.model.data.countries.filter((c) => c.role === 'central_asia').map((c) => c.iso3);
    const i = five.indexOf(iso3);
    const peer = i >= 0 ? five[(i + 1) % five.length]! : five[0]!;
    this.view.update({ view: 'compare', compare: [iso3, peer], country: null, corridor: null });
  };
  /** What a timeline item, a search result or a table row opens: a panel or a status map, on the map. */
  open = (target: Opens) => {
    if ('country' in target) this.view.update({ country: target.country, corridor: null, view: 'map' });
    else if ('corridor' in target) this.view.update({ corridor: target.corridor.join('-'), country: null, view: 'map' });
    else this.setMapMode({ instrument: 'instrument' in target ? target.instrument : null, org: 'org' in target ? target.org : null, year: null });
  };
  present = () => this.presenter.enter();
  hoverMap = (map: MapHover | null) => (this.pointing = { ...this.pointing, map });
  focusListFlow = (id: string | null, box?: Box) => (this.pointing = { ...this.pointing, list: id && box ? { id, box } : null });
  /** A country focused in a status legend's list: the tooltip says what the map would on hover. */
  focusListCountry = (iso3: string | null, box?: Box) =>
    (this.pointing = { ...this.pointing, list: iso3 && box ? { id: iso3, box, kind: 'country' } : null });

  /** What Esc does here (views.ts). */
  get back(): Back | null {
    return VIEW_SPECS[this.view.view].back({ panelOpen: this.view.country !== null || this.view.corridor !== null });
  }
  goBack = (back: Back) => (back === 'showMap' ? this.view.show('map') : this.select(null));

  /** A key's command (keymap.ts), but for the Countries menu's, which is the interface's own. */
  run(command: Command, screenInsets: () => Insets): void {
    if (command.kind === 'story') this.presenter.run(command.command);
    else if (command.kind === 'exportSlide') this.exportSlide(screenInsets()).catch((err) => console.warn(err));
    else if (command.kind === 'present') this.present();
    else if (command.kind === 'back') this.goBack(command.back);
  }

  /**
   * The map as shown, with its legend, title and sources, as a 1920×1080 PNG, in the theme on screen (why: slide.ts).
   * `screenInsets`: what covers the map.
   */
  async exportSlide(screenInsets: Insets): Promise<void> {
    if (this.view.view === 'table' || this.view.view === 'timeline' || this.view.view === 'compare') return this.exportTableSlide();
    const map = this.map;
    if (!map) return;
    const t = this.i18n;
    const presenting = this.presenter.active;
    const legend = this.standingsLegend ? standingsSlideLegend(this.standingsLegend, t) : flowsSlideLegend(this.flows.legend, t);
    const sources = slideSources(this.model, {
      standings: this.standings,
      origins: this.flows.origins,
      measure: this.flows.measure,
      stepSources: presenting ? this.presenter.step.sources.map((s) => s.source_id) : undefined,
    });
    const address = location.protocol === 'file:' ? null : `${location.host}${location.pathname}`;
    const step = presenting ? this.presenter.step : null;
    const content = slideContent(
      {
        legend,
        sources,
        headline: this.headline, // presenting: the step's title
        caption: step?.caption ?? null,
        basisLine: this.standings ? null : slideBasisLine(this.flows.legend, t),
        address,
      },
      t,
      this.theme,
    );
    const scene = this.scene;
    // The slide shows what the reader sees, the map clear of the panel and the legend; a step, framed on its subject.
    const subject = step ? stepSubjectPoints(this) : [];
    const fit = subject.length > 1 ? subject : undefined; // one country: what the screen shows around it
    await downloadSlide((frame) => map.snapshot(scene, { ...frame, fit }, screenInsets), content, 'corridors.png');
  }

  /** The rows an explore view shows (its order and filter, as on screen), as a slide: see src/lib/export/table-slide.ts. */
  private exploreSlide(): ExploreSlide | null {
    const t = this.i18n;
    const s = this.view.current;
    if (s.view === 'table') {
      const table = buildTable(this.model, s.table, this.flows.all);
      const rows = sortRows(filterRows(table.rows, { country: s.filter, kind: s.kind }), table, s.sort, t.locale.compare);
      const filters = [s.filter ? this.model.country.get(s.filter)?.name : null, s.kind ? kindLabel(table, s.kind, t) : null];
      return tableSlide(
        table,
        rows,
        filters.filter((f): f is string => !!f),
        t,
        this.theme,
      );
    }
    if (s.view === 'timeline') {
      const countries = s.filter ? [s.filter] : this.model.data.countries.filter((c) => c.role === 'central_asia').map((c) => c.iso3);
      const items = itemsUntil(timelineItems(this.model, countries), s.year);
      const scope = s.filter ? (this.model.country.get(s.filter)?.name ?? s.filter) : t.m.explore.timeline.everyCountry;
      return timelineSlide(items, scope, (iso3) => this.model.country.get(iso3)?.name ?? iso3, t);
    }
    const c = s.view === 'compare' ? compare(this.model, s.compare, this.flows.all) : null;
    return c ? compareSlide(c, t, this.theme) : null;
  }

  async exportTableSlide(): Promise<void> {
    const slide = this.exploreSlide();
    if (!slide) return;
    const t = this.i18n;
    const address = location.protocol === 'file:' ? null : `${location.host}${location.pathname}`;
    await downloadTableSlide(
      {
        ...slide,
        title: this.headline,
        rowsLine: t.m.explore.slideRows,
        sourceLine: t.m.slide.tableSourceLine,
        credit: address ? t.m.slide.creditAt(address) : t.m.slide.credit,
        colors: this.theme.slide,
      },
      `corridors-${this.view.view === 'table' ? this.view.current.table : this.view.view}.png`,
    );
  }
}
