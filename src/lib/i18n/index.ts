/**
 * The languages, by code. A language is a file of messages of the `Messages` shape (en.ts), with the `Intl`
 * locale its numbers, dates and plurals follow, its names in data/i18n/, and an entry here (its name in itself, and
 * the short code the masthead shows on a phone). The reader's language is the URL's (`?lang=`), else the
 * first of the browser's that we have, else English; it is chosen before the first render. English is in the
 * page's first script; another language's messages load (loadI18n) before the first render of a page in it.
 */
import { en, locale as enLocale, type Messages } from './en.ts';
import type { Locale } from './locale.ts';

export type { Messages } from './en.ts';
export type { Locale, PluralForms } from './locale.ts';

export const LANGUAGES = {
  en: { name: 'English', short: 'EN', load: async () => ({ messages: en, locale: enLocale }) },
  ru: { name: 'Русский', short: 'RU', load: () => import('./ru.ts').then((l) => ({ messages: l.ru, locale: l.locale })) },
  uz: { name: 'Oʻzbekcha', short: 'UZ', load: () => import('./uz.ts').then((l) => ({ messages: l.uz, locale: l.locale })) },
} satisfies Record<string, { name: string; short: string; load: () => Promise<{ messages: Messages; locale: Locale }> }>;

export type Lang = keyof typeof LANGUAGES;
export const LANGS = Object.keys(LANGUAGES) as Lang[];
export const DEFAULT_LANG: Lang = 'en';

// Own keys only: `in` would take a browser language of "constructor" for one of ours.
export const isLang = (code: string | null | undefined): code is Lang => !!code && Object.hasOwn(LANGUAGES, code);

/** The URL's language if we have it, else the first of the browser's we have (by its primary subtag), else English. */
export function pickLanguage(fromUrl: Lang | null, browser: readonly string[]): Lang {
  if (fromUrl) return fromUrl;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

/** Everything a component needs to speak a language: its messages and its `Intl` formatting. */
export type I18n = { lang: Lang; m: Messages; locale: Locale };

const loaded: Partial<Record<Lang, I18n>> = { en: { lang: 'en', m: en, locale: enLocale } };

/** Loads a language's messages (once); English's are already here. */
export async function loadI18n(lang: Lang): Promise<I18n> {
  if (!loaded[lang]) {
    const { messages, locale } = await LANGUAGES[lang].load();
    loaded[lang] = { lang, m: messages, locale };
  }
  return loaded[lang];
}

/** A loaded language (English always is; main.ts loads the page's before the first render). */
export function i18n(lang: Lang): I18n {
  const t = loaded[lang];
  if (!t) throw new Error(`The ${lang} messages are not loaded: await loadI18n('${lang}') before rendering in it`);
  return t;
}
