/** The Russian messages: every name a headline may decline has its cases, headlines read as sentences, plurals agree. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv, type DataIssue } from '../../src/lib/data/csv.ts';
import { CASES, inflect, ru } from '../../src/lib/i18n/ru.ts';

/** No-break spaces read as spaces, so the expectations stay legible. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const h = ru.headline;

const rows = (() => {
  const issues: DataIssue[] = [];
  const parsed = parseCsv('ru.csv', readFileSync('data/i18n/ru.csv', 'utf8'), ['table', 'id', 'field', 'text'], issues);
  expect(issues).toEqual([]);
  return parsed.map((r) => r.cells);
})();
const names = (table: string, field: string) => rows.filter((r) => r.table === table && r.field === field).map((r) => r.text!);

describe('the case table', () => {
  it('declines every country, and every organisation and instrument short name a headline may take', () => {
    const needed = [...names('countries', 'name'), ...names('organisations', 'short_name'), ...names('instruments', 'short_name')];
    expect(needed.length).toBeGreaterThan(60);
    expect(needed.filter((n) => !(n in CASES))).toEqual([]);
    expect(names('organisations', 'org_name').filter((n) => !(n in CASES) && !n.includes('«') && !n.includes(':'))).toEqual([]);
  });

  it('gives the forms a sentence needs', () => {
    expect(inflect('Узбекистан', 'gen')).toBe('Узбекистана');
    expect(inflect('Россия', 'acc')).toBe('Россию');
    expect(inflect('Беларусь', 'ins')).toBe('Беларусью');
    expect(inflect('Южная Корея', 'prep')).toBe('Южной Корее');
    expect(inflect('Конвенция о беженцах 1951 года', 'prep')).toBe('Конвенции о беженцах 1951 года');
    expect(inflect('Алматинский процесс', 'prep')).toBe('Алматинском процессе');
    expect(inflect('Страна, которой нет', 'gen')).toBeUndefined();
  });
});

describe('Russian headlines', () => {
  const share = (
    pct: number,
    origin: string,
    destination: string,
    basis: 'labour_migrants' | 'born_in_origin' = 'labour_migrants',
    year: string | null = null,
  ) => plain(h.share({ part: h.part(pct), origin, destination, basis, year }));

  it('say a share as a newsroom would', () => {
    expect(share(70.2, 'Узбекистан', 'Россия')).toBe('Семь из десяти трудовых мигрантов из Узбекистана едут в Россию');
    expect(share(96, 'Таджикистан', 'Россия')).toBe('Почти все трудовые мигранты из Таджикистана едут в Россию');
    expect(share(13.4, 'Узбекистан', 'Казахстан')).toBe('Каждый десятый трудовой мигрант из Узбекистана едет в Казахстан');
    expect(share(50.4, 'Кыргызстан', 'ОАЭ')).toBe('Около половины трудовых мигрантов из Кыргызстана едут в ОАЭ');
    expect(share(3.8, 'Узбекистан', 'Турция')).toBe('3,8 % трудовых мигрантов из Узбекистана едут в Турцию');
    expect(share(23.5, 'Казахстан', 'Германия', 'born_in_origin', '2019')).toBe(
      'Каждый пятый уроженец Казахстана за рубежом живет в Германии (2019)',
    );
    expect(share(64, 'Узбекистан', 'Россия', 'born_in_origin', '1990')).toBe(
      'Шесть из десяти уроженцев Узбекистана за рубежом живут в России (1990)',
    );
  });

  it('never put a name in a case it lacks', () => {
    expect(share(70.2, 'Атлантида', 'Россия')).toBe('Атлантида → Россия: семь из десяти трудовых мигрантов');
    expect(plain(h.firstFor({ destination: 'Россия', origins: ['Таджикистан', 'Атлантида'], basis: 'labour_migrants', year: null }))).toBe(
      'Больше всего трудовых мигрантов из стран: Таджикистан и Атлантида едет в Россию',
    );
  });

  it('count the states a destination comes first for', () => {
    expect(plain(h.firstFor({ destination: 'Россия', origins: ['Таджикистан', 'Кыргызстан'], basis: 'labour_migrants', year: null }))).toBe(
      'Больше всего трудовых мигрантов из Таджикистана и Кыргызстана едет в Россию',
    );
    expect(plain(h.firstForMany({ destination: 'Россия', count: 2, of: 2, basis: 'labour_migrants', year: null }))).toBe(
      'Трудовые мигранты из обеих стран Центральной Азии с опубликованными данными чаще всего едут в Россию',
    );
    expect(plain(h.firstForMany({ destination: 'Россия', count: 4, of: 4, basis: 'labour_migrants', year: null }))).toBe(
      'Трудовые мигранты из всех четырех стран Центральной Азии с опубликованными данными чаще всего едут в Россию',
    );
    expect(plain(h.firstForMany({ destination: 'Россия', count: 3, of: 4, basis: 'labour_migrants', year: null }))).toBe(
      'Для трех из четырех стран Центральной Азии с опубликованными данными главное направление трудовой миграции — Россия',
    );
    expect(plain(h.firstForMany({ destination: 'Россия', count: 5, of: 5, basis: 'born_in_origin', year: '1990' }))).toBe(
      'Больше всего уроженцев каждой из пяти стран Центральной Азии за рубежом живет в России (1990)',
    );
  });

  it('say how many of the five stand where, with the verb agreeing and the name declined', () => {
    const standing = (count: number, what: string, standing: 'party' | 'member' | 'voted_yes' = 'party', year: string | null = null) =>
      plain(h.standing({ standing, count, of: 5, what, year }));
    expect(standing(4, 'Конвенция о беженцах 1951 года')).toBe('Четыре из пяти стран Центральной Азии участвуют в Конвенции о беженцах 1951 года');
    expect(standing(1, 'Конвенция о беженцах 1951 года')).toBe('Одна из пяти стран Центральной Азии участвует в Конвенции о беженцах 1951 года');
    expect(standing(0, 'Палермская конвенция')).toBe('Ни одна из пяти стран Центральной Азии не участвует в Палермской конвенции');
    expect(standing(5, 'СНГ', 'member')).toBe('Все пять стран Центральной Азии входят в СНГ');
    expect(standing(2, 'ЕАЭС', 'member', '2016')).toBe('В 2016 году две из пяти стран Центральной Азии входили в ЕАЭС');
    expect(standing(3, 'Глобальный договор о миграции', 'voted_yes')).toBe(
      'Три из пяти стран Центральной Азии проголосовали за Глобальный договор о миграции',
    );
    expect(standing(1, 'Алматинский процесс', 'member', '2014')).toBe(
      'В 2014 году одна из пяти стран Центральной Азии входила в Алматинский процесс',
    );
    expect(standing(0, 'Конвенция о трудящихся-мигрантах 1990 года', 'party', '1995')).toBe(
      'В 1995 году ни одна из пяти стран Центральной Азии не участвовала в Конвенции о трудящихся-мигрантах 1990 года',
    );
    expect(plain(h.treaties({ country: 'США', parties: 4, of: 11 }))).toBe('США участвуют в 4 из 11 договоров и конвенций, представленных здесь');
    expect(plain(h.treaties({ country: 'Индия', parties: 3, of: 11 }))).toBe('Индия участвует в 3 из 11 договоров и конвенций, представленных здесь');
    // A name without cases keeps its nominative after a declined noun.
    expect(standing(2, 'Новый договор')).toBe('Две из пяти стран Центральной Азии участвуют в документе «Новый договор»');
  });

  it('say what did not yet exist, in the name’s gender', () => {
    expect(plain(h.notYet({ what: 'ЕАЭС', event: 'founded', year: '2010' }))).toBe('В 2010 году ЕАЭС еще не был создан');
    expect(plain(h.notYet({ what: 'ШОС', event: 'founded', year: '1995' }))).toBe('В 1995 году ШОС еще не была создана');
    expect(plain(h.notYet({ what: 'Конвенция о трудящихся-мигрантах 1990 года', event: 'adopted', year: '1989' }))).toBe(
      'В 1989 году Конвенция о трудящихся-мигрантах 1990 года еще не была принята',
    );
    expect(plain(h.notYet({ what: 'Глобальный договор о миграции', event: 'adopted', year: '2010' }))).toBe(
      'В 2010 году Глобальный договор о миграции еще не был принят',
    );
  });

  it('keep one- and two-letter words with the word after them', () => {
    expect(h.share({ part: h.part(70.2), origin: 'Узбекистан', destination: 'Россия', basis: 'labour_migrants', year: null })).toContain(
      'из\u00a0Узбекистана',
    );
  });
});

describe('Russian plurals', () => {
  const cases: [number, string, string, string][] = [
    [1, '1 страна', '1 страна назначения', 'Участвует 1 из 5 стран Центральной Азии'],
    [2, '2 страны', '2 страны назначения', 'Участвуют 2 из 5 стран Центральной Азии'],
    [5, '5 стран', '5 стран назначения', 'Участвуют 5 из 5 стран Центральной Азии'],
    [11, '11 стран', '11 стран назначения', 'Участвуют 11 из 5 стран Центральной Азии'],
    [21, '21 страна', '21 страна назначения', 'Участвует 21 из 5 стран Центральной Азии'],
    [22, '22 страны', '22 страны назначения', 'Участвуют 22 из 5 стран Центральной Азии'],
    [25, '25 стран', '25 стран назначения', 'Участвуют 25 из 5 стран Центральной Азии'],
  ];
  it.each(cases)('agree with %i', (n, countries, destinations, party) => {
    expect(plain(ru.countryCount(n))).toBe(countries);
    expect(plain(ru.destinationsCount(n))).toBe(destinations);
    expect(plain(ru.centralAsiaCount.party({ count: n, total: 5 }))).toBe(party);
  });

  it('count citations and pages', () => {
    expect(ru.citedBy(1)).toBe('цитируется один раз');
    expect(ru.citedBy(2)).toBe('цитируется 2 раза (строки данных и шаги презентации)');
    expect(ru.citedBy(5)).toBe('цитируется 5 раз (строки данных и шаги презентации)');
    expect(ru.citedBy(21)).toBe('цитируется 21 раз (строки данных и шаги презентации)');
    expect(ru.citedBy(22)).toBe('цитируется 22 раза (строки данных и шаги презентации)');
    expect(ru.citedBy(11)).toBe('цитируется 11 раз (строки данных и шаги презентации)');
    expect(ru.sourceLine({ named: ['А'], others: 25 })).toBe('А; а также 25 официальных, новостных и справочных страниц. Границы: Natural Earth.');
    expect(ru.sourceLine({ named: ['А'], others: 21 })).toBe('А; а также 21 официальная, новостная или справочная страница. Границы: Natural Earth.');
    expect(plain(ru.statusCount({ status: 'участник', count: 22 }))).toBe('участник: 22 страны');
  });
});

describe('Russian figures', () => {
  it('write numbers, units and dates as Russian does', () => {
    expect(plain(ru.unit.percent('70,2'))).toBe('70,2 %');
    expect(plain(ru.million('1,9'))).toBe('1,9 млн');
    expect(plain(ru.since('2015'))).toBe('с 2015 г.');
    expect(plain(ru.recordAction({ action: 'ратификация', date: '30 апр. 2021 г.' }))).toBe('ратификация 30 апр. 2021 г.');
    expect(plain(ru.with(['Россия', 'Казахстан', 'МОМ']))).toBe('с Россией, Казахстаном и МОМ');
    // A noun after a number already formatted agrees with its last digits.
    const born = (value: string) => plain(ru.flows.countPublished.born_in_origin({ value, origin: 'Россия' }));
    expect(born('761')).toBe('761 уроженец России');
    expect(born('4\u00a0883')).toBe('4 883 уроженца России');
    expect(born('875\u00a0824')).toBe('875 824 уроженца России');
    expect(born('10\u00a0199')).toBe('10 199 уроженцев России');
    expect(born('1,15\u00a0млн')).toBe('1,15 млн уроженцев России');
    expect(plain(ru.flows.countOf.departures_for_work('341\u00a0000'))).toBe('около 341 000 выездов на работу');
  });
});
