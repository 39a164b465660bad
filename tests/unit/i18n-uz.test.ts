/**
 * Uzbek (uz-Latn): the letters oʻ, gʻ and the tutuq belgisi are written with their own characters, the case
 * suffixes on every country name, and headlines as whole sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { CASE_EXCEPTIONS, inflect, locale, uz } from '../../src/lib/i18n/uz.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const FILES = ['src/lib/i18n/uz.ts', 'data/i18n/uz.csv', 'data/i18n/story.uz.json'];

describe('Uzbek letters', () => {
  for (const file of FILES) {
    // The CSV's Uzbek is its text column: a phrase's id is the data's English ("the paper's reference 1").
    const text = file.endsWith('.csv')
      ? csvParse(read(file))
          .map((r) => r.text)
          .join('\n')
      : read(file);
    it(`${file}: oʻ and gʻ take U+02BB, never an apostrophe, a quote or U+02BC`, () => {
      const wrong = [...text.matchAll(/[oOgG][\u0027\u0060\u00B4\u2018\u2019\u02BC\u02B9]\p{L}/gu)].map((m) => m[0]);
      expect(wrong).toEqual([]);
    });
    it(`${file}: the tutuq belgisi is U+02BC, never an apostrophe or a quote between letters`, () => {
      const wrong = [...text.matchAll(/\p{L}[\u0027\u0060\u00B4\u2018\u2019]\p{L}/gu)].map((m) => m[0]);
      expect(wrong).toEqual([]);
    });
    it(`${file}: U+02BB only after o or g, U+02BC only between letters; no U+2018 or U+2019 anywhere`, () => {
      expect([...text.matchAll(/(?<![oOgG])\u02BB/gu)].length).toBe(0);
      expect([...text.matchAll(/(?<!\p{L})\u02BC|\u02BC(?!\p{L})/gu)].length).toBe(0);
      expect(/[\u2018\u2019]/u.test(text)).toBe(false);
    });
  }

  it('the check would catch an ASCII apostrophe in a word', () => {
    expect(/[oOgG][\u0027\u0060\u00B4\u2018\u2019\u02BC\u02B9]\p{L}/u.test("O'zbekiston")).toBe(true);
    expect(/[oOgG][\u0027\u0060\u00B4\u2018\u2019\u02BC\u02B9]\p{L}/u.test('Qo‘shma')).toBe(true);
    expect(/\p{L}[\u0027\u0060\u00B4\u2018\u2019]\p{L}/u.test('ta’lim')).toBe(true);
  });
});

/** Every country of data/i18n/uz.csv: nominative, genitive, dative, locative, ablative, as written by hand. */
const FORMS: Record<string, [string, string, string, string, string]> = {
  UZB: ['Oʻzbekiston', 'Oʻzbekistonning', 'Oʻzbekistonga', 'Oʻzbekistonda', 'Oʻzbekistondan'],
  KAZ: ['Qozogʻiston', 'Qozogʻistonning', 'Qozogʻistonga', 'Qozogʻistonda', 'Qozogʻistondan'],
  KGZ: ['Qirgʻiziston', 'Qirgʻizistonning', 'Qirgʻizistonga', 'Qirgʻizistonda', 'Qirgʻizistondan'],
  TJK: ['Tojikiston', 'Tojikistonning', 'Tojikistonga', 'Tojikistonda', 'Tojikistondan'],
  TKM: ['Turkmaniston', 'Turkmanistonning', 'Turkmanistonga', 'Turkmanistonda', 'Turkmanistondan'],
  RUS: ['Rossiya', 'Rossiyaning', 'Rossiyaga', 'Rossiyada', 'Rossiyadan'],
  TUR: ['Turkiya', 'Turkiyaning', 'Turkiyaga', 'Turkiyada', 'Turkiyadan'],
  AFG: ['Afgʻoniston', 'Afgʻonistonning', 'Afgʻonistonga', 'Afgʻonistonda', 'Afgʻonistondan'],
  KOR: ['Janubiy Koreya', 'Janubiy Koreyaning', 'Janubiy Koreyaga', 'Janubiy Koreyada', 'Janubiy Koreyadan'],
  ARE: [
    'Birlashgan Arab Amirliklari',
    'Birlashgan Arab Amirliklarining',
    'Birlashgan Arab Amirliklariga',
    'Birlashgan Arab Amirliklarida',
    'Birlashgan Arab Amirliklaridan',
  ],
  JPN: ['Yaponiya', 'Yaponiyaning', 'Yaponiyaga', 'Yaponiyada', 'Yaponiyadan'],
  DEU: ['Germaniya', 'Germaniyaning', 'Germaniyaga', 'Germaniyada', 'Germaniyadan'],
  POL: ['Polsha', 'Polshaning', 'Polshaga', 'Polshada', 'Polshadan'],
  GBR: ['Buyuk Britaniya', 'Buyuk Britaniyaning', 'Buyuk Britaniyaga', 'Buyuk Britaniyada', 'Buyuk Britaniyadan'],
  BLR: ['Belarus', 'Belarusning', 'Belarusga', 'Belarusda', 'Belarusdan'],
  IRN: ['Eron', 'Eronning', 'Eronga', 'Eronda', 'Erondan'],
  CHN: ['Xitoy', 'Xitoyning', 'Xitoyga', 'Xitoyda', 'Xitoydan'],
  ARM: ['Armaniston', 'Armanistonning', 'Armanistonga', 'Armanistonda', 'Armanistondan'],
  AZE: ['Ozarbayjon', 'Ozarbayjonning', 'Ozarbayjonga', 'Ozarbayjonda', 'Ozarbayjondan'],
  PAK: ['Pokiston', 'Pokistonning', 'Pokistonga', 'Pokistonda', 'Pokistondan'],
  IND: ['Hindiston', 'Hindistonning', 'Hindistonga', 'Hindistonda', 'Hindistondan'],
  USA: [
    'Amerika Qoʻshma Shtatlari',
    'Amerika Qoʻshma Shtatlarining',
    'Amerika Qoʻshma Shtatlariga',
    'Amerika Qoʻshma Shtatlarida',
    'Amerika Qoʻshma Shtatlaridan',
  ],
  CAN: ['Kanada', 'Kanadaning', 'Kanadaga', 'Kanadada', 'Kanadadan'],
  CZE: ['Chexiya', 'Chexiyaning', 'Chexiyaga', 'Chexiyada', 'Chexiyadan'],
  EST: ['Estoniya', 'Estoniyaning', 'Estoniyaga', 'Estoniyada', 'Estoniyadan'],
  GEO: ['Gruziya', 'Gruziyaning', 'Gruziyaga', 'Gruziyada', 'Gruziyadan'],
  GRC: ['Gretsiya', 'Gretsiyaning', 'Gretsiyaga', 'Gretsiyada', 'Gretsiyadan'],
  ISR: ['Isroil', 'Isroilning', 'Isroilga', 'Isroilda', 'Isroildan'],
  LTU: ['Litva', 'Litvaning', 'Litvaga', 'Litvada', 'Litvadan'],
  LVA: ['Latviya', 'Latviyaning', 'Latviyaga', 'Latviyada', 'Latviyadan'],
  MDA: ['Moldova', 'Moldovaning', 'Moldovaga', 'Moldovada', 'Moldovadan'],
  NLD: ['Niderlandiya', 'Niderlandiyaning', 'Niderlandiyaga', 'Niderlandiyada', 'Niderlandiyadan'],
  PRK: ['Shimoliy Koreya', 'Shimoliy Koreyaning', 'Shimoliy Koreyaga', 'Shimoliy Koreyada', 'Shimoliy Koreyadan'],
  UKR: ['Ukraina', 'Ukrainaning', 'Ukrainaga', 'Ukrainada', 'Ukrainadan'],
};

describe('case suffixes', () => {
  const countries = csvParse(read('data/i18n/uz.csv')).filter((r) => r.table === 'countries' && r.field === 'name');

  it('cover every country of uz.csv, and every country of countries.csv is in uz.csv', () => {
    const iso3s = csvParse(read('data/countries.csv')).map((r) => r.iso3);
    expect(countries.map((r) => r.id).sort()).toEqual([...iso3s].sort());
    expect(Object.keys(FORMS).sort()).toEqual([...iso3s].sort());
  });

  for (const row of csvParse(read('data/i18n/uz.csv')).filter((r) => r.table === 'countries' && r.field === 'name')) {
    it(`${row.id}: ${row.text}`, () => {
      const [nom, gen, dat, loc, abl] = FORMS[row.id!]!;
      expect(row.text).toBe(nom);
      expect([inflect(nom, 'gen'), inflect(nom, 'dat'), inflect(nom, 'loc'), inflect(nom, 'abl')]).toEqual([gen, dat, loc, abl]);
    });
  }

  it('follow the spelling rules for the dative after k, g, q and gʻ', () => {
    expect(inflect('Iroq', 'dat')).toBe('Iroqqa');
    expect(inflect('tilak', 'dat')).toBe('tilakka');
    expect(inflect('barg', 'dat')).toBe('bargka');
    expect(inflect('togʻ', 'dat')).toBe('toqqa');
    expect(inflect('Iroq', 'loc')).toBe('Iroqda');
  });

  it('attach to abbreviations without a hyphen, as official texts write them', () => {
    expect(inflect('BMT', 'dat')).toBe('BMTga');
    expect(inflect('MDH', 'loc')).toBe('MDHda');
    expect(inflect('YeOII', 'gen')).toBe('YeOIIning');
    expect(inflect('AQSh', 'abl')).toBe('AQShdan');
    expect(inflect('ShHT', 'dat')).toBe('ShHTga');
    expect(inflect('XMT', 'dat')).toBe('XMTga');
  });

  it('take their forms from the exceptions table where the rule does not apply', () => {
    expect(inflect('Sankt-Peterburg', 'dat')).toBe('Sankt-Peterburgga');
    expect(inflect('C5+1', 'dat')).toBe('C5+1 ga');
    expect(Object.keys(CASE_EXCEPTIONS)).toContain('Sankt-Peterburg');
  });
});

describe('headlines', () => {
  const h = uz.headline;
  it('a share, as a news headline says it', () => {
    expect(h.share({ part: h.part(70.2), origin: 'Oʻzbekiston', destination: 'Rossiya', basis: 'labour_migrants', year: null })).toBe(
      'Oʻzbekiston mehnat muhojirlarining oʻndan yettisi Rossiyaga boradi',
    );
    expect(h.share({ part: h.part(3.8), origin: 'Oʻzbekiston', destination: 'Turkiya', basis: 'labour_migrants', year: null })).toBe(
      'Oʻzbekiston mehnat muhojirlarining 3,8 foizi Turkiyaga boradi',
    );
    expect(h.share({ part: h.part(96), origin: 'Tojikiston', destination: 'Rossiya', basis: 'labour_migrants', year: null })).toBe(
      'Tojikiston mehnat muhojirlarining deyarli barchasi Rossiyaga boradi',
    );
    expect(h.share({ part: h.part(79.1), origin: 'Qozogʻiston', destination: 'Rossiya', basis: 'born_in_origin', year: '1990' })).toBe(
      'Qozogʻistonda tugʻilib, xorijda yashayotganlarning oʻndan sakkizi Rossiyada yashaydi (1990)',
    );
    expect(h.part(13.4)).toBe('oʻndan biri');
    expect(h.part(50)).toBe('qariyb yarmi');
    expect(h.part(38)).toBe('oʻndan toʻrti');
  });

  it('the destination first for several origins', () => {
    expect(h.firstFor({ destination: 'Rossiya', origins: ['Qozogʻiston', 'Qirgʻiziston'], basis: 'labour_migrants', year: null })).toBe(
      'Qozogʻiston va Qirgʻiziston mehnat muhojirlari eng koʻp Rossiyaga boradi',
    );
    expect(h.firstForMany({ destination: 'Rossiya', count: 3, of: 3, basis: 'labour_migrants', year: null })).toBe(
      'Maʼlumoti bor uch Markaziy Osiyo davlatining har biridan mehnat muhojirlari eng koʻp Rossiyaga boradi',
    );
    expect(h.firstForMany({ destination: 'Rossiya', count: 4, of: 5, basis: 'born_in_origin', year: '2019' })).toBe(
      'Besh Markaziy Osiyo davlatidan toʻrttasida tugʻilganlar xorijda eng koʻp Rossiyada yashaydi (2019)',
    );
  });

  it('how the five stand toward a treaty or an organisation', () => {
    expect(h.standing({ standing: 'party', count: 4, of: 5, what: '1951-yilgi Qochoqlar konvensiyasi', year: null })).toBe(
      'Markaziy Osiyoning besh davlatidan toʻrttasi 1951-yilgi Qochoqlar konvensiyasi ishtirokchisi',
    );
    expect(h.standing({ standing: 'member', count: 2, of: 5, what: 'YeOII', year: '2015' })).toBe(
      '2015-yilda Markaziy Osiyoning besh davlatidan ikkitasi YeOII aʼzosi edi',
    );
    expect(h.standing({ standing: 'member', count: 0, of: 5, what: 'YeI', year: null })).toBe(
      'Markaziy Osiyoning besh davlatidan hech biri YeI aʼzosi emas',
    );
    expect(h.standing({ standing: 'voted_yes', count: 3, of: 5, what: 'Migratsiya boʻyicha global kelishuv', year: null })).toBe(
      'Markaziy Osiyoning besh davlatidan uchtasi Migratsiya boʻyicha global kelishuvni yoqlab ovoz bergan',
    );
    expect(h.standing({ standing: 'party', count: 5, of: 5, what: 'Palermo konvensiyasi', year: null })).toBe(
      'Markaziy Osiyoning barcha besh davlati Palermo konvensiyasi ishtirokchisi',
    );
    expect(h.notYet({ what: 'YeOII', event: 'founded', year: '2010' })).toBe('2010-yilda YeOII hali tashkil etilmagan edi');
    expect(h.treaties({ country: 'Oʻzbekiston', parties: 5, of: 11 })).toBe(
      'Oʻzbekiston bu yerda kuzatilayotgan 11 ta shartnoma va konvensiyadan 5 tasining ishtirokchisi',
    );
  });
});

describe('figures', () => {
  it('put the per cent sign and the qualifiers where Uzbek puts them', () => {
    expect(uz.unit.percent(uz.qualifier.more_than('30', ''))).toBe('30 foizdan ortiq');
    expect(uz.unit.percent(uz.qualifier.about('30', ''))).toBe('taxminan 30%');
    expect(uz.unit.percent_of_gdp('30')).toBe('YaIMning 30%');
    expect(uz.million('1,9')).toBe('1,9 mln');
  });
});

describe('the Uzbek locale, the same in every browser', () => {
  it('writes numbers with a decimal comma and no-break spaces between groups', () => {
    expect(locale.number(70.2)).toBe('70,2');
    expect(locale.number(1_234_567.5)).toBe('1\u00A0234\u00A0567,5');
    expect(locale.number(652_014)).toBe('652\u00A0014');
    expect(locale.number(1.234, 2)).toBe('1,23');
  });
  it('abbreviates large numbers as Uzbek does', () => {
    expect(locale.compact(100_000)).toBe('100 ming');
    expect(locale.compact(2_500_000)).toBe('2,5 mln');
    expect(locale.compact(1_500)).toBe('1,5 ming');
    expect(locale.compact(3_000_000_000)).toBe('3 mlrd');
    expect(locale.compact(950)).toBe('950');
  });
  it('dates as official texts do, as precise as the source', () => {
    expect(locale.date('2021-04-30')).toBe('2021-yil 30-aprel');
    expect(locale.date('2024-10')).toBe('2024-yil oktyabr');
    expect(locale.date('2019')).toBe('2019');
    expect(uz.tipSince(locale.date('2021-04-30'))).toBe('2021-yil 30-apreldan beri');
    expect(uz.since('2015')).toBe('2015-yildan beri');
  });
  it('joins lists with «va»', () => {
    expect(locale.list(['Rossiya', 'Belarus', 'Armaniston'])).toBe('Rossiya, Belarus va Armaniston');
    expect(locale.list(['Rossiya', 'Belarus'])).toBe('Rossiya va Belarus');
    expect(locale.listParts(3)).toEqual([{ item: 0 }, { text: ', ' }, { item: 1 }, { text: ' va ' }, { item: 2 }]);
  });
});
