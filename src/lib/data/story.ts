/**
 * The presentation story (data/story.json): steps, each a camera, a view (a country, an instrument or an
 * organisation; the flows' basis, year and origin; or an explore view: a table or the timeline, as the URL
 * writes them) and a caption with its sources. Validated like the CSV files, against the dataset.
 */
import { z } from 'zod';
import { DataError, DataIssue } from './csv.ts';
import { FLOW_BASES, type Dataset } from './schema.ts';
import { createModel } from '../queries/index.ts';
import { buildTable, TABLES } from '../queries/tables.ts';
import { TIMELINE_GROUPINGS } from '../queries/timeline.ts';
import { COMPARE_MAX, COMPARE_MIN } from '../queries/compare.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO3 code in capitals');

/** The views a step may show instead of the map: the explore pages a hall can read (not the Sources page). */
export const STEP_VIEWS = ['map', 'table', 'timeline', 'compare'] as const;
/** Which of a view's settings each explore view reads; the map's own (country, instrument, org, basis, origin) go with the map. */
const EXPLORE_FIELDS = {
  table: ['table', 'sort', 'filter', 'kind'],
  timeline: ['filter', 'group', 'year'],
  compare: ['compare'],
} as const;
const MAP_FIELDS = ['country', 'instrument', 'org', 'basis', 'origin'] as const;

const stepSchema = z.object({
  title: z.string().trim().min(1, 'is empty'),
  caption: z.string().trim().min(1, 'is empty'),
  /** Where the map looks; a step showing a table, the timeline or a comparison may leave the map where it was. */
  camera: z
    .object({
      lng: z.number().min(-180).max(360),
      lat: z.number().min(-85).max(85),
      zoom: z.number().min(0).max(12),
    })
    .optional(),
  view: z
    .object({
      /** The map (the default), or an explore view, with its settings as `?view=` links write them. */
      view: z.enum(STEP_VIEWS).optional(),
      table: z.enum(TABLES).optional(),
      /** A column's key, `-` first for descending (`-signed`), as `?sort=`. */
      sort: z
        .string()
        .regex(/^-?[a-z0-9_]+(-[a-z0-9]+)*$/, 'must be a column key, with "-" first for descending')
        .optional(),
      /** Rows about one country (a table), or one country's timeline. */
      filter: iso3.optional(),
      /** Rows of one type (a country's role, an agreement's type, a flow's basis). */
      kind: z
        .string()
        .regex(/^[a-z_]{1,40}$/, 'must be a type key in lower case')
        .optional(),
      group: z.enum(TIMELINE_GROUPINGS).optional(),
      compare: z.array(iso3).min(COMPARE_MIN).max(COMPARE_MAX).optional(),
      country: iso3.optional(),
      instrument: id.optional(),
      org: id.optional(),
      /** What the flows count (labour migrants unless given), the year (each origin's latest unless given), one origin alone. */
      basis: z.enum(FLOW_BASES).optional(),
      year: z.number().int().min(1900).max(2100).optional(),
      origin: iso3.optional(),
    })
    .strict(),
  sources: z.array(z.object({ source_id: id, locator: z.string().trim().min(1, 'is empty') })).min(1, 'must cite at least one source'),
});

export const storySchema = z.object({
  title: z.string().trim().min(1),
  // A talk's worth: number keys jump to the first nine, arrows and a clicker reach every step.
  steps: z.array(stepSchema).min(1).max(14, 'has more than 14 steps'),
});

export type Story = z.output<typeof storySchema>;
export type StoryStep = Story['steps'][number];

const FILE = 'story.json';
const at = (path: PropertyKey[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');

export function loadStory(text: string | undefined, d: Dataset): Story {
  if (text === undefined) throw new DataError([new DataIssue(FILE, null, null, 'is missing')]);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')); // a byte-order mark, as some editors save, is no error
  } catch (e) {
    throw new DataError([new DataIssue(FILE, null, null, `is not valid JSON: ${(e as Error).message}`)]);
  }
  const parsed = storySchema.safeParse(json);
  if (!parsed.success) throw new DataError(parsed.error.issues.map((i) => new DataIssue(FILE, null, at(i.path), i.message)));
  const issues: DataIssue[] = [];
  const checkSources = (s: StoryStep, i: number) =>
    s.sources.forEach((c, j) => {
      if (!known.source.has(c.source_id))
        issues.push(new DataIssue(FILE, null, `steps[${i}].sources[${j}].source_id`, `"${c.source_id}" is not a source_id in data/sources.csv`));
    });
  const known = {
    country: new Set(d.countries.map((c) => c.iso3)),
    instrument: new Set(d.instruments.map((i) => i.instrument_id)),
    org: new Set(d.organisations.map((o) => o.org_id)),
    source: new Set(d.sources.map((s) => s.source_id)),
  };
  let model: ReturnType<typeof createModel> | null = null;
  parsed.data.steps.forEach((s, i) => {
    const where = (field: string) => `steps[${i}].view.${field}`;
    const shown = s.view.view ?? 'map';
    if (shown === 'map' && !s.camera)
      issues.push(new DataIssue(FILE, null, `steps[${i}].camera`, 'is missing: a step on the map says where it looks'));
    if (shown !== 'map') {
      // A setting the view does not read would be silently ignored on stage: refuse it instead.
      const reads: readonly string[] = EXPLORE_FIELDS[shown];
      for (const k of [...MAP_FIELDS, 'table', 'sort', 'filter', 'kind', 'group', 'compare', 'year'] as const)
        if (s.view[k] !== undefined && !reads.includes(k)) issues.push(new DataIssue(FILE, null, where(k), `is not a setting of view "${shown}"`));
      if (shown === 'compare' && !s.view.compare) issues.push(new DataIssue(FILE, null, where('compare'), 'is missing: name the countries compared'));
      for (const [k, v] of [['filter', s.view.filter], ...(s.view.compare ?? []).map((c, j) => [`compare[${j}]`, c])] as const)
        if (v !== undefined && !known.country.has(v)) issues.push(new DataIssue(FILE, null, where(k), `"${v}" is not in the dataset`));
      if (shown === 'table' && (s.view.sort || s.view.kind)) {
        // The column and the type must be the table's own, or the stage would show it unsorted or empty.
        model ??= createModel(d);
        const table = buildTable(model, s.view.table ?? 'instruments');
        const column = s.view.sort?.replace(/^-/, '');
        if (column && !table.columns.some((c) => c.key === column))
          issues.push(new DataIssue(FILE, null, where('sort'), `"${column}" is not a column of the ${table.kind} table`));
        if (s.view.kind && !table.kinds.includes(s.view.kind))
          issues.push(
            new DataIssue(FILE, null, where('kind'), `"${s.view.kind}" is not a type of the ${table.kind} table (${table.kinds.join(', ')})`),
          );
      }
      return checkSources(s, i);
    }
    for (const k of ['table', 'sort', 'filter', 'kind', 'group', 'compare'] as const)
      if (s.view[k] !== undefined) issues.push(new DataIssue(FILE, null, where(k), 'needs a view: "table", "timeline" or "compare"'));
    for (const k of ['country', 'instrument', 'org'] as const) {
      const v = s.view[k];
      if (v !== undefined && !known[k].has(v)) issues.push(new DataIssue(FILE, null, `steps[${i}].view.${k}`, `"${v}" is not in the dataset`));
    }
    const { origin, year, basis = 'labour_migrants', instrument, org } = s.view;
    if (origin !== undefined && !d.countries.some((c) => c.iso3 === origin && c.role === 'central_asia'))
      issues.push(new DataIssue(FILE, null, `steps[${i}].view.origin`, `"${origin}" is not a Central Asian country in data/countries.csv`));
    // A year on a flows map must be one the basis has: a step must never open on an empty map.
    if (year !== undefined && !instrument && !org && !d.flows.some((f) => f.basis === basis && f.year === year))
      issues.push(new DataIssue(FILE, null, `steps[${i}].view.year`, `data/flows.csv has no ${basis} flows for ${year}`));
    checkSources(s, i);
  });
  if (issues.length) throw new DataError(issues);
  return parsed.data;
}

/** Sources nothing cites (neither a data row nor the story): a source list should not pad itself. */
export function uncitedSources(d: Dataset, story: Story): DataIssue[] {
  const cited = new Set(story.steps.flatMap((s) => s.sources.map((c) => c.source_id)));
  const { sources, ...facts } = d;
  for (const rows of Object.values(facts))
    for (const r of rows as { source_id: string; corroborated_by?: string }[]) {
      cited.add(r.source_id);
      // A source that confirms a paper's agreement, event or law (issue 16) is cited by that row too.
      if (r.corroborated_by) cited.add(r.corroborated_by);
    }
  return sources
    .filter((s) => !cited.has(s.source_id))
    .map((s) => new DataIssue('sources.csv', s.line, 'source_id', 'is not cited by any row or story step', s.source_id));
}
