/**
 * Every language complete: the same keys as English, none missing or extra, each a string where English has a
 * string and a function of as many parameters where English has a function; and translated, not copied (the
 * interface's words and the data's names alike). Runs over every language in src/lib/i18n/index.ts.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { LANGS, loadI18n, type Lang } from '../../src/lib/i18n/index.ts';
import { loadAll } from '../../src/lib/data/load.ts';
import { TRANSLATABLE } from '../../src/lib/data/translations.ts';
import { readReal } from './helpers.ts';

type Tree = { [k: string]: unknown };

/** "path: problem" for every key that differs in presence or shape from English. */
function shapeProblems(ours: unknown, theirs: unknown, path = ''): string[] {
  if (typeof ours === 'function')
    return typeof theirs !== 'function'
      ? [`${path}: is ${typeof theirs} where English has a function`]
      : ours.length !== (theirs as (...a: unknown[]) => unknown).length
        ? [`${path}: takes ${(theirs as () => void).length} parameters where English takes ${ours.length}`]
        : [];
  if (typeof ours === 'string')
    return typeof theirs !== 'string' ? [`${path}: is ${typeof theirs} where English has a string`] : theirs.trim() ? [] : [`${path}: is empty`];
  if (ours && typeof ours === 'object') {
    if (!theirs || typeof theirs !== 'object') return [`${path}: is missing`];
    const [a, b] = [ours as Tree, theirs as Tree];
    return [
      ...Object.keys(a).flatMap((k) =>
        k in b ? shapeProblems(a[k], b[k], path ? `${path}.${k}` : k) : [`${path ? path + '.' : ''}${k}: is missing`],
      ),
      ...Object.keys(b)
        .filter((k) => !(k in a))
        .map((k) => `${path ? path + '.' : ''}${k}: is not an English key`),
    ];
  }
  return [];
}

/** Every leaf with its path: a string, or a function's source (its words are in it). */
function leaves(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (typeof tree === 'function') return [[path, tree.toString()]];
  if (tree && typeof tree === 'object') return Object.entries(tree as Tree).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * Keys whose text is the same in every language on purpose: punctuation, symbols, brand and units. Anything else
 * equal to its English is an English string left behind.
 */
const SAME_EVERYWHERE = /^(labelSeparator|appTitle)$|(Separator|Symbol|Arrow|Dash)$/;

/**
 * The words a leaf says: a string itself; of a function, only its string and template literals less their
 * interpolations (`${p.a} – ${p.b}` says no words, so it is the same in every language).
 */
function wordsOf(text: string): string {
  if (!text.includes('=>')) return text;
  const body = text.slice(text.indexOf('=>') + 2);
  return [...body.matchAll(/`([^`]*)`|'([^']*)'|"([^"]*)"/g)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' ')).join(' ');
}

/**
 * Names that a language writes as English does, on purpose: places whose name in the language is spelt the same
 * (Uzbek Latin writes Belarus, Moldova, Astana, Bishkek, Dushanbe, Berlin, London, Minsk and Yerevan as English does).
 */
const SAME_NAMES: Record<string, string[]> = {
  uz: [
    'countries/BLR/name',
    'countries/MDA/name',
    'countries/KAZ/anchor_place',
    'countries/KGZ/anchor_place',
    'countries/TJK/anchor_place',
    'countries/DEU/anchor_place',
    'countries/GBR/anchor_place',
    'countries/BLR/anchor_place',
    'countries/ARM/anchor_place',
  ],
};

const others: string[] = LANGS.filter((l) => l !== 'en');
const messages = Object.fromEntries(await Promise.all(others.map(async (l) => [l, (await loadI18n(l as Lang)).m])));
const messagesOf = (lang: string): unknown => messages[lang];
const { dataset, translations } = loadAll(readReal, others);
const english = new Map(leaves(en));

describe.each(others)('the %s interface', (lang) => {
  const m = messagesOf(lang);

  it('has every English key, no other, each of the same shape', () => {
    expect(shapeProblems(en, m)).toEqual([]);
  });

  it('is translated: no string or sentence copied from English', () => {
    const copied = leaves(m)
      .filter(([path, text]) => !SAME_EVERYWHERE.test(path.split('.').pop()!) && english.get(path) === text && /[a-z]{3}/i.test(wordsOf(text)))
      .map(([path]) => path);
    expect(copied).toEqual([]);
  });

  it('names every country, organisation, instrument, agreement, law and event in the language', () => {
    const t = translations[lang]!;
    const same = Object.entries(TRANSLATABLE).flatMap(([table, spec]) =>
      (dataset[table as keyof typeof TRANSLATABLE] as unknown as Record<string, string>[]).flatMap((row) =>
        spec.fields
          .filter(
            (f) =>
              row[f] !== undefined &&
              t.names[`${table}/${row[spec.id]}/${f}`] === row[f] &&
              /[a-z]{4}/i.test(row[f]!) &&
              !SAME_NAMES[lang]?.includes(`${table}/${row[spec.id]}/${f}`),
          )
          .map((f) => `${table}/${row[spec.id]}/${f}: "${row[f]}"`),
      ),
    );
    expect(same).toEqual([]);
  });
});

/** Per language, what its script demands of every name and string. */
const SCRIPT_RULES: Record<string, { rule: string; wrong: (text: string) => boolean }> = {
  // Abbreviations of treaties (ILO C97) and Latin symbols may stay; a word of four Latin letters with no Cyrillic may not.
  ru: { rule: 'is written in Cyrillic', wrong: (s) => /[A-Za-z]{4}/.test(s) && !/[А-Яа-яЁё]/.test(s) },
  // Oʻ, gʻ with U+02BB and the tutuq belgisi with U+02BC, never an apostrophe or a quotation mark.
  uz: { rule: 'writes oʻ, gʻ and ʼ with U+02BB and U+02BC', wrong: (s) => /[OoGg][\u0027\u2018\u2019\u0060]|[a-z][\u0027\u2019][a-z]/.test(s) },
};

describe.each(others.filter((l) => l in SCRIPT_RULES))('every %s string and name', (lang) => {
  const { rule, wrong } = SCRIPT_RULES[lang]!;
  it(rule, () => {
    const t = translations[lang]!;
    const strings = leaves(messagesOf(lang)).filter(([path]) => typeof path === 'string');
    const texts = [
      ...strings.filter(([, s]) => !s.includes('=>')).map(([path, s]) => `${path}: ${s}`),
      ...Object.entries(t.names).map(([k, s]) => `${k}: ${s}`),
      ...t.story.steps.flatMap((s, i) => [`story[${i}].title: ${s.title}`, `story[${i}].caption: ${s.caption}`]),
    ];
    expect(texts.filter((s) => wrong(s.slice(s.indexOf(': ') + 2)))).toEqual([]);
  });
});
