/**
 * Presenter mode: the story told step by step. A step sets what the map shows (a country, an instrument or an
 * organisation) and where it looks, or shows a table or the timeline in the map's place; every step is a URL (?present=1&step=3), so back/forward and shared links
 * land on the same slide. The camera flight itself is the app's (it follows the step in the URL).
 */
import type { Story, StoryStep } from '../lib/data/story.ts';
import type { ViewState } from './view-state.svelte.ts';
import { DEFAULT_BASIS } from '../lib/queries/flows.ts';
import { applyCommand, type StoryCommand } from './story-keys.ts';
import { DEFAULT_STATE, type UrlState } from '../lib/state/url.ts';

/**
 * The explore view a step shows (a table, the timeline, a comparison) with its settings, as its link would set
 * them; a map step resets them, so leaving a table's step returns to the map.
 */
export function stepExplore(step: StoryStep): Pick<UrlState, 'view' | 'table' | 'sort' | 'filter' | 'kind' | 'group' | 'compare'> {
  const v = step.view;
  return {
    view: v.view ?? 'map',
    table: v.table ?? DEFAULT_STATE.table,
    sort: v.sort ? { column: v.sort.replace(/^-/, ''), descending: v.sort.startsWith('-') } : null,
    filter: v.filter ?? null,
    kind: v.kind ?? null,
    group: v.group ?? DEFAULT_STATE.group,
    compare: v.compare ?? [],
  };
}

export class Presenter {
  constructor(
    private view: ViewState,
    private story: Story,
  ) {}

  get active(): boolean {
    return this.view.current.present;
  }
  get count(): number {
    return this.story.steps.length;
  }
  get index(): number {
    return this.view.current.step ?? 1;
  }
  get step(): StoryStep {
    return this.story.steps[this.index - 1]!;
  }

  /**
   * Enter at a step (the one in the URL, else the first). From a key press or click: push a history entry and
   * go full screen. From a link (?present=1): replace, and stay windowed (a page may not go full screen itself).
   */
  enter(from: 'reader' | 'link' = 'reader'): void {
    this.go(this.view.current.step ?? 1, from === 'reader' ? 'push' : 'replace');
    if (from === 'reader') document.documentElement.requestFullscreen?.().catch(() => {});
  }

  go(n: number, mode: 'push' | 'replace' = 'push'): void {
    const step = this.story.steps[n - 1];
    if (!step) return;
    const { country = null, instrument = null, org = null, basis = DEFAULT_BASIS, year = null, origin = null } = step.view;
    this.view.update(
      {
        present: true,
        step: n,
        country,
        instrument,
        org,
        basis,
        year,
        origin,
        corridor: null,
        ...stepExplore(step),
        // A table's or the timeline's step leaves the camera where it was; the next map step flies from there.
        ...(step.camera ? { camera: step.camera } : {}),
      },
      mode,
    );
  }

  exit(): void {
    this.view.update({ present: false, step: null });
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  }

  /** Carry out a presenter key's command (see keymap.ts). */
  run(command: StoryCommand): void {
    const next = applyCommand(this.index, this.count, command);
    if (next === null) this.exit();
    else if (next !== this.index) this.go(next);
  }
}
