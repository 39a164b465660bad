/**
 * The data's names in other languages: `data/i18n/<lang>.csv` (one row per translated field: table, id, field,
 * text) and `data/i18n/story.<lang>.json` (the story's title, and each step's title and caption, in order).
 * English is the data itself. A language must translate every name a reader sees, nothing else, and its story
 * must say the same numbers as the English one: a missing, extra, empty or repeated translation, a step too many
 * or a number changed stops the build with its file, line and field, like any other data error.
 * Research notes, provisions and citations stay in the language of their source (the interface marks them).
 */
import { z } from 'zod';
import { DataError, DataIssue, parseCsv } from './csv.ts';
import type { Dataset } from './schema.ts';
import type { Story } from './story.ts';
import { key, PHRASES, TRANSLATABLE, type PhraseField, type StoryText, type Table, type Translation } from './localise.ts';

// What the app needs of translations lives in localise.ts (no zod); build-time code and tests keep reading it here.
export { localiseDataset, localiseStory, PHRASES, TRANSLATABLE, type StoryText, type Translation } from './localise.ts';

const wordy = (s: string | undefined): s is string => !!s && /\p{L}/u.test(s);
const phrasesOf = (d: Dataset, field: PhraseField) => new Set(PHRASES[field](d).filter(wordy));

const storyTextSchema = z
  .object({
    title: z.string().trim().min(1, 'is empty'),
    steps: z.array(z.object({ title: z.string().trim().min(1, 'is empty'), caption: z.string().trim().min(1, 'is empty') }).strict()),
  })
  .strict();

export const translationFile = (lang: string) => `i18n/${lang}.csv`;
export const storyFile = (lang: string) => `i18n/story.${lang}.json`;

/** Reads and checks one language against the dataset and the English story; throws a DataError listing every problem. */
export function loadTranslation(lang: string, read: (file: string) => string | undefined, d: Dataset, story: Story): Translation {
  const issues: DataIssue[] = [];
  const names = readNames(lang, read(translationFile(lang)), d, issues);
  const text = readStory(lang, read(storyFile(lang)), story, issues);
  if (issues.length) throw new DataError(issues);
  return { lang, names, story: text! };
}

function readNames(lang: string, text: string | undefined, d: Dataset, issues: DataIssue[]): Record<string, string> {
  const file = translationFile(lang);
  const names: Record<string, string> = {};
  if (text === undefined) {
    issues.push(new DataIssue(file, null, null, 'is missing'));
    return names;
  }
  const lineOf = new Map<string, number>();
  for (const { line, cells } of parseCsv(file, text, ['table', 'id', 'field', 'text'], issues)) {
    const { table, id, field } = cells as Record<'table' | 'id' | 'field', string>;
    const value = cells.text!.trim();
    // Own keys only: a cell saying "constructor" or "__proto__" is a typo to report, not Object's.
    const spec = Object.hasOwn(TRANSLATABLE, table) ? TRANSLATABLE[table as Table] : undefined;
    if (table === 'phrases') {
      if (!Object.hasOwn(PHRASES, field)) {
        issues.push(new DataIssue(file, line, 'field', `is not a phrase field (${Object.keys(PHRASES).join(', ')})`, field));
        continue;
      }
      if (!phrasesOf(d, field as PhraseField).has(id)) {
        issues.push(new DataIssue(file, line, 'id', `is not a ${field} the data says`, id));
        continue;
      }
    } else if (!spec) {
      issues.push(new DataIssue(file, line, 'table', `is not one of ${[...Object.keys(TRANSLATABLE), 'phrases'].join(', ')}`, table));
      continue;
    } else if (!(spec.fields as readonly string[]).includes(field)) {
      issues.push(new DataIssue(file, line, 'field', `is not a translated field of ${table} (${spec.fields.join(', ')})`, field));
      continue;
    }
    if (spec && !(d[table as Table] as unknown as Record<string, string>[]).some((r) => r[spec.id] === id)) {
      issues.push(new DataIssue(file, line, 'id', `is not a ${spec.id} in data/${table}.csv`, id));
      continue;
    }
    const k = key(table, id, field);
    if (lineOf.has(k)) {
      issues.push(new DataIssue(file, line, 'id', `repeats the ${field} of ${id} (first on line ${lineOf.get(k)})`, id));
      continue;
    }
    if (!value) {
      issues.push(new DataIssue(file, line, 'text', 'is empty'));
      continue;
    }
    lineOf.set(k, line);
    names[k] = value;
  }
  // Every name a reader sees, translated: a row added to data/ needs its names in every language.
  for (const table of Object.keys(TRANSLATABLE) as Table[]) {
    const spec = TRANSLATABLE[table];
    for (const row of d[table] as unknown as (Record<string, string | undefined> & { line: number })[]) {
      for (const field of spec.fields) {
        if (row[field] !== undefined && !(key(table, row[spec.id]!, field) in names))
          issues.push(new DataIssue(file, null, null, `has no ${field} for ${row[spec.id]} (data/${table}.csv line ${row.line})`));
      }
    }
  }
  for (const field of Object.keys(PHRASES) as PhraseField[])
    for (const phrase of phrasesOf(d, field))
      if (!(key('phrases', phrase, field) in names)) issues.push(new DataIssue(file, null, null, `has no ${field} phrase "${phrase}"`));
  return names;
}

function readStory(lang: string, text: string | undefined, story: Story, issues: DataIssue[]): StoryText | null {
  const file = storyFile(lang);
  if (text === undefined) {
    issues.push(new DataIssue(file, null, null, 'is missing'));
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')); // a byte-order mark, as some editors save, is no error
  } catch (e) {
    issues.push(new DataIssue(file, null, null, `is not valid JSON: ${(e as Error).message}`));
    return null;
  }
  const parsed = storyTextSchema.safeParse(json);
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push(new DataIssue(file, null, i.path.join('.') || null, i.message));
    return null;
  }
  const steps = parsed.data.steps;
  if (steps.length !== story.steps.length)
    issues.push(new DataIssue(file, null, 'steps', `has ${steps.length} steps where story.json has ${story.steps.length}`));
  // A translated caption says the same numbers as the English one: none dropped, added or rounded.
  steps.forEach((s, i) => {
    const english = story.steps[i];
    if (!english) return;
    const [want, got] = [numbersIn(english.caption, 'en'), numbersIn(s.caption, lang)];
    if (want.join(' ') !== got.join(' '))
      issues.push(
        new DataIssue(file, null, `steps[${i}].caption`, `says the numbers ${got.join(', ') || 'none'} where story.json says ${want.join(', ')}`),
      );
  });
  return parsed.data;
}

/**
 * The numbers a text says, as numbers, sorted: "1,333,800 and 70.2%" (English) and "1 333 800 и 70,2 %" (with a
 * decimal comma) both give 70.2 and 1333800. Digits in a year range or a resolution's symbol count too.
 */
export function numbersIn(text: string, lang: string): number[] {
  const comma = new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal')?.value === ',';
  const pattern = comma ? /\d{1,3}(?:[\u0020\u00A0\u202F]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g : /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
  const read = (s: string) => Number(comma ? s.replace(/[\u0020\u00A0\u202F]/g, '').replace(',', '.') : s.replace(/,/g, ''));
  return [...text.matchAll(pattern)].map((m) => read(m[0])).sort((a, b) => a - b);
}
