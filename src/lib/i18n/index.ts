/**
 * The languages, by code. A language is a file of messages of the `Messages` shape (en.ts), with the `Intl`
 * locale its numbers, dates and plurals follow, its names in data/i18n/, and an entry here (its name in itself, and
 * the short code the masthead shows on a phone). The reader's language is the URL's (`?lang=`), else the
 * first of the browser's that we have, else English; it is chosen before the first render.
 */
import { en, locale as enLocale, type Messages } from './en.ts';
import type { Locale } from './locale.ts';
import { ru, locale as ruLocale } from './ru.ts';
import { uz, locale as uzLocale } from './uz.ts';

export type { Messages } from './en.ts';
export type { Locale, PluralForms } from './locale.ts';

export const LANGUAGES = {
  en: { name: 'English', short: 'EN', messages: en, locale: enLocale },
  ru: { name: 'Русский', short: 'RU', messages: ru, locale: ruLocale },
  uz: { name: 'Oʻzbekcha', short: 'UZ', messages: uz, locale: uzLocale },
} satisfies Record<string, { name: string; short: string; messages: Messages; locale: Locale }>;

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

const ALL = Object.fromEntries(LANGS.map((lang) => [lang, { lang, m: LANGUAGES[lang].messages, locale: LANGUAGES[lang].locale }])) as Record<
  Lang,
  I18n
>;

export const i18n = (lang: Lang): I18n => ALL[lang];
