/**
 * Every string the interface shows, in Uzbek (Latin script, as official texts write it since 1995): oʻ and gʻ with
 * U+02BB, the tutuq belgisi with U+02BC, never an ASCII apostrophe (tests/unit/i18n-uz.test.ts checks it). The
 * same keys and parameters as en.ts. Nouns after numerals stay singular («4 ta davlat»), so plurals are rarely
 * needed. Names arrive in the nominative (data/i18n/uz.csv); the headlines and labels that need a case put the
 * suffix on with `inflect` below. Conventions: data/i18n/README.md, section «Oʻzbekcha».
 */
import type { DownloadFile } from '../data/downloads.ts';
import type { StandingKey } from '../queries/standings.ts';
import type { Basis, CountTotal, Measure } from '../queries/flows.ts';
import type { Ratification, Source, Statistic } from '../data/schema.ts';
import { createLocale, type Locale } from './locale.ts';
import type { Messages } from './en.ts';

const MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];
const COMPACT: Record<string, string> = { K: 'ming', M: 'mln', B: 'mlrd', T: 'trln' };

/**
 * Uzbek, Latin script, written the same in every browser: 70,2 · 1 234 567 (a no-break space between groups) ·
 * 2,5 mln · 100 ming · «2021-yil 30-aprel» and «2024-yil oktyabr», as official texts date · «a, b va c». `Intl`
 * gives these for uz-Latn in Node and Firefox, but Chromium ships no Uzbek locale data and falls back to the root
 * locale («1,234.5», «2021 M04 30», «a, b, and c»), so the figures, dates and lists are built here from
 * locale-independent parts; plurals and sorting stay with `Intl`.
 */
function uzbekLocale(): Locale {
  const base = createLocale('uz-Latn');
  const formats = new Map<number, Intl.NumberFormat>();
  const format = (digits: number) =>
    formats.get(digits) ?? formats.set(digits, new Intl.NumberFormat('en-US', { maximumFractionDigits: digits })).get(digits)!;
  /** en-US separators to Uzbek: the group comma to a no-break space, the decimal point to a comma. */
  const uzbek = (s: string) => s.replace(/[,.]/gu, (c) => (c === ',' ? '\u00A0' : ','));
  const compact = new Intl.NumberFormat('en-US', { notation: 'compact' });
  const joinList = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} va ${items[items.length - 1]}`);
  return {
    ...base,
    number: (n, digits = 1) => uzbek(format(digits).format(n)),
    compact(n) {
      const parts = compact.formatToParts(n);
      const word = parts.find((p) => p.type === 'compact')?.value;
      const digits = uzbek(
        parts
          .filter((p) => p.type !== 'compact' && p.type !== 'literal')
          .map((p) => p.value)
          .join(''),
      );
      return word ? `${digits} ${COMPACT[word] ?? word}` : digits;
    },
    date(partial) {
      if (!partial) return '';
      const [y, m, d] = partial.split('-').map(Number);
      if (m === undefined) return String(y);
      return d === undefined ? `${y}-yil ${MONTHS[m - 1]}` : `${y}-yil ${d}-${MONTHS[m - 1]}`;
    },
    list: joinList,
    listParts(count) {
      const out: ({ item: number } | { text: string })[] = [];
      for (let i = 0; i < count; i++) {
        if (i > 0) out.push({ text: i === count - 1 ? ' va ' : ', ' });
        out.push({ item: i });
      }
      return out;
    },
  };
}

export const locale = uzbekLocale();

/** The grammatical cases a name takes here: genitive, dative, locative, ablative, accusative. */
export type Case = 'gen' | 'dat' | 'loc' | 'abl' | 'acc';

/**
 * Names whose suffixed forms the rule below would get wrong, by nominative. Foreign proper names ending in -g
 * keep the stem and take -ga in the press («Sankt-Peterburgga»), while the spelling rule for native words
 * gives -ka after g («bargka»).
 */
export const CASE_EXCEPTIONS: Record<string, Partial<Record<Case, string>>> = {
  'Sankt-Peterburg': { dat: 'Sankt-Peterburgga' },
  Peterburg: { dat: 'Peterburgga' },
  Hamburg: { dat: 'Hamburgga' },
  Strasburg: { dat: 'Strasburgga' },
  /** «C5+1» is read «si besh plyus bir»: a suffix after a figure takes a hyphen. */
  'C5+1': { gen: 'C5+1 ning', dat: 'C5+1 ga', loc: 'C5+1 da', abl: 'C5+1 dan', acc: 'C5+1 ni' },
};

/** An abbreviation written in capitals, digraphs included: BMT, MDH, YeOII, ShHT, AQSh, KXShT, XMT. */
const ABBREVIATION = /^(?:[A-Z\u02BB\u02BC]|Sh|Ch|Ye|Yo|Yu|Ya|Oʻ|Gʻ)+$/u;

/**
 * A name with a case suffix, by the spelling rules of Uzbek (1995): the suffix goes on the last word of a
 * multi-word name («Birlashgan Arab Amirliklariga»), written without a hyphen after an abbreviation as the
 * official texts write it («BMTga», «MDHda», «AQShdan»); the dative is -ka after k and g, -qa after q, and
 * after gʻ the gʻ becomes q («togʻ» → «toqqa»); after letters read by their names (an abbreviation) it is -ga.
 * Locative -da, ablative -dan, genitive -ning, accusative -ni do not change.
 */
export function inflect(name: string, c: Case): string {
  const known = CASE_EXCEPTIONS[name]?.[c];
  if (known) return known;
  const last = name.split(/\s+/u).pop() ?? name;
  if (c === 'gen') return `${name}ning`;
  if (c === 'loc') return `${name}da`;
  if (c === 'abl') return `${name}dan`;
  if (c === 'acc') return `${name}ni`;
  // The dative.
  if (/\d$/u.test(name)) return `${name}-ga`;
  if (ABBREVIATION.test(last) && /[A-Z]/u.test(last.slice(1))) return `${name}ga`;
  if (/gʻ$/u.test(name)) return `${name.slice(0, -2)}qqa`;
  if (/q$/u.test(name)) return `${name}qa`;
  if (/[kg]$/u.test(name)) return `${name}ka`;
  return `${name}ga`;
}

export const gen = (name: string) => inflect(name, 'gen');
export const dat = (name: string) => inflect(name, 'dat');
export const loc = (name: string) => inflect(name, 'loc');
export const abl = (name: string) => inflect(name, 'abl');

/** Small counts in words, as a headline writes them. */
const count = (n: number) => ['nol', 'bir', 'ikki', 'uch', 'toʻrt', 'besh', 'olti', 'yetti', 'sakkiz', 'toʻqqiz', 'oʻn'][n] ?? locale.number(n);
/** «… of them»: «toʻrttasi», «biri», «hech biri». */
const countOf = (n: number) =>
  ['hech biri', 'biri', 'ikkitasi', 'uchtasi', 'toʻrttasi', 'beshtasi', 'oltitasi', 'yettitasi', 'sakkiztasi', 'toʻqqiztasi', 'oʻntasi'][n] ??
  `${locale.number(n)} tasi`;
/** «Oʻndan yettisi»: the possessive of a number word (-si after a vowel, -i after a consonant). */
const tenthsOf = (n: number) => {
  const w = count(n);
  return `oʻndan ${/[aeiou]$/u.test(w) ? `${w}si` : `${w}i`}`;
};
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A year as Uzbek writes it before a case ending: «2021-yilda». */
const yearLoc = (year: string) => (/^\d{4}$/u.test(year) ? `${year}-yilda` : `${year} davrida`);
/** «… dan beri» after a date or a year: «2015-yildan beri», «2021-yil 30-apreldan beri», «2024-yil oktyabrdan beri». */
const sinceDate = (date: string) => (/^\d{4}$/u.test(date) ? `${date}-yildan beri` : /\p{L}$/u.test(date) ? `${date}dan beri` : `${date} dan beri`);

const destinations = (n: number) => `${locale.number(n)} ta yoʻnalish`;

/** A value with its qualifier (`max` is the upper end of a range). */
type Qualify = (value: string, max: string) => string;

/** A per cent sign after the figure; after «… dan ortiq/kam» the word «foiz» takes the suffix. */
const percent = (value: string) => {
  const m = /^(.*\d) dan (ortiq|kam)$/u.exec(value);
  return m ? `${m[1]} foizdan ${m[2]}` : `${value}%`;
};

const FIVE = 'Markaziy Osiyo';

export const uz = {
  appTitle: 'Yoʻlaklar',
  appSubtitle: 'Markaziy Osiyodan mehnat migratsiyasi va uni tartibga soluvchi huquq',
  standingLine: 'Aʼzoliklari, kelishuvlari va shartnomalarini koʻrish uchun davlatni, yoʻlakni koʻrish uchun chiziqni tanlang.',
  headline: {
    part: (pct: number): string => {
      if (pct >= 95) return 'deyarli barchasi';
      if (pct < 5) return `${locale.number(pct)} foizi`;
      const tenths = Math.round(pct / 10);
      return tenths === 5 ? 'qariyb yarmi' : tenthsOf(tenths);
    },
    share: (p: { part: string; origin: string; destination: string; basis: Basis; year: string | null }) =>
      p.basis === 'labour_migrants'
        ? `${p.origin} mehnat muhojirlarining ${p.part} ${dat(p.destination)} boradi`
        : `${capitalise(loc(p.origin))} tugʻilib, xorijda yashayotganlarning ${p.part} ${loc(p.destination)} yashaydi (${p.year})`,
    firstFor: (p: { destination: string; origins: string[]; basis: Basis; year: string | null }) =>
      p.basis === 'labour_migrants'
        ? `${locale.list(p.origins)} mehnat muhojirlari eng koʻp ${dat(p.destination)} boradi`
        : `${capitalise(locale.list(p.origins.map(loc)))} tugʻilib, xorijda yashayotganlar eng koʻp ${loc(p.destination)} yashaydi (${p.year})`,
    firstForMany: (p: { destination: string; count: number; of: number; basis: Basis; year: string | null }) => {
      const all = p.count === p.of;
      if (p.basis === 'labour_migrants')
        return all
          ? `Maʼlumoti bor ${count(p.of)} Markaziy Osiyo davlatining har biridan mehnat muhojirlari eng koʻp ${dat(p.destination)} boradi`
          : `Maʼlumoti bor ${count(p.of)} Markaziy Osiyo davlatidan ${countOf(p.count)}ning mehnat muhojirlari eng koʻp ${dat(p.destination)} boradi`;
      return all
        ? `${capitalise(count(p.of))} Markaziy Osiyo davlatining barchasida tugʻilganlar xorijda eng koʻp ${loc(p.destination)} yashaydi (${p.year})`
        : `${capitalise(count(p.of))} Markaziy Osiyo davlatidan ${countOf(p.count)}da tugʻilganlar xorijda eng koʻp ${loc(p.destination)} yashaydi (${p.year})`;
    },
    pair: (p: { a: string; b: string }) => `${p.a} va ${p.b}`,
    treaties: (p: { country: string; parties: number; of: number }) =>
      p.parties === 0
        ? `${p.country} bu yerda kuzatilayotgan ${locale.number(p.of)} ta shartnoma va konvensiyaning birortasida ham ishtirok etmaydi`
        : `${p.country} bu yerda kuzatilayotgan ${locale.number(p.of)} ta shartnoma va konvensiyadan ${locale.number(p.parties)} tasining ishtirokchisi`,
    standing: (p: { standing: StandingKey; count: number; of: number; what: string; year: string | null }) => {
      const who =
        p.count === 0
          ? `${FIVE}ning ${count(p.of)} davlatidan hech biri`
          : p.count === p.of
            ? `${FIVE}ning barcha ${count(p.of)} davlati`
            : `${FIVE}ning ${count(p.of)} davlatidan ${countOf(p.count)}`;
      const none = p.count === 0;
      const past = p.year !== null;
      const be = (noun: string) => `${noun}${none ? ' emas' : ''}${past ? ' edi' : ''}`;
      const verb =
        p.standing === 'voted_yes'
          ? `${inflect(p.what, 'acc')} yoqlab ${none ? 'ovoz bermagan' : 'ovoz bergan'}`
          : p.standing === 'member'
            ? be(`${p.what} aʼzosi`)
            : p.standing === 'participant'
              ? be(`${p.what} qatnashchisi`)
              : be(`${p.what} ishtirokchisi`);
      return p.year ? `${yearLoc(p.year)} ${who} ${verb}` : `${who} ${verb}`;
    },
    notYet: (p: { what: string; event: 'adopted' | 'founded'; year: string }) =>
      p.event === 'adopted' ? `${yearLoc(p.year)} ${p.what} hali qabul qilinmagan edi` : `${yearLoc(p.year)} ${p.what} hali tashkil etilmagan edi`,
  },
  labelSeparator: ': ',
  sourcesLabel: 'Manbalar',
  sourcesTitle: 'Manbalar va maʼlumotlar',
  closeSources: 'Manbalarni yopib, xaritaga qaytish',
  sourcesIntro:
    'Xarita va panellardagi har bir satr shulardan biriga tayanadi. Shartnomalar holati depozitariylardan olingan; maqolada boshqacha deyilgan boʻlsa, panel bu daʼvoni «bahsli» deb belgilab koʻrsatadi. Manbalar turli raqamlarni keltirsa, panel ularning barchasini koʻrsatadi.',
  downloadsTitle: 'Maʼlumotlarni yuklab olish',
  downloadsIntro:
    'Butun maʼlumotlar toʻplami: har bir turdagi maʼlumot uchun sarlavha qatori boʻlgan UTF-8 CSV fayl, har bir qator oʻz source_id va locator maydoni bilan, taqdimot hikoyasi esa JSON shaklida.',
  downloadDescription: {
    'flows.csv': 'kelib chiqish va borish davlatlari boʻyicha migratsiya oqimlari',
    'statistics.csv': 'koʻrsatkichlar: muhojirlar, pul oʻtkazmalari, bandlik',
    'memberships.csv': 'tashkilotlarga aʼzolik, kuzatuvchilar, hamkorlar',
    'ratifications.csv': 'har bir davlat va hujjat boʻyicha shartnoma holati hamda bahsli daʼvolar',
    'agreements.csv': 'kelishuvlar, dasturlar va deklaratsiyalar, ularning taraflari bilan',
    'laws.csv': 'milliy qonunlar: davlat, nomi, raqami, qabul qilingan sanasi',
    'events.csv': 'uchrashuvlar va tadbirlar: sanasi, joyi, ishtirokchilari',
    'instruments.csv': 'shartnomalar, XMT konvensiyalari va Global kelishuv: qabul qilingan sanasi, depozitariysi, havolasi',
    'organisations.csv': 'tashkilotlar va sammit formatlari: turi, tashkil etilgan sanasi, havolasi',
    'countries.csv': 'davlatlar: ISO kodlari, roli, xaritada chizilgan-chizilmagani, oqimlar bogʻlangan poytaxt',
    'sources.csv': 'barcha manbalar, iqtibos va havolasi bilan',
    'story.json': 'taqdimot hikoyasi: har bir qadamning sarlavhasi, izohi, manbalari, kamerasi va koʻrinishi (JSON)',
  } satisfies Record<DownloadFile, string>,
  sourceKinds: {
    paper: 'Ilmiy maqolalar',
    news: 'Yangiliklar',
    depositary: 'Depozitariylar',
    official: 'Rasmiy hujjatlar va sahifalar',
    reference: 'Maʼlumotnomalar',
  } satisfies Record<Source['kind'], string>,
  citedBy: (n: number) => (n === 1 ? 'bir marta keltirilgan' : `${locale.number(n)} marta keltirilgan (maʼlumot qatorlari va hikoya qadamlarida)`),
  consulted: (date: string) => `Murojaat sanasi: ${date}`,
  sourceLine: (p: { named: string[]; others: number }) =>
    `${p.named.join('; ')}; shuningdek ${locale.number(p.others)} ta rasmiy, matbuot va maʼlumotnoma sahifasi. Chegaralar: Natural Earth.`,
  mapLabel:
    'Markaziy Osiyo va uning mehnat muhojirlari boradigan davlatlar xaritasi. Xuddi shu maʼlumotni matn koʻrinishida olish uchun roʻyxatdan davlatni tanlang.',
  mapUnavailable:
    'Harakatsiz xarita: bu brauzer harakatlanuvchi xaritani chiza olmaydi (WebGL kerak). Davlatlar va chiziqlar baribir oʻz panellarini ochadi.',
  countriesHeading: 'Davlatlar',
  languageLabel: 'Til',
  centralAsia: 'Markaziy Osiyo',
  destinationsAndPartners: 'Borish davlatlari va hamkorlar',
  close: 'Yopish',
  closePanel: 'Panelni yopib, umumiy koʻrinishga qaytish',

  glance: {
    heading: 'Qisqacha',
    memberOf: (p: { member: string[]; other: { status: string; organisation: string }[] }) => {
      const others = p.other.map((o) => `${loc(o.organisation)} ${o.status}`);
      if (p.member.length === 0)
        return others.length
          ? `Bu yerdagi birorta tashkilotning toʻlaqonli aʼzosi emas; ${locale.list(others)}.`
          : 'Tashkilotlarga aʼzolik qayd etilmagan.';
      return `${locale.list(p.member)} aʼzosi${others.length ? `; ${locale.list(others)}` : ''}.`;
    },
    agreementsLead: 'Hamkorlar boʻyicha kelishuvlar:',
    partnerCount: (p: { partner: string; count: number }) => `${p.partner} (${locale.number(p.count)})`,
    otherAgreements: (n: number) =>
      n === 1 ? 'va 1 tasi tashkilot yoki davlatlar guruhi bilan' : `va ${locale.number(n)} tasi tashkilotlar yoki davlatlar guruhlari bilan`,
    noAgreements: 'Kelishuvlar qayd etilmagan.',
    statusLead: {
      party: 'Ishtirokchi:',
      signatory: 'Imzolangan, ratifikatsiya qilinmagan:',
      not_party: 'Ishtirokchi emas:',
      voted_yes: 'Yoqlab ovoz bergan:',
      voted_no: 'Qarshi ovoz bergan:',
      abstained: 'Betaraf qolgan:',
      absent: 'Ovoz bermagan:',
    } satisfies Record<Ratification['status'], string>,
    chip: (p: { instrument: string; status: string; disputed: boolean }) =>
      p.disputed ? `${p.instrument} bahsli: ${p.status}; bir maqolada boshqacha deyilgan` : `${p.instrument}: ${p.status}`,
  },
  tabs: {
    label: 'Boʻlimlar',
    memberships: 'Tashkilotlar',
    agreements: 'Kelishuvlar',
    treaties: 'Shartnomalar',
    flows: 'Oqimlar',
    figures: 'Raqamlar',
    more: 'Qonunlar, tadbirlar',
  },
  forums: 'Sammit formatlari va jarayonlar',
  forumsNote: 'U qatnashadigan uchrashuvlar; ularning ishtirokchilarini hech qanday shartnoma bogʻlamaydi.',
  agreementsWith: (p: { partner: string; count: number }) => `${p.partner} · ${locale.number(p.count)}`,
  agreementsMultilateral: (n: number) => `Bir necha davlat bilan · ${locale.number(n)}`,
  agreementsBilateral: (n: number) => `Faqat ikki davlat oʻrtasida · ${locale.number(n)}`,
  agreementParties: (parties: string[]) => `Boshqa taraflar: ${locale.list(parties)}`,
  treatyTable: {
    caption: 'Holat depozitariy qayd etganidek; manba maqoladagi unga zid daʼvo «bahsli» deb belgilangan.',
    instrument: 'Hujjat',
    status: 'Holati, sanasi va manbasi',
    compactGroup: 'BMT Bosh Assambleyasidagi ovoz berish (kelishuv majburiy emas)',
    signedOn: (date: string) => `imzolangan: ${date}`,
    notesHeading: 'Bahsli daʼvolar',
    noteSummary: (p: { source: string; claim: string; instruments: string[] }) => `${p.source} fikricha, ${p.claim}: ${locale.list(p.instruments)}`,
    noteButton: 'Izoh',
    noteButtonLabel: (source: string) => `${source} daʼvosi haqidagi izohni oʻqish`,
  },
  dotPlot: (values: string[]) => `Manbalar keltirgan qiymatlar, bitta oʻqda: ${locale.list(values)}`,
  dotLabel: (p: { value: string; source: string }) => `${p.value}, ${p.source}`,
  memberships: 'Tashkilotlar',
  earlierLead: 'Avval:',
  periodSeparator: '; ',
  noMemberships: 'Maʼlumotlar toʻplamida tashkilotlarga aʼzolik qayd etilmagan.',
  agreements: 'Kelishuvlar va dasturlar',
  noAgreements: 'Manbalarda ikki tomonlama kelishuvlar qayd etilmagan.',
  frameworks: 'Uning tashkilotlari doirasidagi hujjatlar',
  frameworksNote: 'U toʻlaqonli aʼzo boʻlgan tashkilot doirasida qabul qilingan kelishuvlar; manbada taraflar sanab oʻtilmagan.',
  instruments: 'Xalqaro hujjatlar',
  partyTo: 'Ishtirokchi',
  signatoryTo: 'Imzolangan, ratifikatsiya qilinmagan',
  notPartyTo: 'Ishtirokchi emas',
  compactVote: 'Migratsiya boʻyicha global kelishuv',
  disputed: 'bahsli',
  disputedClaim: (p: { source: string; claim: string }) => `${p.source} fikricha: ${p.claim}`,
  disputedSeeNote: 'manbalar nima deyishi quyidagi izohda keltirilgan',
  disputedRowsNote: (p: { source: string; rows: string[] }) => `${p.source}: ${locale.list(p.rows)} haqida`,
  since: (year: string) => sinceDate(year),
  sinceUntil: (p: { since: string; until: string }) => `${p.since}–${p.until}`,
  with: (partners: string[]) => `${locale.list(partners)} bilan`,
  recordAction: (p: { action: string; date: string }) => (p.date ? `${p.action}: ${p.date}` : p.action),
  dateNotStated: 'sanasi koʻrsatilmagan',
  dateInferred: (date: string) => `${date} (yili taxminiy)`,
  source: 'Manba',
  sourcesLead: 'Manba:',
  sourceChip: (p: { source: string; unchecked: boolean }) => `Manba: ${p.source}${p.unchecked ? ' (tekshirilmagan)' : ''}`,
  citationTitle: (p: { citation: string; locator: string }) => `${p.citation} — ${p.locator}`,
  locatorLabel: 'Manbadagi joyi',
  countryLocator: (p: { country: string; locator: string }) => `${p.country}: ${p.locator}`,
  // records (issue 16)
  uncheckedReason: {
    not_reached: 'Hali tekshirilmagan: bu yerdan yozuvga kirib boʻlmadi.',
    secondary_only: 'Hali tekshirilmagan: faqat ikkilamchi manbada (OAV, maʼlumotnoma yoki koʻzgu sayt) koʻrilgan, yozuvning oʻzida emas.',
    date_not_seen: 'Hali tekshirilmagan: maqom yozuvda koʻrilgan, koʻrsatilgan sana esa koʻrilmagan.',
    ambiguous: 'Hali tekshirilmagan: yozuv noaniq.',
  },
  reported: 'maqolaga koʻra',
  reportedLong: 'Bitta maqolada xabar qilingan; boshqa manbalarda tasdiqlanmagan.',
  corroboratedBy: 'maqoladagi maʼlumotni tasdiqlaydi',
  corroboration: {
    confirmed: 'tasdiqlangan',
    reported: 'bitta maqolaga koʻra, tasdiqlanmagan',
    disputed: 'bahsli',
  },
  notChecked: 'Loyihaga maʼlum boʻlgan yozuv; hujjat nusxasi bilan hali solishtirilmagan.',
  uncheckedTag: 'tekshirilmagan',
  uncheckedOnMap: (p: { count: number; total: number }) =>
    `Bu ${locale.number(p.total)} ta yozuvdan ${locale.number(p.count)} tasi hujjat nusxasi bilan hali solishtirilmagan (panellarda «tekshirilmagan» deb belgilangan).`,
  flowsFromHere: {
    labour_migrants: 'Mehnat muhojirlari boradigan davlatlar',
    born_in_origin: 'Shu yerda tugʻilganlar yashaydigan davlatlar (BMT)',
  } satisfies Record<Basis, string>,
  flowsToHere: { labour_migrants: 'Kelib chiqish davlatlari', born_in_origin: 'Shu yerda yashovchilar tugʻilgan davlatlar (BMT)' } satisfies Record<
    Basis,
    string
  >,
  shareOfOrigin: {
    labour_migrants: (origin: string) => `${origin} mehnat muhojirlaridagi ulush`,
    born_in_origin: (origin: string) => `${capitalise(loc(origin))} tugʻilib, shu yerda yashaydi`,
  } satisfies Record<Basis, (origin: string) => string>,
  shareOfMigrants: {
    labour_migrants: 'Uning mehnat muhojirlaridagi ulush',
    born_in_origin: 'Shu yerda tugʻilib, xorijda yashayotganlardagi ulush',
  } satisfies Record<Basis, string>,
  bornElsewhere: 'Xorijda tugʻilib, shu yerda yashayotganlar, tugʻilgan davlati boʻyicha',
  seriesHeading: 'Vaqt boʻyicha (BMT, yil oʻrtasi)',
  seriesOut: (partner: string) => `Shu yerda tugʻilib, ${loc(partner)} yashaydi`,
  seriesIn: (partner: string) => `${capitalise(loc(partner))} tugʻilib, shu yerda yashaydi`,
  seriesBetween: (p: { origin: string; destination: string }) => `${capitalise(loc(p.origin))} tugʻilib, ${loc(p.destination)} yashaydi`,
  recordsNotKept: (country: string) =>
    `${country} bu maʼlumotlar toʻplamiga faqat muhojirlari uchun kiritilgan: unga oid tashkilot, kelishuv va shartnoma yozuvlari yuritilmaydi, shuning uchun ular koʻrsatilmaydi (bu ular yoʻq degani emas).`,
  seriesLabel: (p: { what: string; first: string; last: string; from: string; to: string }) =>
    `${p.what}: ${p.first} — ${p.from}, ${p.last} — ${p.to}`,
  elsewhere: 'Boshqa davlatlar',
  destinationsCount: destinations,
  figureWhen: (p: { when: string; quoting?: string }) => (p.quoting ? `(${p.when}; ${p.quoting} maʼlumoti)` : `(${p.when})`),
  flows: {
    basisTitle: {
      labour_migrants: 'Markaziy Osiyodan mehnat muhojirlari',
      born_in_origin: 'Markaziy Osiyoda tugʻilib, xorijda yashayotganlar',
    } satisfies Record<Basis, string>,
    basisAbout: {
      labour_migrants:
        'Eʼlon qilinganidek: har bir kelib chiqish davlati muhojirlarining borish davlatlari boʻyicha taqsimoti, manba koʻrsatgan davr uchun.',
      born_in_origin:
        'BMTning yil oʻrtasidagi soni: shu davlatda tugʻilib, boshqa davlatda yashayotganlarning barchasi, jumladan sovet davrida koʻchganlar (masalan, Qozogʻistondan ketgan etnik ruslar va nemislar); mavsumiy ishchilarning aksariyati bunga kirmaydi.',
    } satisfies Record<Basis, string>,
    basisLegend: 'Chiziqlar nimani sanaydi',
    basisOption: { labour_migrants: 'Mehnat muhojirlari', born_in_origin: 'Shu yerda tugʻilganlar (BMT)' } satisfies Record<Basis, string>,
    yearLegend: 'Yil',
    latest: 'Soʻnggi',
    latestHint: 'Har bir kelib chiqish davlatining soʻnggi maʼlumotlari',
    playYears: 'Yillarni ketma-ket koʻrsatish',
    stopYears: 'Toʻxtatish',
    originsLegend: 'Kelib chiqish davlatlari',
    allOrigins: 'Barchasi',
    computed: 'ulushlar eʼlon qilingan raqamlardan hisoblangan',
    splitHeading: {
      labour_migrants: (origin: string) => `${origin} muhojirlari, borish davlati boʻyicha`,
      born_in_origin: (origin: string) => `${capitalise(loc(origin))} tugʻilganlar, yashash davlati boʻyicha`,
    } satisfies Record<Basis, (origin: string) => string>,
    measureLegend: 'Chiziq qalinligi',
    measure: {
      labour_migrants: { share: 'Muhojirlar ulushi', count: 'Muhojirlar soni' },
      born_in_origin: { share: 'Odamlar ulushi', count: 'Odamlar soni' },
    } satisfies Record<Basis, Record<Measure, string>>,
    scaleShare: {
      labour_migrants: 'Chiziq qalinligi: kelib chiqish davlati mehnat muhojirlaridagi ulush',
      born_in_origin: 'Chiziq qalinligi: shu davlatda tugʻilib, xorijda yashayotganlardagi ulush',
    } satisfies Record<Basis, string>,
    scaleCount: {
      labour_migrants: 'Chiziq qalinligi: muhojirlar soni (eʼlon qilingan yoki hisoblangan)',
      born_in_origin: 'Chiziq qalinligi: BMT keltirgan odamlar soni',
    } satisfies Record<Basis, string>,
    derived: 'hisoblangan',
    derivedValue: (value: string) => `${value} (hisoblangan)`,
    shareAndCount: (p: { share: string; count: string }) => `${p.share} · taxm. ${p.count}`,
    derivedNote: (p: { sharesPeriod: string; sharesSource: string; total: string; totalWhat: string; totalSource: string }) =>
      `Hisoblangan, eʼlon qilinmagan: har bir ulush (${p.sharesPeriod}, ${p.sharesSource}) × shu davrdagi ${p.total} ${p.totalWhat} (${p.totalSource}).`,
    totalWhat: {
      departures_for_work: 'xorijga ishlash uchun chiqish',
      labour_migrants_abroad: 'xorijdagi mehnat muhojiri',
    } satisfies Record<CountTotal, string>,
    derivedWhy: {
      departures_for_work:
        'Demak, har bir raqam oʻsha davrda shu davlatga ketganlarni sanaydi, u yerda ishlayotganlarning barchasini emas. Quyida keltirilgan xorijdagi muhojirlarning jami soni boshqa sanalarga tegishli va koʻpaytirilmaydi.',
      labour_migrants_abroad: 'Ulushlar va jami bir xil davrga tegishli.',
    } satisfies Record<CountTotal, string>,
    slideTotal: (totalWhat: string) => `Hisoblangan: ulush × ${totalWhat}`,
    otherTotals: 'Xorijdagi muhojirlarning eʼlon qilingan jami soni:',
    settingsToggle: (year: string | null) => `${year ?? 'Soʻnggi'} · sozlamalar`,
    listsLabel: 'Barcha oqimlar, kelib chiqish boʻyicha',
    noCount: (origin: string) => `${origin}: raqamlarni hisoblash uchun eʼlon qilingan jami son yoʻq.`,
    noneForYear: (year: string) => `Maʼlumotlar toʻplamida ${year} uchun oqim raqamlari yoʻq.`,
    showLatest: 'Soʻnggi raqamlarni koʻrsatish',
    play: 'Ijro',
    pause: 'Pauza',
    playLabel: 'Ijro: oqimlar animatsiyasini boshlash',
    pauseLabel: 'Pauza: oqimlar animatsiyasini toʻxtatib turish',
    listLabel: 'Oqimlar, kattasidan boshlab. Xaritada ajratib koʻrsatish uchun birining ustiga oʻting; yoʻlagini ochish uchun uni tanlang.',
    openCorridor: (p: { origin: string; destination: string; value: string }) => `Yoʻlak ${p.origin} – ${p.destination}: ${p.value}`,
    totalsHeading: 'Faqat jami soni eʼlon qilingan',
    slideBasis: {
      labour_migrants: 'Mehnat muhojirlari, har bir manba sanaganidek',
      born_in_origin: 'Tugʻilgan joyi boʻyicha: mehnat muhojirlari emas',
    } satisfies Record<Basis, string>,
    slideTotalsHeading: 'Faqat jami soni eʼlon qilingan: xorijdagi muhojirlar (doira)',
    totalsNote:
      'Bu yerdagi hech bir manba bu muhojirlarni borish davlatlari boʻyicha ajratmaydi, shuning uchun chiziqlar chizilmagan: poytaxtdagi belgi xorijdagilarning jami sonini koʻrsatadi.',
    markKey: 'Doira: eʼlon qilingan eng kichik jami son; halqa: manbalar farq qilganda eng kattasi.',
    noFigure: (name: string) => `${name}: manbalar xorijda ishlayotgan fuqarolarining jami sonini keltirmaydi.`,
    shareOf: {
      labour_migrants: (p: { share: string; origin: string; computed: boolean }) =>
        `${p.origin} mehnat muhojirlarining ${p.share}${p.computed ? ' (raqamlardan hisoblangan)' : ''}`,
      born_in_origin: (p: { share: string; origin: string; computed: boolean }) =>
        `${capitalise(loc(p.origin))} tugʻilib, xorijda yashayotganlarning ${p.share}${p.computed ? ' (hisoblangan)' : ''}`,
    } satisfies Record<Basis, (p: { share: string; origin: string; computed: boolean }) => string>,
    countOf: {
      departures_for_work: (value: string) => `taxminan ${value} ta ishga ketish`,
      labour_migrants_abroad: (value: string) => `taxminan ${value} nafar muhojir`,
    } satisfies Record<CountTotal, (value: string) => string>,
    countPublished: {
      labour_migrants: (p: { value: string; origin: string }) => `${p.value} nafar muhojir`,
      born_in_origin: (p: { value: string; origin: string }) => `${loc(p.origin)} tugʻilgan ${p.value} kishi`,
    } satisfies Record<Basis, (p: { value: string; origin: string }) => string>,
    derivedFrom: (p: { share: string; total: string }) => `${p.share}% × ${p.total}`,
    sharesLine: (p: { period: string; source: string }) => `Ulushlar: ${p.period} · ${p.source}`,
    totalLine: (p: { period: string; source: string }) => `Jami: ${p.period} · ${p.source}`,
    sourceLine: (p: { period: string; source: string }) => `${p.period} · Manba: ${p.source}`,
    periodSource: (p: { period: string; source: string }) => `${p.period} · ${p.source}`,
    route: (p: { origin: string; destination: string }) => `${p.origin} → ${p.destination}`,
    tooltipTotal: (country: string) => `${country} · Xorijdagi mehnat muhojirlari`,
    valueMeta: (p: { when: string; source: string }) => `${p.when} · ${p.source}`,
  },
  corridor: {
    heading: (p: { a: string; b: string }) => `${p.a} – ${p.b}`,
    kicker: 'Yoʻlak',
    flows: 'Oqimlar',
    noFlows: 'Maʼlumotlar toʻplamida bu ikki davlat oʻrtasidagi oqim raqamlari yoʻq.',
    agreements: 'Ular oʻrtasidagi kelishuvlar',
    noAgreements: 'Manbalarda ikkalasi ham nomlangan kelishuv qayd etilmagan.',
    frameworks: 'Ikkalasi ham toʻlaqonli aʼzo boʻlgan tashkilotlar hujjatlari',
    memberships: 'Ikkalasi ham maqomga ega tashkilotlar',
    noMemberships: 'Hozir ikkalasi ham maqomga ega boʻlgan tashkilot yoʻq.',
    instruments: 'Xalqaro hujjatlar',
    bothParty: 'Ikkalasi ham ishtirokchi',
    notBoth: 'Biri ishtirokchi yoki hech biri',
    openCountry: (name: string) => `${name}: batafsil`,
    countryStatus: (p: { country: string; status: string }) => `${p.country}: ${p.status}`,
    instrumentColumn: 'Hujjat',
  },
  figuresHeading: 'Raqamlar',
  sourcesDisagree: 'Manbalar farq qiladi',
  laws: 'Milliy qonunlar',
  events: 'Uchrashuvlar va tadbirlar',
  yearNotStated: 'yili koʻrsatilmagan',
  indicator: {
    labour_migrants_abroad: 'Xorijdagi mehnat muhojirlari',
    labour_migrants_hosted: 'Mamlakatda ishlayotgan mehnat muhojirlari',
    remittances_pct_gdp: 'Pul oʻtkazmalari',
    departures_for_work: 'Xorijga ishlash uchun chiqish',
    born_in_origin_abroad: 'Shu yerda tugʻilib, xorijda yashayotganlar (BMT)',
    migrant_sector_construction_pct: 'Qurilishda ishlayotgan muhojirlar',
    migrant_sector_agriculture_pct: 'Qishloq xoʻjaligida ishlayotgan muhojirlar',
    migrant_sector_industry_pct: 'Sanoatda ishlayotgan muhojirlar',
    migrant_sector_trade_pct: 'Savdoda ishlayotgan muhojirlar',
    unemployment_rate: 'Ishsizlik darajasi',
    employed_persons: 'Band aholi',
    employed_share_of_active_population: 'Bandlar, iqtisodiy faol aholidagi ulushi',
    job_seekers: 'Ish qidirayotganlar',
    school_leavers_per_year: 'Har yili maktab va kollejni bitiruvchilar',
    bachelor_admissions_per_year: 'Har yili bakalavriaturaga qabul qilinganlar',
    labour_market_entrants_per_year: 'Har yili mehnat bozoriga kirib keluvchi yoshlar',
    entrants_without_specialised_qualification_pct: 'Mutaxassislik malakasiga ega boʻlmagan yangi ishchilar',
    population: 'Aholi',
    asylum_claims_processed: 'Koʻrib chiqilgan boshpana soʻrash arizalari',
    migrant_workers_wage_theft_pct: 'Ish haqi toʻlanmagan yoki kechiktirilgan mehnat muhojirlari',
    cooperation_agreements_signed: 'Xorijiy hamkorlar bilan hamkorlik kelishuvlari va memorandumlar',
  } as Record<string, string | undefined>,
  qualifier: {
    exact: (value: string) => value,
    about: (value: string) => `taxminan ${value}`,
    nearly: (value: string) => `qariyb ${value}`,
    more_than: (value: string) => `${value} dan ortiq`,
    fewer_than: (value: string) => `${value} dan kam`,
    range: (value: string, max: string) => `${value}–${max}`,
    not_available: () => 'maʼlumot yoʻq',
  } satisfies Record<Statistic['qualifier'], Qualify> as Record<Statistic['qualifier'], Qualify>,
  unit: {
    persons: (value: string) => value,
    count: (value: string) => value,
    percent,
    percent_of_gdp: (value: string) => `YaIMning ${percent(value)}`,
  } satisfies Record<Statistic['unit'], (value: string) => string>,
  shareBelow: (value: string) => `<${value}%`,
  span: (p: { low: string; high: string }) => `${p.low} – ${p.high}`,
  million: (value: string) => `${value} mln`,
  mapShows: 'Xarita',
  flowsMode: 'Migratsiya oqimlari',
  instrumentsMode: 'Shartnomalar va Global kelishuv',
  organisationsMode: 'Tashkilotlar',
  now: 'hozir',
  asOfNow: 'Bugungi holat, depozitariy va tashkilotlar yozuvlariga koʻra',
  asOfYear: (year: string) => `${year}-yil oxiridagi holat`,
  statusYearLabel: 'Yil',
  playStatusYears: 'Ijro',
  pauseStatusYears: 'Pauza',
  outsideDataset: 'maʼlumotlarda yozuv yoʻq',
  countryCount: (n: number) => `${locale.number(n)} ta davlat`,
  centralAsiaCount: {
    party: (p: { count: number; total: number }) =>
      `Markaziy Osiyoning ${locale.number(p.total)} ta davlatidan ${locale.number(p.count)} tasi ishtirokchi`,
    voted_yes: (p: { count: number; total: number }) =>
      `Markaziy Osiyoning ${locale.number(p.total)} ta davlatidan ${locale.number(p.count)} tasi yoqlab ovoz bergan`,
    member: (p: { count: number; total: number }) => `Markaziy Osiyoning ${locale.number(p.total)} ta davlatidan ${locale.number(p.count)} tasi aʼzo`,
  },
  emphasisNote: 'Markaziy Osiyoning besh davlati toʻliq rangda va chegarasi bilan; boshqa davlatlar ochroq.',
  tipSince: (date: string) => sinceDate(date),
  tipDisputed: (papers: string) => `Manba maqolada boshqacha deyilgan: ${papers}`,
  tipSource: (source: string) => `Manba: ${source}`,
  countsOfDataset: (n: number) => `Sanoq barcha davlatlardan emas, shu maʼlumotlar toʻplamidagi ${locale.number(n)} ta davlatdan olingan.`,
  notYetAdopted: (p: { date: string; year: string }) => `Qabul qilingan sanasi: ${p.date}; ${p.year}-yil uchun koʻrsatiladigan holat yoʻq.`,
  notYetFounded: (p: { date: string; year: string }) => `Tashkil etilgan sanasi: ${p.date}; ${p.year}-yil uchun koʻrsatiladigan holat yoʻq.`,
  recordedVote: (date: string) => `BMT Bosh Assambleyasida qayd etilgan ovoz berish, ${date}`,
  listCountries: 'Har bir guruhdagi davlatlar',
  disputedByPaper: 'Maqolada boshqacha deyilgan (bahsli)',
  statusCount: (p: { status: string; count: number }) => `${p.status}: ${locale.number(p.count)} ta davlat`,
  membershipRecords: 'aʼzolik yozuvlari',
  shareGroup: 'Ulashish, joylashtirish, eksport, taqdimot',
  shareMenu: 'Ulashish',
  share: 'Ulashish',
  linkCopied: 'Havola nusxalandi',
  copyFailed: 'Nusxalab boʻlmadi: matnni belgilab, nusxalang',
  embed: 'Joylashtirish',
  downloadPng: 'PNG yuklab olish',
  exporting: 'Tayyorlanmoqda…',
  exportFailed: 'PNG yaratib boʻlmadi: qayta urinib koʻring yoki ekran suratini oling',
  present: 'Taqdimot',
  presentHint: 'Taqdimot rejimi (P): toʻliq ekran, yirik harflar, hikoya qadamma-qadam',
  embedDialogTitle: 'Bu xaritani saytga joylashtirish',
  embedDialogIntro:
    'Buni sahifangizga qoʻying. U joriy koʻrinishni koʻrsatadi, Pym.js, Datawrapper joylashtirish skripti yoki AMP ishlaydigan sahifalarda oʻz oʻlchamini oʻzi moslaydi va boshqa saytlardan hech narsa yuklamaydi.',
  embedHeight: 'Balandligi',
  embedResponsive: 'Moslashuvchan',
  pixels: (n: number) => `${locale.number(n)} px`,
  embedCode: 'Joylashtirish kodi',
  copyCode: 'Kodni nusxalash',
  codeCopied: 'Kod nusxalandi',
  embedTitle: 'Interaktiv xarita: Markaziy Osiyodan mehnat migratsiyasi va uni tartibga soluvchi huquq',
  embedLinkText: 'Markaziy Osiyodan mehnat migratsiyasining interaktiv xaritasini ochish',
  openFullMap: 'Toʻliq xaritani ochish',
  gestureWheel: 'Gʻildirak bilan kattalashtirish uchun xaritani bosing yoki Ctrl + aylantirishdan foydalaning',
  gestureWheelMac: 'Gʻildirak bilan kattalashtirish uchun xaritani bosing yoki ⌘ + aylantirishdan foydalaning',
  gestureTouch: 'Xaritani surish uchun unga teging yoki ikki barmoqdan foydalaning',
  slide: {
    credit: 'Yoʻlaklar',
    creditAt: (address: string) => `Yoʻlaklar · ${address}`,
    basisPeriod: {
      labour_migrants: (p: { origin: string; period: string; source: string }) => `${p.origin} mehnat muhojirlari, ${p.period}, ${p.source}`,
      born_in_origin: (p: { origin: string; period: string; source: string }) =>
        `${capitalise(loc(p.origin))} tugʻilib, xorijda yashayotganlar, ${p.period}, ${p.source}`,
    } satisfies Record<Basis, (p: { origin: string; period: string; source: string }) => string>,
    sourceLine: (sources: string[]) =>
      `Manbalar: ${sources.join('; ')}. Chegaralar: Natural Earth. Barcha manbalar sahifa va jadvali bilan xaritaning «Manbalar» sahifasida.`,
    tableSourceLine: (sources: string[]) =>
      `Manbalar: ${sources.join('; ')}. Barcha manbalar sahifa va jadvali bilan xaritaning «Manbalar» sahifasida.`,
  },
  stepOf: (p: { step: number; count: number }) => `${locale.number(p.step)}-qadam, jami ${locale.number(p.count)}`,
  story: {
    evidenceLabel: 'Maʼlumotlar nimani koʻrsatadi',
    largestEach: 'Har bir kelib chiqish davlatining eng katta yoʻnalishi',
    disputedHeading: (p: { what: string; country: string }) => `${p.what}, ${p.country}: eʼlon qilingan barcha qiymatlar`,
    axisZero: '0',
    agreementHeading: (p: { a: string; b: string }) => `Kelishuv: ${p.a} – ${p.b}`,
    standingsHeading: 'Markaziy Osiyoning besh davlati qanday holatda',
    disputedClaim: 'bir maqola rad etadi',
    valueWhenSource: (p: { value: string; when: string; source: string }) => `${p.value} ${p.when}, ${p.source}`,
  },
  previousStep: 'Oldingi qadam',
  nextStep: 'Keyingi qadam',
  exitPresentation: 'Taqdimotdan chiqish (Esc)',
  downloadSlide: 'Slayd PNG (S)',
  // explore (tables, timeline, compare, search)
  explore: {
    navLabel: 'Boʻlimlar',
    views: { map: 'Xarita', table: 'Jadvallar', timeline: 'Xronologiya', compare: 'Taqqoslash' },
    closeLabel: 'Yopish va xaritaga qaytish',
    tables: { instruments: 'Shartnomalar', organisations: 'Tashkilotlar', agreements: 'Bitimlar', flows: 'Oqimlar' },
    tablesLabel: 'Jadval',
    tableCaption: {
      instruments: 'Har bir davlatning har bir shartnoma va konvensiyadagi maqomi, depozitariy maʼlumotiga koʻra',
      organisations: 'Har bir davlatning har bir tashkilotdagi bugungi maqomi',
      agreements: 'Bitimlar, dasturlar va deklaratsiyalar: tomonlari va sanalari',
      flows: 'Xarita va panellardagi barcha oqimlar: hisob asosi, davri va manbasi',
    },
    column: {
      country: 'Davlat',
      title: 'Bitim',
      parties: 'Tomonlar',
      type: 'Turi',
      signed: 'Imzolangan',
      origin: 'Qayerdan',
      destination: 'Qayerga',
      basis: 'Nima hisoblanadi',
      year: 'Yil',
      share: 'Ulush',
      count: 'Soni',
      date: 'Sana',
      what: 'Nima',
    },
    sortBy: (column: string) => `Saralash: ${column}`,
    sortLabel: 'Saralash',
    tableOrder: 'Jadvaldagi tartib',
    rowHeading: { instruments: 'Shartnoma', organisations: 'Tashkilot' },
    slideRows: (last: number, total: number) => `${locale.number(total)} ta qatordan 1–${locale.number(last)}`,
    filterCountry: 'Davlat',
    filterKind: 'Turi',
    anyCountry: 'Barcha davlatlar',
    anyKind: 'Barcha turlar',
    rowsShown: (shown: number, total: number) =>
      shown === total ? `${locale.number(total)} ta qator` : `${locale.number(total)} ta qatordan ${locale.number(shown)} tasi`,
    downloadCsv: 'Bu qatorlarni yuklab olish (CSV)',
    role: { central_asia: 'Markaziy Osiyo', destination: 'Borish mamlakati', partner: 'Hamkor', flows_only: 'Borish mamlakati (faqat oqimlar)' },
    agreementType: {
      bilateral_agreement: 'Ikki tomonlama bitim',
      multilateral_agreement: 'Koʻp tomonlama bitim',
      accession: 'Qoʻshilish',
      memorandum: 'Oʻzaro anglashuv memorandumi',
      action_plan: 'Harakatlar rejasi',
      cooperation_plan: 'Hamkorlik rejasi',
      programme: 'Dastur',
      declaration: 'Deklaratsiya',
    },
    basis: { labour_migrants: 'Mehnat muhojirlari', born_in_origin: 'Shu yerda tugʻilganlar (BMT)' },
    noStatus: 'yozuv yoʻq',
    disputedMark: 'maqolada boshqacha daʼvo qilinadi',
    uncheckedMark: 'yozuv bilan hali solishtirilmagan',
    reportedMark: 'bitta maqolaning maʼlumoti, boshqa manbalarda tasdiqlanmagan',
    timeline: {
      title: 'Xronologiya',
      caption: '1991-yildan beri aʼzoliklar, ratifikatsiyalar, bitimlar, qonunlar va voqealar, har biri manbasi imkon bergan aniqlikda sanalangan',
      groupBy: 'Guruhlash',
      grouping: { country: 'Davlatlar boʻyicha', kind: 'Turlar boʻyicha' },
      kinds: {
        membership: 'Aʼzo boʻldi',
        ratification: 'Ratifikatsiya',
        signature: 'Imzolandi',
        agreement: 'Bitim',
        law: 'Qonun',
        event: 'Voqea',
      },
      kindGroups: {
        membership: 'Aʼzoliklar',
        ratification: 'Ratifikatsiyalar',
        signature: 'Imzolashlar',
        agreement: 'Bitimlar',
        law: 'Qonunlar',
        event: 'Voqealar',
      },
      countries: 'Davlatlar',
      everyCountry: 'Markaziy Osiyoning besh davlati',
      year: 'Qaysi yilgacha',
      allYears: 'bugun',
      dateInferred: 'sana kontekstdan aniqlangan',
      left: 'Chiqdi',
      before: (year: string) => `${year}-yilgacha`,
      items: (n: number) => `${locale.number(n)} ta yozuv`,
      open: (title: string) => `Ochish: ${title}`,
    },
    compare: {
      title: (names: string[]) => (names.length ? `Taqqoslash: ${locale.list(names)}` : 'Davlatlarni taqqoslash'),
      caption: 'Tashkilotlardagi aʼzolik, shartnomalar va ular oʻrtasidagi oqimlar yonma-yon; farq qiladigan qatorlar belgilangan',
      choose: 'Taqqoslanayotgan davlatlar',
      add: 'Davlat qoʻshish',
      remove: (name: string) => `Olib tashlash: ${name}`,
      tooFew: 'Taqqoslash uchun kamida ikkita davlatni tanlang.',
      differs: 'farq qiladi',
      same: 'bir xil',
      organisations: 'Tashkilotlar',
      instruments: 'Shartnomalar va konvensiyalar',
      flows: 'Ular oʻrtasidagi oqimlar',
      noFlows: 'Ular oʻrtasidagi oqimlar haqida maʼlumot yoʻq.',
      compareWith: 'Taqqoslash…',
      latest: (year: string) => `soʻnggi maʼlumot, ${year}`,
    },
    search: {
      label: 'Qidiruv',
      placeholder: 'Davlat, tashkilot, shartnoma…',
      none: (query: string) => `«${query}» boʻyicha hech narsa topilmadi`,
      count: (n: number) => `${locale.number(n)} ta natija`,
      kinds: { country: 'Davlat', organisation: 'Tashkilot', instrument: 'Shartnoma', agreement: 'Bitim', law: 'Qonun' },
    },
  },
  // theme (dark)
  themeDark: 'Qorongʻi mavzu',
  themeDarkHint: 'Yorugʻ yoki qorongʻi mavzu (tanlov havolada saqlanadi)',
  // accessibility
  a11y: {
    mapFlows: (p: { what: string; year: string | null; origin: string | null }) =>
      `Xaritada: ${p.what.charAt(0).toLowerCase()}${p.what.slice(1)}, ${p.year ? `${p.year}-yil` : 'har bir mamlakatning soʻnggi maʼlumotlari'}${
        p.origin ? `, faqat ${inflect(p.origin, 'abl')}` : ''
      }.`,
    mapStatus: (p: { what: string; kind: 'instrument' | 'org'; year: string | null }) =>
      `Xaritada: ${p.kind === 'org' ? 'tashkilotga aʼzolik' : 'hujjatdagi ishtirok'} — ${p.what}, ${p.year ? `${p.year}-yil oxiriga` : 'bugungi holat'}.`,
    mapCountry: (country: string) => `${country} tanlangan; uning paneli ochiq.`,
    mapCorridor: (p: { a: string; b: string }) => `${p.a} — ${p.b} yoʻlagi tanlangan; uning paneli ochiq.`,
    countryListHint: 'Strelka tugmalari mamlakatlar orasida yuradi; Enter tanlanganini ochadi.',
    sheetHandle: (tall: boolean) => (tall ? 'Panelni pasaytirish' : 'Panelni baland qilish'),
  },
  status: {
    member: 'aʼzo',
    observer: 'kuzatuvchi',
    associate: 'assotsiatsiyalangan aʼzo',
    dialogue_partner: 'muloqot boʻyicha hamkor',
    participant: 'qatnashchi',
    former: 'sobiq aʼzo',
    party: 'ishtirokchi',
    signatory: 'imzolagan',
    not_party: 'ishtirokchi emas',
    voted_yes: 'yoqlab ovoz bergan',
    voted_no: 'qarshi ovoz bergan',
    abstained: 'betaraf qolgan',
    absent: 'ovoz bermagan',
    none: 'maqomi yoʻq',
    unknown: 'oʻsha yil uchun nomaʼlum (yozuvda sana yoʻq)',
  } satisfies Record<StandingKey, string>,
  action: {
    ratification: 'ratifikatsiya',
    accession: 'qoʻshilish',
    succession: 'huquqiy vorislik',
    acceptance: 'qabul qilish',
    approval: 'maʼqullash',
    signature: 'imzolash',
    vote: 'ovoz berish',
    claim: 'daʼvo',
  } satisfies Record<NonNullable<Ratification['action']>, string>,
} satisfies Messages;
