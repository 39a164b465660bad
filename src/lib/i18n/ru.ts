/**
 * Every string the interface shows, in Russian (the shape is en.ts's `Messages`). Conventions: no «ё»; quotes
 * «» (inner „“); the dash in a sentence is an em dash with a no-break space before it, a range of numbers an en
 * dash without spaces; a no-break space between a number and its unit («70,2 %», «1,9 млн», «№ 97», «2021 г.»).
 * Names arrive in the nominative from data/i18n/ru.csv; where a sentence needs another case, CASES below gives
 * it, and a name not in the table gets a construction that keeps it in the nominative (never a wrong case).
 * See data/i18n/README.md, section «Русский».
 */
import type { DownloadFile } from '../data/downloads.ts';
import type { StandingKey } from '../queries/standings.ts';
import type { Basis, CountTotal, Measure } from '../queries/flows.ts';
import type { Ratification, Source, Statistic } from '../data/schema.ts';
import type { Messages } from './en.ts';
import { createLocale } from './locale.ts';

export const locale = createLocale('ru');

/** No-break space. */
const NB = '\u00a0';
/** A sentence dash: no-break space, em dash, space. */
const DASH = `${NB}— `;

/** A grammatical case a sentence may need (the nominative is the key). */
export type Case = 'gen' | 'dat' | 'acc' | 'ins' | 'prep';
/** Gender/number, for a verb or participle that agrees with the name («ЕАЭС еще не был создан»). */
export type Gender = 'm' | 'f' | 'n' | 'pl';
type Forms = Record<Case, string> & { g: Gender };

/** Indeclinable (abbreviations, «ОАЭ», «США»): every case is the nominative. */
const fixed = (nom: string, g: Gender): Forms => ({ gen: nom, dat: nom, acc: nom, ins: nom, prep: nom, g });
/** A masculine noun in a consonant: Узбекистан → Узбекистана, Узбекистану, Узбекистан, Узбекистаном, Узбекистане. */
const masc = (nom: string): Forms => ({ gen: `${nom}а`, dat: `${nom}у`, acc: nom, ins: `${nom}ом`, prep: `${nom}е`, g: 'm' });
/** A feminine noun in -ия: Россия → России, России, Россию, Россией, России. */
const ia = (nom: string): Forms => {
  const stem = nom.slice(0, -1);
  return { gen: `${stem}и`, dat: `${stem}и`, acc: `${stem}ю`, ins: `${stem}ей`, prep: `${stem}и`, g: 'f' };
};
/** A phrase whose head word alone declines, the rest following it unchanged («Конвенция 1951 года о …»). */
const head = (nom: string, word: Forms): Forms => {
  const tail = nom.slice(nom.indexOf(' '));
  return { gen: word.gen + tail, dat: word.dat + tail, acc: word.acc + tail, ins: word.ins + tail, prep: word.prep + tail, g: word.g };
};
/** «Конвенция» and «Протокол», the heads of most instruments' names. */
const KONVENCIYA: Forms = { gen: 'Конвенции', dat: 'Конвенции', acc: 'Конвенцию', ins: 'Конвенцией', prep: 'Конвенции', g: 'f' };
const PROTOKOL: Forms = { gen: 'Протокола', dat: 'Протоколу', acc: 'Протокол', ins: 'Протоколом', prep: 'Протоколе', g: 'm' };
/** A summit format or dialogue, named in quotes after a declined noun: «в формат „Индия — Центральная Азия“». */
const format = (name: string): Forms => ({
  gen: `формата «${name}»`,
  dat: `формату «${name}»`,
  acc: `формат «${name}»`,
  ins: `форматом «${name}»`,
  prep: `формате «${name}»`,
  g: 'm',
});

/**
 * Case forms of every name a sentence may decline, by its Russian nominative as data/i18n/ru.csv gives it:
 * the countries, and the organisations' and instruments' names and short names.
 */
export const CASES: Record<string, Forms> = {
  // Countries (data/countries.csv).
  Узбекистан: masc('Узбекистан'),
  Казахстан: masc('Казахстан'),
  Кыргызстан: masc('Кыргызстан'),
  Таджикистан: masc('Таджикистан'),
  Туркменистан: masc('Туркменистан'),
  Россия: ia('Россия'),
  Турция: ia('Турция'),
  Афганистан: masc('Афганистан'),
  'Южная Корея': { gen: 'Южной Кореи', dat: 'Южной Корее', acc: 'Южную Корею', ins: 'Южной Кореей', prep: 'Южной Корее', g: 'f' },
  ОАЭ: fixed('ОАЭ', 'pl'),
  Япония: ia('Япония'),
  Германия: ia('Германия'),
  Польша: { gen: 'Польши', dat: 'Польше', acc: 'Польшу', ins: 'Польшей', prep: 'Польше', g: 'f' },
  Великобритания: ia('Великобритания'),
  Беларусь: { gen: 'Беларуси', dat: 'Беларуси', acc: 'Беларусь', ins: 'Беларусью', prep: 'Беларуси', g: 'f' },
  Иран: masc('Иран'),
  Китай: { gen: 'Китая', dat: 'Китаю', acc: 'Китай', ins: 'Китаем', prep: 'Китае', g: 'm' },
  Армения: ia('Армения'),
  Азербайджан: masc('Азербайджан'),
  Пакистан: masc('Пакистан'),
  Индия: ia('Индия'),
  США: fixed('США', 'pl'),
  Канада: { gen: 'Канады', dat: 'Канаде', acc: 'Канаду', ins: 'Канадой', prep: 'Канаде', g: 'f' },
  Чехия: ia('Чехия'),
  Эстония: ia('Эстония'),
  Грузия: ia('Грузия'),
  Греция: ia('Греция'),
  Израиль: { gen: 'Израиля', dat: 'Израилю', acc: 'Израиль', ins: 'Израилем', prep: 'Израиле', g: 'm' },
  Литва: { gen: 'Литвы', dat: 'Литве', acc: 'Литву', ins: 'Литвой', prep: 'Литве', g: 'f' },
  Латвия: ia('Латвия'),
  Молдова: { gen: 'Молдовы', dat: 'Молдове', acc: 'Молдову', ins: 'Молдовой', prep: 'Молдове', g: 'f' },
  Нидерланды: { gen: 'Нидерландов', dat: 'Нидерландам', acc: 'Нидерланды', ins: 'Нидерландами', prep: 'Нидерландах', g: 'pl' },
  КНДР: fixed('КНДР', 'f'),
  Украина: { gen: 'Украины', dat: 'Украине', acc: 'Украину', ins: 'Украиной', prep: 'Украине', g: 'f' },

  // Organisations' short names (data/organisations.csv): abbreviations do not decline; the gender is the head word's.
  СНГ: fixed('СНГ', 'n'),
  ЕАЭС: fixed('ЕАЭС', 'm'),
  ШОС: fixed('ШОС', 'f'),
  ОТГ: fixed('ОТГ', 'f'),
  'Алматинский процесс': {
    gen: 'Алматинского процесса',
    dat: 'Алматинскому процессу',
    acc: 'Алматинский процесс',
    ins: 'Алматинским процессом',
    prep: 'Алматинском процессе',
    g: 'm',
  },
  ОДКБ: fixed('ОДКБ', 'f'),
  ОБСЕ: fixed('ОБСЕ', 'f'),
  МОМ: fixed('МОМ', 'f'),
  МОТ: fixed('МОТ', 'f'),
  ООН: fixed('ООН', 'f'),
  ЕС: fixed('ЕС', 'm'),
  'Консультативные встречи ЦА': {
    gen: 'Консультативных встреч ЦА',
    dat: 'Консультативным встречам ЦА',
    acc: 'формат консультативных встреч ЦА',
    ins: 'Консультативными встречами ЦА',
    prep: 'Консультативных встречах ЦА',
    g: 'pl',
  },
  [`Центральная Азия${DASH}ССАГПЗ`]: format(`Центральная Азия${DASH}ССАГПЗ`),
  [`ЕС${DASH}Центральная Азия`]: format(`ЕС${DASH}Центральная Азия`),
  [`Центральная Азия${DASH}Германия`]: format(`Центральная Азия${DASH}Германия`),
  'C5+1 (США)': format('C5+1'),
  'Центральная Азия + Япония': format('Центральная Азия + Япония'),
  [`Индия${DASH}Центральная Азия`]: format(`Индия${DASH}Центральная Азия`),
  // Organisations' full names.
  'Содружество Независимых Государств': {
    gen: 'Содружества Независимых Государств',
    dat: 'Содружеству Независимых Государств',
    acc: 'Содружество Независимых Государств',
    ins: 'Содружеством Независимых Государств',
    prep: 'Содружестве Независимых Государств',
    g: 'n',
  },
  'Евразийский экономический союз': {
    gen: 'Евразийского экономического союза',
    dat: 'Евразийскому экономическому союзу',
    acc: 'Евразийский экономический союз',
    ins: 'Евразийским экономическим союзом',
    prep: 'Евразийском экономическом союзе',
    g: 'm',
  },
  'Шанхайская организация сотрудничества': {
    gen: 'Шанхайской организации сотрудничества',
    dat: 'Шанхайской организации сотрудничества',
    acc: 'Шанхайскую организацию сотрудничества',
    ins: 'Шанхайской организацией сотрудничества',
    prep: 'Шанхайской организации сотрудничества',
    g: 'f',
  },
  'Организация тюркских государств': head('Организация тюркских государств', ORG()),
  'Организация Договора о коллективной безопасности': head('Организация Договора о коллективной безопасности', ORG()),
  'Организация по безопасности и сотрудничеству в Европе': head('Организация по безопасности и сотрудничеству в Европе', ORG()),
  'Международная организация по миграции': {
    gen: 'Международной организации по миграции',
    dat: 'Международной организации по миграции',
    acc: 'Международную организацию по миграции',
    ins: 'Международной организацией по миграции',
    prep: 'Международной организации по миграции',
    g: 'f',
  },
  'Международная организация труда': {
    gen: 'Международной организации труда',
    dat: 'Международной организации труда',
    acc: 'Международную организацию труда',
    ins: 'Международной организацией труда',
    prep: 'Международной организации труда',
    g: 'f',
  },
  'Организация Объединенных Наций': head('Организация Объединенных Наций', ORG()),
  'Алматинский процесс по вопросам защиты беженцев и международной миграции': {
    gen: 'Алматинского процесса по вопросам защиты беженцев и международной миграции',
    dat: 'Алматинскому процессу по вопросам защиты беженцев и международной миграции',
    acc: 'Алматинский процесс по вопросам защиты беженцев и международной миграции',
    ins: 'Алматинским процессом по вопросам защиты беженцев и международной миграции',
    prep: 'Алматинском процессе по вопросам защиты беженцев и международной миграции',
    g: 'm',
  },
  'Консультативные встречи глав государств Центральной Азии': {
    gen: 'Консультативных встреч глав государств Центральной Азии',
    dat: 'Консультативным встречам глав государств Центральной Азии',
    acc: 'Консультативные встречи глав государств Центральной Азии',
    ins: 'Консультативными встречами глав государств Центральной Азии',
    prep: 'Консультативных встречах глав государств Центральной Азии',
    g: 'pl',
  },
  'Европейский союз': {
    gen: 'Европейского союза',
    dat: 'Европейскому союзу',
    acc: 'Европейский союз',
    ins: 'Европейским союзом',
    prep: 'Европейском союзе',
    g: 'm',
  },

  // Instruments' short names (data/instruments.csv).
  'Конвенция о беженцах 1951 года': head('Конвенция о беженцах 1951 года', KONVENCIYA),
  'Протокол о беженцах 1967 года': head('Протокол о беженцах 1967 года', PROTOKOL),
  'Конвенция о трудящихся-мигрантах 1990 года': head('Конвенция о трудящихся-мигрантах 1990 года', KONVENCIYA),
  'Палермская конвенция': {
    gen: 'Палермской конвенции',
    dat: 'Палермской конвенции',
    acc: 'Палермскую конвенцию',
    ins: 'Палермской конвенцией',
    prep: 'Палермской конвенции',
    g: 'f',
  },
  'Протокол о торговле людьми': head('Протокол о торговле людьми', PROTOKOL),
  'Протокол о незаконном ввозе мигрантов': head('Протокол о незаконном ввозе мигрантов', PROTOKOL),
  [`Конвенция МОТ №${NB}97 о трудящихся-мигрантах`]: head(`Конвенция МОТ №${NB}97 о трудящихся-мигрантах`, KONVENCIYA),
  [`Конвенция МОТ №${NB}143 о трудящихся-мигрантах`]: head(`Конвенция МОТ №${NB}143 о трудящихся-мигрантах`, KONVENCIYA),
  [`Конвенция МОТ №${NB}181 о частных агентствах занятости`]: head(`Конвенция МОТ №${NB}181 о частных агентствах занятости`, KONVENCIYA),
  [`Конвенция МОТ №${NB}189 о домашних работниках`]: head(`Конвенция МОТ №${NB}189 о домашних работниках`, KONVENCIYA),
  [`Конвенция МОТ №${NB}117 о социальной политике`]: head(`Конвенция МОТ №${NB}117 о социальной политике`, KONVENCIYA),
  'Глобальный договор о миграции': {
    gen: 'Глобального договора о миграции',
    dat: 'Глобальному договору о миграции',
    acc: 'Глобальный договор о миграции',
    ins: 'Глобальным договором о миграции',
    prep: 'Глобальном договоре о миграции',
    g: 'm',
  },
};

/** «Организация» as the head word of an organisation's name. */
function ORG(): Forms {
  return { gen: 'Организации', dat: 'Организации', acc: 'Организацию', ins: 'Организацией', prep: 'Организации', g: 'f' };
}

/** A name in a case, or undefined when the table does not have it (the caller then builds without a case). */
export const inflect = (name: string, c: Case): string | undefined => CASES[name]?.[c];
/** Whether a name has its case forms. */
export const declinable = (name: string) => name in CASES;

/**
 * One- and two-letter words glued to the word after them, as Russian typesetting wants in a headline
 * («в Россию», «из Узбекистана» never broken across lines).
 */
export const glue = (s: string) => s.replace(/(^|[\s(«])([вксоуиаВКСОУИА]|во|из|за|на|по|до|от|не|ни|Не|Ни|Из|За|На|По|До|От)\s/g, `$1$2${NB}`);

/** Small counts in words, feminine (for «страна»): «четыре из пяти». */
const FEM = ['ни одна', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять'];
/** The same in the genitive, after «из»: «из пяти». */
const GEN = ['нуля', 'одной', 'двух', 'трех', 'четырех', 'пяти', 'шести', 'семи', 'восьми', 'девяти', 'десяти'];
const fem = (n: number) => FEM[n] ?? locale.number(n);
const genOf = (n: number) => GEN[n] ?? locale.number(n);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A share as a reader says it, in tenths (the headline's `part`). */
const TENTHS: Record<number, string> = {
  1: 'каждый десятый',
  2: 'каждый пятый',
  3: 'три из десяти',
  4: 'четыре из десяти',
  6: 'шесть из десяти',
  7: 'семь из десяти',
  8: 'восемь из десяти',
  9: 'девять из десяти',
};

/**
 * How the noun phrase after a `part` agrees with it: «почти все трудовые мигранты … едут», «каждый пятый
 * трудовой мигрант … едет», «семь из десяти трудовых мигрантов … едут».
 */
function agreement(part: string): 'all' | 'each' | 'of' {
  if (/^почти все/i.test(part)) return 'all';
  if (/^каждый/i.test(part)) return 'each';
  return 'of';
}

/** «из Таджикистана и Кыргызстана», or «из стран: …» when a name has no genitive here. */
const fromList = (names: string[]) => {
  const gens = names.map((n) => inflect(n, 'gen'));
  return gens.every((g) => g !== undefined) ? `из ${locale.list(gens as string[])}` : `из стран: ${locale.list(names)}`;
};

const destinations = (count: number) =>
  locale.plural(count, {
    one: `${locale.number(count)} страна назначения`,
    few: `${locale.number(count)} страны назначения`,
    many: `${locale.number(count)} стран назначения`,
    other: `${locale.number(count)} страны назначения`,
  });

/**
 * The plural category of a number already formatted («761», «10 199», «1,15 млн»): a noun after it agrees with
 * its last digits («761 уроженец», «10 199 уроженцев»); after «млн» it is in the genitive plural, after a
 * fraction in the genitive singular.
 */
const RU_PLURALS = new Intl.PluralRules('ru');
const categoryOf = (formatted: string): Intl.LDMLPluralRule => {
  const s = formatted.replace(/[\s\u00a0\u202f]/g, '');
  if (/млн$/.test(s)) return 'many';
  const m = /(\d+)(?:,(\d+))?$/.exec(s);
  if (!m) return 'many';
  return m[2] ? 'other' : RU_PLURALS.select(Number(m[1]!.slice(-3)));
};
const agree = (formatted: string, forms: { one: string; few: string; many: string; other: string }) =>
  forms[categoryOf(formatted) as keyof typeof forms] ?? forms.many;

/** «2021 г.» for a bare year; a full date already ends in «г.». */
const when = (date: string) => (/^\d{4}$/.test(date) ? `${date}${NB}г.` : date);

/** A value with its qualifier: "about 1.9 million" (`max` is a range's upper end). */
type Qualify = (value: string, max: string) => string;

/** «участвует в …», «входит в …», «проголосовала за …» and their negations and plurals, with the name declined. */
function standingVerb(standing: StandingKey, what: string, plural: boolean, negative: boolean, past: boolean): string {
  const ne = negative ? 'не ' : '';
  if (standing === 'voted_yes') {
    const acc = inflect(what, 'acc') ?? `документ «${what}»`;
    return `${ne}${plural ? 'проголосовали' : 'проголосовала'} за ${acc}`;
  }
  if (standing === 'member') {
    const acc = inflect(what, 'acc') ?? `организацию «${what}»`;
    return `${ne}${past ? (plural ? 'входили' : 'входила') : plural ? 'входят' : 'входит'} в ${acc}`;
  }
  const prep = inflect(what, 'prep') ?? `документе «${what}»`;
  return `${ne}${past ? (plural ? 'участвовали' : 'участвовала') : plural ? 'участвуют' : 'участвует'} в ${prep}`;
}

export const ru = {
  appTitle: 'Коридоры',
  appSubtitle: 'Трудовая миграция из Центральной Азии и право, которое ее регулирует',
  standingLine: 'Выберите страну — откроются ее организации, соглашения и договоры; линию — ее коридор.',
  headline: {
    part: (pct: number): string => {
      if (pct >= 95) return 'почти все';
      if (pct < 5) return `${locale.number(pct)}${NB}%`;
      const tenths = Math.round(pct / 10);
      return tenths === 5 ? 'около половины' : (TENTHS[tenths] ?? `${locale.number(pct)}${NB}%`);
    },
    share: (p: { part: string; origin: string; destination: string; basis: Basis; year: string | null }) => {
      const gen = inflect(p.origin, 'gen');
      const form = agreement(p.part);
      if (p.basis === 'labour_migrants') {
        const acc = inflect(p.destination, 'acc');
        if (!gen || !acc) return `${p.origin} → ${p.destination}: ${p.part} трудовых мигрантов`;
        const subject = form === 'all' ? 'трудовые мигранты' : form === 'each' ? 'трудовой мигрант' : 'трудовых мигрантов';
        const verb = form === 'each' ? 'едет' : 'едут';
        return glue(`${capitalise(p.part)} ${subject} из ${gen} ${verb} в ${acc}`);
      }
      const prep = inflect(p.destination, 'prep');
      if (!gen || !prep) return `${p.origin} → ${p.destination}: ${p.part} уроженцев, живущих за рубежом (${p.year})`;
      const subject = form === 'all' ? `уроженцы ${gen} за рубежом` : form === 'each' ? `уроженец ${gen} за рубежом` : `уроженцев ${gen} за рубежом`;
      const verb = form === 'each' ? 'живет' : 'живут';
      return glue(`${capitalise(p.part)} ${subject} ${verb} в ${prep} (${p.year})`);
    },
    firstFor: (p: { destination: string; origins: string[]; basis: Basis; year: string | null }) => {
      if (p.basis === 'labour_migrants') {
        const acc = inflect(p.destination, 'acc');
        return glue(
          acc
            ? `Больше всего трудовых мигрантов ${fromList(p.origins)} едет в ${acc}`
            : `${p.destination}${DASH}главное направление трудовой миграции ${fromList(p.origins)}`,
        );
      }
      const prep = inflect(p.destination, 'prep');
      return glue(
        prep
          ? `Больше всего уроженцев ${fromList(p.origins).replace(/^из /, '')} за рубежом живет в ${prep} (${p.year})`
          : `${p.destination}${DASH}главная страна проживания уроженцев ${fromList(p.origins).replace(/^из /, '')} за рубежом (${p.year})`,
      );
    },
    firstForMany: (p: { destination: string; count: number; of: number; basis: Basis; year: string | null }) => {
      const states =
        p.count === p.of
          ? `${p.of === 2 ? 'обеих' : `всех ${genOf(p.of)}`} стран Центральной Азии`
          : `${genOf(p.count)} из ${genOf(p.of)} стран Центральной Азии`;
      if (p.basis === 'labour_migrants') {
        const acc = inflect(p.destination, 'acc');
        return glue(
          p.count === p.of && acc
            ? `Трудовые мигранты из ${states} с опубликованными данными чаще всего едут в ${acc}`
            : `Для ${states} с опубликованными данными главное направление трудовой миграции${DASH}${p.destination}`,
        );
      }
      const prep = inflect(p.destination, 'prep');
      return glue(
        prep
          ? `Больше всего уроженцев ${p.count === p.of ? `каждой из ${genOf(p.of)}` : `${genOf(p.count)} из ${genOf(p.of)}`} стран Центральной Азии за рубежом живет в ${prep} (${p.year})`
          : `${p.destination}${DASH}главная страна проживания уроженцев ${states} за рубежом (${p.year})`,
      );
    },
    pair: (p: { a: string; b: string }) => `${p.a} и ${p.b}`,
    treaties: (p: { country: string; parties: number; of: number }) =>
      glue(
        `${p.country} ${CASES[p.country]?.g === 'pl' ? 'участвуют' : 'участвует'} в ${locale.number(p.parties)} из ${locale.number(p.of)} договоров и конвенций, представленных здесь`,
      ),
    standing: (p: { standing: StandingKey; count: number; of: number; what: string; year: string | null }) => {
      let sentence: string;
      const past = p.year !== null; // the status at the end of a year gone by
      if (p.count === 0) sentence = `Ни одна из ${genOf(p.of)} стран Центральной Азии ${standingVerb(p.standing, p.what, false, true, past)}`;
      else if (p.count === p.of)
        sentence = `${p.of === 2 ? 'Обе' : `Все ${fem(p.of)}`} стран${p.of === 2 ? 'ы' : ''} Центральной Азии ${standingVerb(p.standing, p.what, true, false, past)}`;
      else
        sentence = `${capitalise(fem(p.count))} из ${genOf(p.of)} стран Центральной Азии ${standingVerb(p.standing, p.what, locale.plural(p.count, { one: 'one', other: 'other' }) !== 'one', false, past)}`;
      return glue(p.year ? `В ${p.year}${NB}году ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence);
    },
    notYet: (p: { what: string; event: 'adopted' | 'founded'; year: string }) => {
      const g = CASES[p.what]?.g;
      if (p.event === 'adopted') {
        const name = g ? p.what : `Документ «${p.what}»`;
        const verb = { m: 'не был принят', f: 'не была принята', n: 'не было принято', pl: 'не были приняты' }[g ?? 'm'];
        return glue(`В ${p.year}${NB}году ${name} еще ${verb}`);
      }
      const name = g ? p.what : `организация «${p.what}»`;
      const verb = { m: 'не был создан', f: 'не была создана', n: 'не было создано', pl: 'не были созданы' }[g ?? 'f'];
      return glue(`В ${p.year}${NB}году ${name} еще ${verb}`);
    },
  },
  labelSeparator: ': ',
  sourcesLabel: 'Источники',
  sourcesTitle: 'Источники и данные',
  closeSources: 'Закрыть источники и вернуться к карте',
  sourcesIntro:
    'Каждая строка на карте и в панелях ссылается на один из этих источников. Статус договоров указан по данным депозитариев; если в статье утверждается иное, панель показывает это утверждение с пометкой «оспаривается». Если источники приводят разные цифры, панель показывает все значения.',
  downloadsTitle: 'Скачать данные',
  downloadsIntro:
    'Весь набор данных: по CSV-файлу в UTF-8 со строкой заголовков для каждого вида фактов, в каждой строке — source_id и locator; сценарий презентации — в JSON.',
  downloadDescription: {
    'flows.csv': 'миграционные потоки по странам происхождения и назначения',
    'statistics.csv': 'показатели: мигранты, денежные переводы, занятость',
    'memberships.csv': 'членство в организациях, наблюдатели, партнеры',
    'ratifications.csv': 'статус договоров для каждой страны и документа, оспариваемые утверждения',
    'agreements.csv': 'соглашения, программы и декларации с их участниками',
    'laws.csv': 'национальные законы: страна, название, номер, дата принятия',
    'events.csv': 'встречи и мероприятия: дата, место, участники',
    'instruments.csv': 'договоры, конвенции МОТ и Глобальный договор: дата принятия, депозитарий, ссылка',
    'organisations.csv': 'организации и форматы саммитов: тип, дата основания, ссылка',
    'countries.csv': 'страны: коды ISO, роль, показана ли на карте, столица как точка привязки потоков',
    'sources.csv': 'все источники с библиографической ссылкой и адресом',
    'story.json': 'сценарий презентации: заголовок, подпись, источники, положение карты и вид для каждого шага (JSON)',
  } satisfies Record<DownloadFile, string>,
  sourceKinds: {
    paper: 'Исходные статьи',
    news: 'Новости',
    depositary: 'Депозитарии',
    official: 'Официальные документы и страницы',
    reference: 'Справочные издания',
  } satisfies Record<Source['kind'], string>,
  citedBy: (count: number) =>
    count === 1
      ? 'цитируется один раз'
      : locale.plural(count, {
          one: `цитируется ${locale.number(count)} раз (строки данных и шаги презентации)`,
          few: `цитируется ${locale.number(count)} раза (строки данных и шаги презентации)`,
          many: `цитируется ${locale.number(count)} раз (строки данных и шаги презентации)`,
          other: `цитируется ${locale.number(count)} раза (строки данных и шаги презентации)`,
        }),
  consulted: (date: string) => `Дата обращения: ${date}`,
  sourceLine: (p: { named: string[]; others: number }) =>
    `${p.named.join('; ')}; а также ${locale.plural(p.others, {
      one: `${locale.number(p.others)} официальная, новостная или справочная страница`,
      few: `${locale.number(p.others)} официальные, новостные и справочные страницы`,
      many: `${locale.number(p.others)} официальных, новостных и справочных страниц`,
      other: `${locale.number(p.others)} официальной, новостной и справочной страницы`,
    })}. Границы: Natural Earth.`,
  mapLabel: 'Карта Центральной Азии и стран назначения ее трудовых мигрантов. Выберите страну в списке, чтобы получить те же сведения в виде текста.',
  mapUnavailable: 'Статичная карта: этот браузер не может показать подвижную (нужен WebGL). Страны и линии по-прежнему открывают свои панели.',
  countriesHeading: 'Страны',
  languageLabel: 'Язык',
  centralAsia: 'Центральная Азия',
  destinationsAndPartners: 'Страны назначения и партнеры',
  close: 'Закрыть',
  closePanel: 'Закрыть панель и вернуться к обзору',

  glance: {
    heading: 'Коротко',
    memberOf: (p: { member: string[]; other: { status: string; organisation: string }[] }) => {
      const others = p.other.map((o) => `${o.organisation} (${o.status})`);
      if (p.member.length === 0)
        return others.length
          ? `Не является полноправным членом ни одной из этих организаций; ${locale.list(others)}.`
          : 'Членство в организациях не зафиксировано.';
      return `Членство: ${locale.list(p.member)}${others.length ? `; ${locale.list(others)}` : ''}.`;
    },
    agreementsLead: 'Соглашения по партнерам:',
    partnerCount: (p: { partner: string; count: number }) => `${p.partner} (${locale.number(p.count)})`,
    otherAgreements: (count: number) =>
      locale.plural(count, {
        one: `и ${locale.number(count)} с организацией или группой стран`,
        other: `и ${locale.number(count)} с организациями или группами стран`,
      }),
    noAgreements: 'Соглашения не зафиксированы.',
    statusLead: {
      party: 'Участник',
      signatory: 'Подписано, не ратифицировано',
      not_party: 'Не участник',
      voted_yes: 'За',
      voted_no: 'Против',
      abstained: 'Воздержание',
      absent: 'Неучастие в голосовании',
    } satisfies Record<Ratification['status'], string>,
    chip: (p: { instrument: string; status: string; disputed: boolean }) =>
      p.disputed ? `${p.instrument} оспаривается: ${p.status}; в статье утверждается иное` : `${p.instrument}: ${p.status}`,
  },
  tabs: {
    label: 'Разделы',
    memberships: 'Организации',
    agreements: 'Соглашения',
    treaties: 'Договоры',
    flows: 'Потоки',
    figures: 'Цифры',
    more: 'Законы, события',
  },
  forums: 'Форматы саммитов и процессы',
  forumsNote: 'Встречи, в которых страна участвует; их участников не связывает никакой договор.',
  agreementsWith: (p: { partner: string; count: number }) => `${p.partner} · ${locale.number(p.count)}`,
  agreementsMultilateral: (count: number) => `С несколькими странами · ${locale.number(count)}`,
  agreementsBilateral: (count: number) => `Только между двумя странами · ${locale.number(count)}`,
  agreementParties: (parties: string[]) => `Другие участники: ${locale.list(parties)}`,
  treatyTable: {
    caption: 'Статус по данным депозитария; противоположное утверждение исходной статьи помечено как оспариваемое.',
    instrument: 'Документ',
    status: 'Статус, дата и источник',
    compactGroup: 'Голосование в Генеральной Ассамблее ООН (договор не имеет обязательной силы)',
    signedOn: (date: string) => `подписание ${when(date)}`,
    notesHeading: 'Оспариваемые утверждения',
    noteSummary: (p: { source: string; claim: string; instruments: string[] }) => `${p.source}: «${p.claim}»${DASH}${locale.list(p.instruments)}`,
    noteButton: 'Почему',
    noteButtonLabel: (source: string) => `Пояснение к утверждению: ${source}`,
  },
  dotPlot: (values: string[]) => `Значения, которые приводят источники, на одной оси: ${locale.list(values)}`,
  dotLabel: (p: { value: string; source: string }) => `${p.value}, ${p.source}`,
  memberships: 'Организации',
  earlierLead: 'Ранее:',
  periodSeparator: '; ',
  noMemberships: 'Членство в организациях в наборе данных не зафиксировано.',
  agreements: 'Соглашения и программы',
  noAgreements: 'Двусторонние соглашения в источниках не зафиксированы.',
  frameworks: 'Документы организаций, в которые входит страна',
  frameworksNote: 'Соглашения, принятые в рамках организации, полноправным членом которой страна является; источник не перечисляет их участников.',
  instruments: 'Международные документы',
  partyTo: 'Участник',
  signatoryTo: 'Подписано, не ратифицировано',
  notPartyTo: 'Не участник',
  compactVote: 'Глобальный договор о миграции',
  disputed: 'оспаривается',
  disputedClaim: (p: { source: string; claim: string }) => `${p.source}: «${p.claim}»`,
  disputedSeeNote: 'что говорят источники — в примечании ниже',
  disputedRowsNote: (p: { source: string; rows: string[] }) => `${p.source}: ${locale.list(p.rows)}`,
  since: (year: string) => `с${NB}${when(year)}`,
  sinceUntil: (p: { since: string; until: string }) => `${p.since}–${p.until}`,
  with: (partners: string[]) => {
    const ins = partners.map((n) => inflect(n, 'ins'));
    return ins.every((x) => x !== undefined) ? glue(`с ${locale.list(ins as string[])}`) : `партнеры: ${locale.list(partners)}`;
  },
  recordAction: (p: { action: string; date: string }) => (p.date ? `${p.action} ${when(p.date)}` : p.action),
  dateNotStated: 'дата не указана',
  dateInferred: (date: string) => `${date} (год установлен по контексту)`,
  source: 'Источник',
  sourcesLead: 'Источник:',
  sourceChip: (p: { source: string; unchecked: boolean }) => `Источник: ${p.source}${p.unchecked ? ' (не проверено)' : ''}`,
  citationTitle: (p: { citation: string; locator: string }) => `${p.citation}${DASH}${p.locator}`,
  locatorLabel: 'Место в источнике',
  countryLocator: (p: { country: string; locator: string }) => `${p.country}: ${p.locator}`,
  // records (issue 16)
  uncheckedReason: {
    not_reached: 'Еще не сверено: запись отсюда недоступна.',
    secondary_only: 'Еще не сверено: запись видна только во вторичном источнике (СМИ, справочник или зеркало), но не в самом документе.',
    date_not_seen: 'Еще не сверено: статус виден в записи, указанная дата — нет.',
    ambiguous: 'Еще не сверено: запись допускает разные толкования.',
  },
  reported: 'по данным статьи',
  reportedLong: 'Сообщается в одной статье; другими источниками не подтверждено.',
  corroboratedBy: 'подтверждает сведения статьи',
  corroboration: {
    confirmed: 'подтверждено',
    reported: 'по данным одной статьи, не подтверждено',
    disputed: 'оспаривается',
  },
  notChecked: 'Запись в том виде, в каком она известна проекту; еще не сверена с копией документа.',
  uncheckedTag: 'не проверено',
  uncheckedOnMap: (p: { count: number; total: number }) =>
    `${locale.number(p.count)} из ${locale.number(p.total)} записей еще не сверены с копией документа (в панелях помечены «не проверено»).`,
  flowsFromHere: { labour_migrants: 'Куда уезжают трудовые мигранты', born_in_origin: 'Где живут уроженцы страны (ООН)' } satisfies Record<
    Basis,
    string
  >,
  flowsToHere: { labour_migrants: 'Откуда прибывают', born_in_origin: 'Где родились живущие здесь (ООН)' } satisfies Record<Basis, string>,
  shareOfOrigin: {
    labour_migrants: (origin: string) => {
      const gen = inflect(origin, 'gen');
      return gen ? `Доля трудовых мигрантов из ${gen}` : `Доля трудовых мигрантов (${origin})`;
    },
    born_in_origin: (origin: string) => {
      const gen = inflect(origin, 'gen');
      return gen ? `Уроженцы ${gen}, живущие здесь` : `Живущие здесь уроженцы (${origin})`;
    },
  } satisfies Record<Basis, (origin: string) => string>,
  shareOfMigrants: {
    labour_migrants: 'Доля трудовых мигрантов страны',
    born_in_origin: 'Доля уроженцев страны, живущих за рубежом',
  } satisfies Record<Basis, string>,
  bornElsewhere: 'Живущие здесь уроженцы других стран, по стране рождения',
  seriesHeading: 'Динамика (ООН, на середину года)',
  seriesOut: (partner: string) => {
    const prep = inflect(partner, 'prep');
    return prep ? glue(`Уроженцы страны в ${prep}`) : `Уроженцы страны; страна проживания: ${partner}`;
  },
  seriesIn: (partner: string) => {
    const gen = inflect(partner, 'gen');
    return gen ? `Уроженцы ${gen}, живущие здесь` : `Живущие здесь; страна рождения: ${partner}`;
  },
  seriesBetween: (p: { origin: string; destination: string }) => {
    const gen = inflect(p.origin, 'gen');
    const prep = inflect(p.destination, 'prep');
    return gen && prep ? glue(`Уроженцы ${gen} в ${prep}`) : `${p.origin} → ${p.destination}: по месту рождения`;
  },
  recordsNotKept: (country: string) =>
    `${country} входит в набор данных только как страна, где живут мигранты: записи об организациях, соглашениях и договорах для нее не ведутся, поэтому они не показаны (это не значит, что их нет).`,
  seriesLabel: (p: { what: string; first: string; last: string; from: string; to: string }) =>
    `${p.what}: ${p.from} в${NB}${p.first}${NB}г., ${p.to} в${NB}${p.last}${NB}г.`,
  elsewhere: 'Другие страны',
  destinationsCount: destinations,
  figureWhen: (p: { when: string; quoting?: string }) => (p.quoting ? `(${p.when}; со ссылкой на ${p.quoting})` : `(${p.when})`),
  flows: {
    basisTitle: {
      labour_migrants: 'Трудовые мигранты из Центральной Азии',
      born_in_origin: 'Уроженцы Центральной Азии, живущие за рубежом',
    } satisfies Record<Basis, string>,
    basisAbout: {
      labour_migrants: 'Как опубликовано: распределение мигрантов каждой страны по странам назначения за период, указанный в источнике.',
      born_in_origin:
        'Численность по данным ООН на середину года: все уроженцы страны, живущие в другой, включая переехавших в советское время (например, этнических русских и немцев из Казахстана); большинство сезонных работников не учтено.',
    } satisfies Record<Basis, string>,
    basisLegend: 'Что показывают линии',
    basisOption: { labour_migrants: 'Трудовые мигранты', born_in_origin: 'Уроженцы страны (ООН)' } satisfies Record<Basis, string>,
    yearLegend: 'Год',
    latest: 'Последние',
    latestHint: 'Последние данные по каждой стране происхождения',
    playYears: 'Показать динамику',
    stopYears: 'Остановить',
    originsLegend: 'Страны происхождения',
    allOrigins: 'Все',
    computed: 'доли рассчитаны по опубликованным числам',
    splitHeading: {
      labour_migrants: (origin: string) => {
        const gen = inflect(origin, 'gen');
        return gen ? `Мигранты из ${gen} по странам назначения` : `${origin}: мигранты по странам назначения`;
      },
      born_in_origin: (origin: string) => {
        const gen = inflect(origin, 'gen');
        return gen ? `Уроженцы ${gen} по стране проживания` : `${origin}: уроженцы по стране проживания`;
      },
    } satisfies Record<Basis, (origin: string) => string>,
    measureLegend: 'Толщина линии',
    measure: {
      labour_migrants: { share: 'Доля мигрантов', count: 'Число мигрантов' },
      born_in_origin: { share: 'Доля людей', count: 'Число людей' },
    } satisfies Record<Basis, Record<Measure, string>>,
    scaleShare: {
      labour_migrants: 'Толщина линии: доля трудовых мигрантов страны происхождения',
      born_in_origin: 'Толщина линии: доля от всех уроженцев страны, живущих за рубежом',
    } satisfies Record<Basis, string>,
    scaleCount: {
      labour_migrants: 'Толщина линии: число мигрантов (опубликованное или расчетное)',
      born_in_origin: 'Толщина линии: число людей по данным ООН',
    } satisfies Record<Basis, string>,
    derived: 'расчет',
    derivedValue: (value: string) => `${value} (расчет)`,
    shareAndCount: (p: { share: string; count: string }) => `${p.share} · около ${p.count}`,
    derivedNote: (p: { sharesPeriod: string; sharesSource: string; total: string; totalWhat: string; totalSource: string }) =>
      `Расчет, а не опубликованные данные: каждая доля (${p.sharesPeriod}, ${p.sharesSource}) × ${p.total} ${p.totalWhat} за тот же период (${p.totalSource}).`,
    totalWhat: {
      departures_for_work: 'выездов на работу',
      labour_migrants_abroad: 'трудовых мигрантов за рубежом',
    } satisfies Record<CountTotal, string>,
    derivedWhy: {
      departures_for_work:
        'Поэтому каждое число — это люди, уехавшие в эту страну за этот период, а не все, кто там работает. Приведенные ниже общие числа мигрантов за рубежом относятся к другим датам и не перемножаются.',
      labour_migrants_abroad: 'Доли и общее число относятся к одному периоду.',
    } satisfies Record<CountTotal, string>,
    slideTotal: (totalWhat: string) => `Расчет: доля × число ${totalWhat}`,
    otherTotals: 'Опубликованные общие числа мигрантов за рубежом:',
    settingsToggle: (year: string | null) => `${year ?? 'Последние'} · настройки`,
    listsLabel: 'Все потоки по странам происхождения',
    noCount: (origin: string) => `${origin}: нет опубликованного общего числа, из которого можно рассчитать численность.`,
    noneForYear: (year: string) => `В наборе данных нет данных о потоках за ${year}${NB}г.`,
    showLatest: 'Показать последние данные',
    play: 'Запустить',
    pause: 'Пауза',
    playLabel: 'Запустить анимацию потоков',
    pauseLabel: 'Пауза: остановить анимацию потоков',
    listLabel: 'Потоки, от крупных к мелким. Фокус на строке выделяет поток на карте, выбор строки открывает его коридор.',
    openCorridor: (p: { origin: string; destination: string; value: string }) => `Коридор ${p.origin}${DASH}${p.destination}: ${p.value}`,
    totalsHeading: 'Опубликовано только общее число',
    slideBasis: {
      labour_migrants: 'Трудовые мигранты по данным источника',
      born_in_origin: 'По месту рождения: не трудовые мигранты',
    } satisfies Record<Basis, string>,
    slideTotalsHeading: 'Только общее число мигрантов за рубежом (круг)',
    totalsNote:
      'Ни один источник здесь не распределяет этих мигрантов по странам назначения, поэтому линии не проведены: общее число за рубежом показано знаком у столицы.',
    markKey: 'Круг — наименьшее опубликованное число; кольцо — наибольшее, если источники расходятся.',
    noFigure: (name: string) => `${name}: источники не приводят общего числа граждан, работающих за рубежом.`,
    shareOf: {
      labour_migrants: (p: { share: string; origin: string; computed: boolean }) => {
        const gen = inflect(p.origin, 'gen');
        return `${p.share} трудовых мигрантов ${gen ? `из ${gen}` : `(${p.origin})`}${p.computed ? ' (рассчитано по числам)' : ''}`;
      },
      born_in_origin: (p: { share: string; origin: string; computed: boolean }) => {
        const gen = inflect(p.origin, 'gen');
        return `${p.share} всех уроженцев ${gen ?? `страны (${p.origin})`}, живущих за рубежом${p.computed ? ' (рассчитано)' : ''}`;
      },
    } satisfies Record<Basis, (p: { share: string; origin: string; computed: boolean }) => string>,
    countOf: {
      departures_for_work: (value: string) =>
        `около ${value} ${agree(value, { one: 'выезда', few: 'выездов', many: 'выездов', other: 'выезда' })} на работу`,
      labour_migrants_abroad: (value: string) =>
        `около ${value} ${agree(value, { one: 'мигранта', few: 'мигрантов', many: 'мигрантов', other: 'мигранта' })}`,
    } satisfies Record<CountTotal, (value: string) => string>,
    countPublished: {
      labour_migrants: (p: { value: string; origin: string }) =>
        `${p.value} ${agree(p.value, { one: 'мигрант', few: 'мигранта', many: 'мигрантов', other: 'мигранта' })}`,
      born_in_origin: (p: { value: string; origin: string }) => {
        const gen = inflect(p.origin, 'gen');
        const noun = agree(p.value, { one: 'уроженец', few: 'уроженца', many: 'уроженцев', other: 'уроженца' });
        return gen ? `${p.value} ${noun} ${gen}` : `${p.value} ${noun} (${p.origin})`;
      },
    } satisfies Record<Basis, (p: { value: string; origin: string }) => string>,
    derivedFrom: (p: { share: string; total: string }) => `${p.share}${NB}% × ${p.total}`,
    sharesLine: (p: { period: string; source: string }) => `Доли: ${p.period} · ${p.source}`,
    totalLine: (p: { period: string; source: string }) => `Общее число: ${p.period} · ${p.source}`,
    sourceLine: (p: { period: string; source: string }) => `${p.period} · Источник: ${p.source}`,
    periodSource: (p: { period: string; source: string }) => `${p.period} · ${p.source}`,
    route: (p: { origin: string; destination: string }) => `${p.origin} → ${p.destination}`,
    tooltipTotal: (country: string) => `${country} · трудовые мигранты за рубежом`,
    valueMeta: (p: { when: string; source: string }) => `${p.when} · ${p.source}`,
  },
  corridor: {
    heading: (p: { a: string; b: string }) => `${p.a}${DASH}${p.b}`,
    kicker: 'Коридор',
    flows: 'Потоки',
    noFlows: 'В наборе данных нет данных о потоках между этими двумя странами.',
    agreements: 'Соглашения между ними',
    noAgreements: 'В источниках не зафиксировано соглашений, где названы обе страны.',
    frameworks: 'Документы организаций, полноправные члены которых — обе страны',
    memberships: 'Организации, в которых у обеих есть статус',
    noMemberships: 'Нет организации, в которой у обеих сейчас есть статус.',
    instruments: 'Международные документы',
    bothParty: 'Обе участвуют',
    notBoth: 'Участвует одна или ни одной',
    openCountry: (name: string) => `Открыть: ${name}`,
    countryStatus: (p: { country: string; status: string }) => `${p.country}: ${p.status}`,
    instrumentColumn: 'Документ',
  },
  figuresHeading: 'Цифры',
  sourcesDisagree: 'Источники расходятся',
  laws: 'Национальные законы',
  events: 'Встречи и мероприятия',
  yearNotStated: 'год не указан',
  indicator: {
    labour_migrants_abroad: 'Трудовые мигранты за рубежом',
    labour_migrants_hosted: 'Трудовые мигранты, работающие в стране',
    remittances_pct_gdp: 'Денежные переводы',
    departures_for_work: 'Выезды на работу за рубеж',
    born_in_origin_abroad: 'Уроженцы страны за рубежом (численность, ООН)',
    migrant_sector_construction_pct: 'Мигранты, занятые в строительстве',
    migrant_sector_agriculture_pct: 'Мигранты, занятые в сельском хозяйстве',
    migrant_sector_industry_pct: 'Мигранты, занятые в промышленности',
    migrant_sector_trade_pct: 'Мигранты, занятые в торговле',
    unemployment_rate: 'Уровень безработицы',
    employed_persons: 'Занятые',
    employed_share_of_active_population: 'Занятые, доля экономически активного населения',
    job_seekers: 'Ищущие работу',
    school_leavers_per_year: 'Выпускники школ и колледжей в год',
    bachelor_admissions_per_year: 'Прием в бакалавриат в год',
    labour_market_entrants_per_year: 'Молодые люди, выходящие на рынок труда, в год',
    entrants_without_specialised_qualification_pct: 'Выходящие на рынок труда без специальной квалификации',
    population: 'Население',
    asylum_claims_processed: 'Рассмотренные ходатайства об убежище',
    migrant_workers_wage_theft_pct: 'Трудовые мигранты, которым не выплатили или задержали зарплату',
    cooperation_agreements_signed: 'Соглашения и меморандумы о сотрудничестве с зарубежными партнерами',
  } as Record<string, string | undefined>,
  qualifier: {
    exact: (value: string) => value,
    about: (value: string) => `около ${value}`,
    nearly: (value: string) => `почти ${value}`,
    more_than: (value: string) => `более ${value}`,
    fewer_than: (value: string) => `менее ${value}`,
    range: (value: string, max: string) => `${value}–${max}`,
    not_available: () => 'нет данных',
  } satisfies Record<Statistic['qualifier'], Qualify> as Record<Statistic['qualifier'], Qualify>,
  unit: {
    persons: (value: string) => value,
    count: (value: string) => value,
    percent: (value: string) => `${value}${NB}%`,
    percent_of_gdp: (value: string) => `${value}${NB}% ВВП`,
  } satisfies Record<Statistic['unit'], (value: string) => string>,
  shareBelow: (value: string) => `<${value}${NB}%`,
  span: (p: { low: string; high: string }) => `${p.low}${DASH}${p.high}`,
  million: (value: string) => `${value}${NB}млн`,
  mapShows: 'Карта',
  flowsMode: 'Потоки мигрантов',
  instrumentsMode: 'Договоры и Глобальный договор',
  organisationsMode: 'Организации',
  now: 'сейчас',
  asOfNow: 'Статус на сегодня по данным депозитариев и организаций',
  asOfYear: (year: string) => `Статус на конец ${year}${NB}г.`,
  statusYearLabel: 'Год',
  playStatusYears: 'Запустить',
  pauseStatusYears: 'Пауза',
  outsideDataset: 'в наборе данных нет записи',
  countryCount: (count: number) =>
    locale.plural(count, {
      one: `${locale.number(count)} страна`,
      few: `${locale.number(count)} страны`,
      many: `${locale.number(count)} стран`,
      other: `${locale.number(count)} страны`,
    }),
  centralAsiaCount: {
    party: (p: { count: number; total: number }) =>
      locale.plural(p.count, {
        one: `Участвует ${locale.number(p.count)} из ${locale.number(p.total)} стран Центральной Азии`,
        other: `Участвуют ${locale.number(p.count)} из ${locale.number(p.total)} стран Центральной Азии`,
      }),
    voted_yes: (p: { count: number; total: number }) =>
      locale.plural(p.count, {
        one: `За проголосовала ${locale.number(p.count)} из ${locale.number(p.total)} стран Центральной Азии`,
        other: `За проголосовали ${locale.number(p.count)} из ${locale.number(p.total)} стран Центральной Азии`,
      }),
    member: (p: { count: number; total: number }) =>
      locale.plural(p.count, {
        one: `Членом является ${locale.number(p.count)} из ${locale.number(p.total)} стран Центральной Азии`,
        other: `Членами являются ${locale.number(p.count)} из ${locale.number(p.total)} стран Центральной Азии`,
      }),
  },
  emphasisNote: 'Пять стран Центральной Азии выделены цветом и контуром, остальные — светлее.',
  tipSince: (date: string) => `с${NB}${when(date)}`,
  tipDisputed: (papers: string) => `В исходной статье утверждается иное: ${papers}`,
  tipSource: (source: string) => `Источник: ${source}`,
  countsOfDataset: (count: number) =>
    locale.plural(count, {
      one: `Подсчет ведется по ${locale.number(count)} стране этого набора данных, а не по всем государствам.`,
      other: `Подсчет ведется по ${locale.number(count)} странам этого набора данных, а не по всем государствам.`,
    }),
  notYetAdopted: (p: { date: string; year: string }) => `Дата принятия: ${when(p.date)}; для ${p.year}${NB}г. статуса нет.`,
  notYetFounded: (p: { date: string; year: string }) => `Дата основания: ${when(p.date)}; для ${p.year}${NB}г. статуса нет.`,
  recordedVote: (date: string) => `Заносимое в отчет голосование в ГА ООН, ${when(date)}`,
  listCountries: 'Страны в каждой группе',
  disputedByPaper: 'Оспаривается в исходной статье',
  statusCount: (p: { status: string; count: number }) =>
    locale.plural(p.count, {
      one: `${p.status}: ${locale.number(p.count)} страна`,
      few: `${p.status}: ${locale.number(p.count)} страны`,
      many: `${p.status}: ${locale.number(p.count)} стран`,
      other: `${p.status}: ${locale.number(p.count)} страны`,
    }),
  membershipRecords: 'записи о членстве',
  shareGroup: 'Поделиться, встроить, экспортировать, показать',
  shareMenu: 'Поделиться',
  share: 'Поделиться',
  linkCopied: 'Ссылка скопирована',
  copyFailed: 'Не удалось скопировать: выделите текст и скопируйте его',
  embed: 'Встроить',
  downloadPng: 'Скачать PNG',
  exporting: 'Подготовка…',
  exportFailed: 'Не удалось создать PNG: попробуйте еще раз или сделайте снимок экрана',
  present: 'Презентация',
  presentHint: 'Режим презентации (P): полный экран, крупный шрифт, история шаг за шагом',
  embedDialogTitle: 'Встроить карту',
  embedDialogIntro:
    'Вставьте этот код на свою страницу. Он показывает текущий вид, сам подстраивает высоту на страницах с Pym.js, скриптом встраивания Datawrapper или AMP и ничего не загружает с других сайтов.',
  embedHeight: 'Высота',
  embedResponsive: 'Адаптивная',
  pixels: (n: number) => `${locale.number(n)}${NB}пикс.`,
  embedCode: 'Код для встраивания',
  copyCode: 'Скопировать код',
  codeCopied: 'Код скопирован',
  embedTitle: 'Интерактивная карта: трудовая миграция из Центральной Азии и право, которое ее регулирует',
  embedLinkText: 'Открыть интерактивную карту трудовой миграции из Центральной Азии',
  openFullMap: 'Открыть полную карту',
  gestureWheel: 'Щелкните по карте, чтобы масштабировать колесиком, или используйте Ctrl + прокрутку',
  gestureWheelMac: 'Щелкните по карте, чтобы масштабировать колесиком, или используйте ⌘ + прокрутку',
  gestureTouch: 'Коснитесь карты или двигайте ее двумя пальцами',
  slide: {
    credit: 'Коридоры',
    creditAt: (address: string) => `Коридоры · ${address}`,
    basisPeriod: {
      labour_migrants: (p: { origin: string; period: string; source: string }) => {
        const gen = inflect(p.origin, 'gen');
        return `${gen ? `Трудовые мигранты из ${gen}` : `${p.origin}: трудовые мигранты`}, ${p.period}, ${p.source}`;
      },
      born_in_origin: (p: { origin: string; period: string; source: string }) => {
        const gen = inflect(p.origin, 'gen');
        return `${gen ? `Уроженцы ${gen}, живущие за рубежом` : `${p.origin}: уроженцы, живущие за рубежом`}, ${p.period}, ${p.source}`;
      },
    } satisfies Record<Basis, (p: { origin: string; period: string; source: string }) => string>,
    sourceLine: (sources: string[]) =>
      `Источники: ${sources.join('; ')}. Границы: Natural Earth. Каждый источник со страницей и таблицей — в разделе «Источники».`,
    tableSourceLine: (sources: string[]) => `Источники: ${sources.join('; ')}. Каждый источник со страницей и таблицей — в разделе «Источники».`,
  },
  stepOf: (p: { step: number; count: number }) => `Шаг ${locale.number(p.step)} из ${locale.number(p.count)}`,
  story: {
    evidenceLabel: 'Что показывают данные',
    largestEach: 'Главная страна назначения для каждой страны происхождения',
    disputedHeading: (p: { what: string; country: string }) => `${p.what}, ${p.country}: все опубликованные значения`,
    axisZero: '0',
    agreementHeading: (p: { a: string; b: string }) => `Соглашение: ${p.a}${DASH}${p.b}`,
    standingsHeading: 'Позиция пяти стран Центральной Азии',
    disputedClaim: 'оспаривается в статье',
    valueWhenSource: (p: { value: string; when: string; source: string }) => `${p.value}, ${p.when}, ${p.source}`,
  },
  previousStep: 'Предыдущий шаг',
  nextStep: 'Следующий шаг',
  exitPresentation: 'Выйти из презентации (Esc)',
  downloadSlide: 'Слайд в PNG (S)',
  // explore (tables, timeline, compare, search)
  explore: {
    navLabel: 'Разделы',
    views: { map: 'Карта', table: 'Таблицы', timeline: 'Хронология', compare: 'Сравнение' },
    closeLabel: 'Закрыть и вернуться к карте',
    tables: { instruments: 'Договоры', organisations: 'Организации', agreements: 'Соглашения', flows: 'Потоки' },
    tablesLabel: 'Таблица',
    tableCaption: {
      instruments: 'Статус каждой страны в каждом договоре и конвенции по данным депозитария',
      organisations: 'Участие каждой страны в каждой организации на сегодня',
      agreements: 'Соглашения, программы и декларации: стороны и даты',
      flows: 'Все потоки с карты и из панелей: основа подсчета, период и источник',
    },
    column: {
      country: 'Страна',
      title: 'Соглашение',
      parties: 'Стороны',
      type: 'Вид',
      signed: 'Подписано',
      origin: 'Откуда',
      destination: 'Куда',
      basis: 'Что считается',
      year: 'Год',
      share: 'Доля',
      count: 'Число',
      date: 'Дата',
      what: 'Что',
    },
    sortBy: (column: string) => `Сортировать: ${column}`,
    sortLabel: 'Сортировать по',
    tableOrder: 'Порядок таблицы',
    rowHeading: { instruments: 'Договор', organisations: 'Организация' },
    slideRows: (last: number, total: number) => `Строки 1–${locale.number(last)} из ${locale.number(total)}`,
    filterCountry: 'Страна',
    filterKind: 'Вид',
    anyCountry: 'Все страны',
    anyKind: 'Все виды',
    rowsShown: (shown: number, total: number) =>
      shown === total
        ? `${locale.number(total)}${NB}${locale.plural(total, { one: 'строка', few: 'строки', many: 'строк', other: 'строки' })}`
        : `${locale.number(shown)} из ${locale.number(total)}${NB}строк`,
    downloadCsv: 'Скачать эти строки (CSV)',
    role: { central_asia: 'Центральная Азия', destination: 'Страна назначения', partner: 'Партнер', flows_only: 'Страна назначения (только потоки)' },
    agreementType: {
      bilateral_agreement: 'Двустороннее соглашение',
      multilateral_agreement: 'Многостороннее соглашение',
      accession: 'Присоединение',
      memorandum: 'Меморандум',
      action_plan: 'План действий',
      cooperation_plan: 'План сотрудничества',
      programme: 'Программа',
      declaration: 'Декларация',
    },
    basis: { labour_migrants: 'Трудовые мигранты', born_in_origin: 'Уроженцы (ООН)' },
    noStatus: 'нет записи',
    disputedMark: 'в статье утверждается иное',
    uncheckedMark: 'еще не сверено с записью',
    reportedMark: 'сведения одной статьи, не подтвержденные другими источниками',
    timeline: {
      title: 'Хронология',
      caption: 'Членство, ратификации, соглашения, законы и события с 1991 года, каждое датировано настолько точно, насколько позволяет источник',
      groupBy: 'Группировать',
      grouping: { country: 'По странам', kind: 'По видам' },
      kinds: {
        membership: 'Вступление',
        ratification: 'Ратификация',
        signature: 'Подписание',
        agreement: 'Соглашение',
        law: 'Закон',
        event: 'Событие',
      },
      kindGroups: {
        membership: 'Членство',
        ratification: 'Ратификации',
        signature: 'Подписания',
        agreement: 'Соглашения',
        law: 'Законы',
        event: 'События',
      },
      countries: 'Страны',
      everyCountry: 'Пять государств Центральной Азии',
      year: 'По состоянию на',
      allYears: 'сегодня',
      dateInferred: 'дата установлена по контексту',
      left: 'Выход',
      before: (year: string) => `до ${year}${NB}г.`,
      items: (n: number) => `${locale.number(n)}${NB}${locale.plural(n, { one: 'запись', few: 'записи', many: 'записей', other: 'записи' })}`,
      open: (title: string) => `Открыть: ${title}`,
    },
    compare: {
      title: (names: string[]) => (names.length ? `Сравнение: ${locale.list(names)}` : 'Сравнение стран'),
      caption: 'Членство в организациях, договоры и потоки между странами рядом; строки, где они различаются, отмечены',
      choose: 'Сравниваемые страны',
      add: 'Добавить страну',
      remove: (name: string) => `Убрать: ${name}`,
      tooFew: 'Выберите хотя бы две страны для сравнения.',
      differs: 'различается',
      same: 'совпадает',
      organisations: 'Организации',
      instruments: 'Договоры и конвенции',
      flows: 'Потоки между ними',
      noFlows: 'Данных о потоках между ними нет.',
      compareWith: 'Сравнить с…',
      latest: (year: string) => `последние данные, ${year}`,
    },
    search: {
      label: 'Поиск',
      placeholder: 'Страна, организация, договор…',
      none: (query: string) => `По запросу «${query}» ничего не найдено`,
      count: (n: number) =>
        `${locale.number(n)}${NB}${locale.plural(n, { one: 'результат', few: 'результата', many: 'результатов', other: 'результата' })}`,
      kinds: { country: 'Страна', organisation: 'Организация', instrument: 'Договор', agreement: 'Соглашение', law: 'Закон' },
    },
  },
  // theme (dark)
  themeDark: 'Темная тема',
  themeDarkHint: 'Светлая или темная тема (выбор сохраняется в ссылке)',
  // accessibility
  a11y: {
    mapFlows: (p: { what: string; year: string | null; origin: string | null }) =>
      `На карте: ${p.what.charAt(0).toLowerCase()}${p.what.slice(1)}, ${p.year ? `${p.year} год` : 'последние данные каждой страны'}${
        p.origin ? `, только из страны: ${p.origin}` : ''
      }.`,
    mapStatus: (p: { what: string; kind: 'instrument' | 'org'; year: string | null }) =>
      `На карте: ${p.kind === 'org' ? 'членство в организации' : 'участие стран в документе'} «${p.what}», ${
        p.year ? `на конец ${p.year} года` : 'на сегодня'
      }.`,
    mapCountry: (country: string) => `Выбрана страна: ${country}; открыта ее панель.`,
    mapCorridor: (p: { a: string; b: string }) => `Выбран коридор: ${p.a} — ${p.b}; открыта его панель.`,
    countryListHint: 'Стрелки переходят от страны к стране; Enter открывает выбранную.',
    sheetHandle: (tall: boolean) => (tall ? 'Сделать панель ниже' : 'Сделать панель выше'),
  },
  status: {
    member: 'член',
    observer: 'наблюдатель',
    associate: 'ассоциированный член',
    dialogue_partner: 'партнер по диалогу',
    participant: 'участник',
    former: 'бывший член',
    party: 'участник',
    signatory: 'подписано',
    not_party: 'не участник',
    voted_yes: 'за',
    voted_no: 'против',
    abstained: 'воздержание',
    absent: 'неучастие в голосовании',
    none: 'нет статуса',
    unknown: 'за этот год неизвестно (в записи нет даты)',
  } satisfies Record<StandingKey, string>,
  action: {
    ratification: 'ратификация',
    accession: 'присоединение',
    succession: 'правопреемство',
    acceptance: 'принятие',
    approval: 'утверждение',
    signature: 'подписание',
    vote: 'голосование',
    claim: 'утверждение в статье',
  } satisfies Record<NonNullable<Ratification['action']>, string>,
} satisfies Messages;
