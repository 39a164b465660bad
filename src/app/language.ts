/**
 * The page's language, loaded before the first render: English is in the first script; Russian's or Uzbek's
 * messages and the data's names in it are chunks of their own, fetched only by a page in that language (switching
 * languages loads the page again, so nothing else ever needs them).
 */
import { translations as loaders } from 'virtual:dataset';
import { loadI18n, type Lang } from '../lib/i18n/index.ts';
import type { Translation } from '../lib/data/localise.ts';

const loaded: Record<string, Translation> = {};

/** Loads the language's messages and names (main.ts awaits it before mounting the app). */
export async function loadLanguage(lang: Lang): Promise<void> {
  const [, names] = await Promise.all([loadI18n(lang), loaders[lang]?.()]);
  if (names) loaded[lang] = names.default;
}

/** The names loaded so far, by language (the controller applies the page's to the data). */
export const loadedTranslations = (): Readonly<Record<string, Translation>> => loaded;
