/**
 * The presentation story (data/story.json): steps, each a camera, a view (a country, an instrument or an
 * organisation; the flows' basis, year and origin) and a caption with its sources. Validated like the CSV
 * files, against the dataset.
 */
import { z } from 'zod';
import { DataError, DataIssue } from './csv.ts';
import { FLOW_BASES, type Dataset } from './schema.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

const stepSchema = z.object({
  title: z.string().trim().min(1, 'is empty'),
  caption: z.string().trim().min(1, 'is empty'),
  camera: z.object({
    lng: z.number().min(-180).max(360),
    lat: z.number().min(-85).max(85),
    zoom: z.number().min(0).max(12),
  }),
  view: z
    .object({
      country: z
        .string()
        .regex(/^[A-Z]{3}$/, 'must be an ISO3 code in capitals')
        .optional(),
      instrument: id.optional(),
      org: id.optional(),
      /** What the flows count (labour migrants unless given), the year (each origin's latest unless given), one origin alone. */
      basis: z.enum(FLOW_BASES).optional(),
      year: z.number().int().min(1900).max(2100).optional(),
      origin: z
        .string()
        .regex(/^[A-Z]{3}$/, 'must be an ISO3 code in capitals')
        .optional(),
    })
    .strict(),
  sources: z.array(z.object({ source_id: id, locator: z.string().trim().min(1, 'is empty') })).min(1, 'must cite at least one source'),
});

export const storySchema = z.object({
  title: z.string().trim().min(1),
  // A talk's worth: number keys jump to the first nine, arrows and a clicker reach every step.
  steps: z.array(stepSchema).min(1).max(12, 'has more than 12 steps'),
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
  const known = {
    country: new Set(d.countries.map((c) => c.iso3)),
    instrument: new Set(d.instruments.map((i) => i.instrument_id)),
    org: new Set(d.organisations.map((o) => o.org_id)),
    source: new Set(d.sources.map((s) => s.source_id)),
  };
  parsed.data.steps.forEach((s, i) => {
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
    s.sources.forEach((c, j) => {
      if (!known.source.has(c.source_id))
        issues.push(new DataIssue(FILE, null, `steps[${i}].sources[${j}].source_id`, `"${c.source_id}" is not a source_id in data/sources.csv`));
    });
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
