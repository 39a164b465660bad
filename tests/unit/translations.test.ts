/** data/i18n/: a language's names and story, checked against the dataset and the English story, and applied. */
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../src/lib/data/load.ts';
import { localiseDataset, localiseStory, numbersIn, PHRASES, TRANSLATABLE } from '../../src/lib/data/translations.ts';
import { fixtureWith, readFixture } from './helpers.ts';

const { dataset, story } = loadAll(readFixture);

/** A complete translation of the fixture into "ru": every name prefixed, the story's numbers kept (decimal comma). */
function completeRows(): string[] {
  const rows = ['table,id,field,text'];
  for (const [table, spec] of Object.entries(TRANSLATABLE))
    for (const row of dataset[table as keyof typeof TRANSLATABLE] as unknown as Record<string, string>[])
      for (const field of spec.fields)
        if (row[field] !== undefined) rows.push([table, row[spec.id], field, `"Р ${row[field]!.replace(/"/g, '""')}"`].join(','));
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  for (const [field, of] of Object.entries(PHRASES))
    for (const phrase of new Set(of(dataset).filter((p): p is string => !!p && /\p{L}/u.test(p))))
      rows.push(['phrases', quote(phrase), field, quote('Р ' + phrase)].join(','));
  return rows;
}
const storyText = () => ({
  title: 'Р ' + story.title,
  steps: story.steps.map((s) => ({
    title: 'Р ' + s.title,
    caption: s.caption.replace(/(\d),(\d{3})/g, '$1\u00a0$2').replace(/(\d)\.(\d)/g, '$1,$2'),
  })),
});
const withRu = (csv: string[], text: unknown = storyText()) =>
  fixtureWith({ 'i18n/ru.csv': csv.join('\n') + '\n', 'i18n/story.ru.json': typeof text === 'string' ? text : JSON.stringify(text) });
const problems = (read: ReturnType<typeof withRu>) => {
  try {
    loadAll(read, ['ru']);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the translation to be rejected');
};

describe('a language’s names and story (data/i18n/)', () => {
  it('load when every name a reader sees is translated and the story says the same numbers', () => {
    const { translations } = loadAll(withRu(completeRows()), ['ru']);
    const ru = translations.ru!;
    const uzbekistan = localiseDataset(dataset, ru).countries.find((c) => c.iso3 === 'UZB')!;
    expect(uzbekistan.name).toBe('Р ' + dataset.countries.find((c) => c.iso3 === 'UZB')!.name);
    expect(uzbekistan.role).toBe('central_asia'); // only names change
    const told = localiseStory(story, ru);
    expect(told.title).toBe('Р ' + story.title);
    expect(told.steps.map((s) => s.view)).toEqual(story.steps.map((s) => s.view));
  });

  it('are required for every language the interface has', () => {
    expect(problems(fixtureWith({}))).toMatch(/data\/i18n\/ru\.csv: is missing[\s\S]*data\/i18n\/story\.ru\.json: is missing/);
  });

  it('name the file, line and field of a row that translates nothing, twice, or nothing at all', () => {
    const rows = completeRows();
    const message = problems(
      withRu([
        ...rows,
        'countries,XXX,name,Нигде',
        'countries,UZB,role,страна',
        'sources,a,title,т',
        rows[1]!,
        'laws,' + rows[1]!.split(',')[1] + ',title,',
      ]),
    );
    expect(message).toContain(`data/i18n/ru.csv:${rows.length + 1}: id "XXX" is not a iso3 in data/countries.csv`);
    expect(message).toContain(`data/i18n/ru.csv:${rows.length + 2}: field "role" is not a translated field of countries`);
    expect(message).toContain(`data/i18n/ru.csv:${rows.length + 3}: table "sources" is not one of countries`);
    expect(message).toMatch(new RegExp(`data/i18n/ru\\.csv:${rows.length + 4}: id "\\w+" repeats the \\w+ of \\w+ \\(first on line 2\\)`));
  });

  it('translate the phrases the data repeats (periods, whom a figure quotes) once, and refuse one the data does not say', () => {
    const { translations } = loadAll(withRu(completeRows()), ['ru']);
    const period = dataset.flows.find((f) => f.period && /\p{L}/u.test(f.period))!.period!;
    expect(localiseDataset(dataset, translations.ru!).flows.find((f) => f.period === 'Р ' + period)).toBeDefined();
    const rows = completeRows();
    expect(problems(withRu([...rows, 'phrases,the year of the horse,period,год лошади']))).toContain(
      `data/i18n/ru.csv:${rows.length + 1}: id "the year of the horse" is not a period the data says`,
    );
    expect(problems(withRu(rows.filter((r) => !r.startsWith('phrases,') || !r.includes(period))))).toContain(`has no period phrase "${period}"`);
  });

  it('name each name left untranslated', () => {
    const rows = completeRows().filter((r) => !r.startsWith('countries,UZB,name,'));
    expect(problems(withRu(rows))).toMatch(/data\/i18n\/ru\.csv: has no name for UZB \(data\/countries\.csv line \d+\)/);
  });

  it('refuse a story with a step too many, an empty title, or a number changed', () => {
    const text = storyText();
    expect(problems(withRu(completeRows(), { ...text, steps: [...text.steps, text.steps[0]] }))).toContain(
      `data/i18n/story.ru.json: steps has ${story.steps.length + 1} steps where story.json has ${story.steps.length}`,
    );
    expect(problems(withRu(completeRows(), { ...text, title: ' ' }))).toContain('data/i18n/story.ru.json: title is empty');
    const i = story.steps.findIndex((s) => /\d/.test(s.caption));
    const changed = {
      ...text,
      steps: text.steps.map((s, j) => (j === i ? { ...s, caption: s.caption.replace(/\d/, (d) => String((Number(d) + 1) % 10)) } : s)),
    };
    expect(problems(withRu(completeRows(), changed))).toMatch(new RegExp(`steps\\[${i}\\]\\.caption says the numbers .* where story\\.json says`));
    expect(problems(withRu(completeRows(), '{ not json'))).toContain('data/i18n/story.ru.json: is not valid JSON');
  });
});

describe('the numbers a text says', () => {
  it('read thousands and decimals the language’s way', () => {
    expect(numbersIn('1,333,800 went; 70.2% in 2023', 'en')).toEqual([70.2, 2023, 1333800]);
    expect(numbersIn('1\u00a0333\u00a0800 уехали; 70,2 % в 2023 году', 'ru')).toEqual([70.2, 2023, 1333800]);
    expect(numbersIn('1 333 800 kishi; 70,2 foiz, 2023-yil', 'uz-Latn')).toEqual([70.2, 2023, 1333800]);
    expect(numbersIn('seven in ten', 'en')).toEqual([]);
  });
});
