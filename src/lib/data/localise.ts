/**
 * A language's names applied to the data, and which names a language translates: what the browser
 * needs of translations.ts, without its validators (zod), which stay at build time.
 */
import type { Dataset } from './schema.ts';
import type { Story } from './story.ts';

/** Per table, its id column and the fields a reader sees as names: what a language's CSV must translate. */
export const TRANSLATABLE = {
  countries: { id: 'iso3', fields: ['name', 'anchor_place'] },
  organisations: { id: 'org_id', fields: ['org_name', 'short_name'] },
  instruments: { id: 'instrument_id', fields: ['name', 'short_name'] },
  agreements: { id: 'agreement_id', fields: ['title'] },
  laws: { id: 'law_id', fields: ['title'] },
  events: { id: 'event_id', fields: ['title'] },
} as const;

export type Table = keyof typeof TRANSLATABLE;

/**
 * Words the data repeats across rows rather than names a row owns: when a figure applies ("first three months of
 * 2023", "mid-2019") and whom its source quotes ("World Bank"). A language translates each phrase once
 * (`phrases,<the English>,<field>,<text>`); a phrase of digits alone ("2023") needs none.
 */
export const PHRASES = {
  period: (d: Dataset) => [...d.flows.map((f) => f.period), ...d.statistics.map((s) => s.period)],
  attributed_to: (d: Dataset) => d.statistics.map((s) => s.attributed_to),
} as const;
export type PhraseField = keyof typeof PHRASES;

/** The story's words in a language; its views, cameras and sources are the English story's. */
export type StoryText = { title: string; steps: { title: string; caption: string }[] };

/** A language's translations: `names` keyed `table/id/field`. */
export type Translation = { lang: string; names: Record<string, string>; story: StoryText };

/** A translation's key for a table's row's field (or a phrase's: `phrases/<the English>/<field>`). */
export const key = (table: string, id: string, field: string) => `${table}/${id}/${field}`;

/** The dataset with its names in the language: the rest of the app reads names from the data and needs no change. */
export function localiseDataset(d: Dataset, t: Translation | null): Dataset {
  if (!t) return d;
  const out = { ...d } as Record<string, unknown>;
  for (const table of Object.keys(TRANSLATABLE) as Table[]) {
    const spec = TRANSLATABLE[table];
    out[table] = (d[table] as unknown as Record<string, unknown>[]).map((row) => {
      const copy = { ...row };
      for (const field of spec.fields) {
        const name = t.names[key(table, String(row[spec.id]), field)];
        if (name !== undefined) copy[field] = name;
      }
      return copy;
    });
  }
  const phrase = (field: PhraseField, v: string | undefined) => (v === undefined ? v : (t.names[key('phrases', v, field)] ?? v));
  out.flows = d.flows.map((f) => ({ ...f, period: phrase('period', f.period) }));
  out.statistics = d.statistics.map((s) => ({ ...s, period: phrase('period', s.period), attributed_to: phrase('attributed_to', s.attributed_to) }));
  return out as Dataset;
}

/** The story with its words in the language; its views, cameras and sources unchanged. */
export function localiseStory(story: Story, t: Translation | null): Story {
  if (!t) return story;
  return {
    ...story,
    title: t.story.title,
    steps: story.steps.map((s, i) => ({ ...s, title: t.story.steps[i]?.title ?? s.title, caption: t.story.steps[i]?.caption ?? s.caption })),
  };
}
