/**
 * What the import of the UN's bilateral migrant stock takes from the table (UN DESA, International Migrant
 * Stock 2019, "by area of destination and origin"): pure, so the import script and its tests share it.
 *
 * Both directions for the region: people born in each Central Asian state living anywhere, and people born
 * anywhere living in each of them. A partner (a destination of the five, or an origin into them) is kept when
 * in any year it holds at least 5,000 people or 1% of the other end's total; the rest of each year is summed
 * into one "elsewhere" row, so the kept rows and it add up to the total and nothing is silently dropped.
 */
import { csvParse } from 'd3-dsv';
import { ELSEWHERE } from '../src/lib/data/schema.ts';

export const SOURCE_ID = 'undesa-ims-2019';
export const TABLE = 'International migrant stock at mid-year by area of destination and origin';
export const MIN_PEOPLE = 5000;
export const MIN_SHARE = 0.01;

/** The five, as the UN spells them. */
export const CENTRAL_ASIA: Record<string, string> = {
  Kazakhstan: 'KAZ',
  Kyrgyzstan: 'KGZ',
  Tajikistan: 'TJK',
  Turkmenistan: 'TKM',
  Uzbekistan: 'UZB',
};

/**
 * The UN's names (M49 spellings) of the countries a threshold can reach, and their ISO 3166-1 alpha-3 codes.
 * A kept name missing here stops the import with its name: add it (the UN's spelling, the ISO code).
 */
export const UN_NAMES: Record<string, string> = {
  ...CENTRAL_ASIA,
  Afghanistan: 'AFG',
  Armenia: 'ARM',
  Azerbaijan: 'AZE',
  Belarus: 'BLR',
  Canada: 'CAN',
  China: 'CHN',
  Czechia: 'CZE',
  "Dem. People's Republic of Korea": 'PRK',
  Estonia: 'EST',
  Finland: 'FIN',
  France: 'FRA',
  Georgia: 'GEO',
  Germany: 'DEU',
  Greece: 'GRC',
  India: 'IND',
  'Iran (Islamic Republic of)': 'IRN',
  Israel: 'ISR',
  Italy: 'ITA',
  Japan: 'JPN',
  Latvia: 'LVA',
  Lithuania: 'LTU',
  Mongolia: 'MNG',
  Netherlands: 'NLD',
  Pakistan: 'PAK',
  Poland: 'POL',
  'Republic of Korea': 'KOR',
  'Republic of Moldova': 'MDA',
  'Russian Federation': 'RUS',
  'Saudi Arabia': 'SAU',
  Spain: 'ESP',
  Sweden: 'SWE',
  Turkey: 'TUR',
  Ukraine: 'UKR',
  'United Arab Emirates': 'ARE',
  'United Kingdom': 'GBR',
  'United States of America': 'USA',
};

export type StockRow = { origin: string; destination: string; year: number; migrants: number; locator: string; note?: string };
export type TotalRow = { country: string; year: number; value: number; locator: string };
export type UndesaImport = { flows: StockRow[]; totals: TotalRow[]; years: number[] };

/** A cell as a number: null for `..` (not available) or empty. */
function cell(v: string | undefined): number | null {
  const s = (v ?? '').replace(/[\s,]/g, '');
  if (s === '' || s === '..' || s === '-') return null;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new Error(`not a number in the UN table: "${v}"`);
  return n;
}

const iso = (name: string): string => {
  const code = UN_NAMES[name];
  if (!code) throw new Error(`the UN's "${name}" passes the import's threshold but has no ISO code: add it to UN_NAMES in scripts/undesa.ts`);
  return code;
};

const at = (destination: string, origin: string, year: number) => `${TABLE}: destination ${destination}, origin ${origin}, ${year}`;

export function planImport(text: string): UndesaImport {
  const table = csvParse(text);
  const origins = table.columns.filter((c) => c !== 'Year' && c !== 'Dest');
  const destinations = [...new Set(table.map((r) => r.Dest!))];
  for (const name of Object.keys(CENTRAL_ASIA)) {
    if (!origins.includes(name)) throw new Error(`the UN table has no origin column "${name}"`);
    if (!destinations.includes(name)) throw new Error(`the UN table has no destination row "${name}"`);
  }
  const years = [...new Set(table.map((r) => Number(r.Year)))].sort((a, b) => a - b);
  const byKey = new Map(table.map((r) => [`${r.Year}|${r.Dest}`, r]));
  /** People born in `origin` living in `dest` at mid-`year`, or null where the table has none. */
  const stock = (origin: string, dest: string, year: number) => cell(byKey.get(`${year}|${dest}`)?.[origin]);
  const sum = (values: (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);
  /** Partners of one end kept: those at or above the threshold in some year (`of(p, y)` the value, `total(y)` the end's). */
  const keep = (partners: string[], of: (p: string, y: number) => number | null, total: (y: number) => number) =>
    new Set(partners.filter((p) => years.some((y) => (of(p, y) ?? 0) > 0 && (of(p, y) ?? 0) >= Math.min(MIN_PEOPLE, MIN_SHARE * total(y)))));

  const five = Object.keys(CENTRAL_ASIA);
  const outTotal = (o: string, y: number) => sum(destinations.map((d) => stock(o, d, y)));
  const inTotal = (d: string, y: number) => sum(origins.map((o) => stock(o, d, y)));
  const keptOut = new Map(
    five.map((o) => [
      o,
      keep(
        destinations,
        (d, y) => stock(o, d, y),
        (y) => outTotal(o, y),
      ),
    ]),
  );
  const keptIn = new Map(
    five.map((d) => [
      d,
      keep(
        origins,
        (o, y) => stock(o, d, y),
        (y) => inTotal(d, y),
      ),
    ]),
  );
  // A pair of the five is one row whichever side's threshold keeps it, left out of both sides' "elsewhere".
  for (const o of five)
    for (const d of five) {
      if (keptOut.get(o)!.has(d) || keptIn.get(d)!.has(o)) {
        keptOut.get(o)!.add(d);
        keptIn.get(d)!.add(o);
      }
    }

  const flows: StockRow[] = [];
  const totals: TotalRow[] = [];
  const row = (origin: string, dest: string, y: number) => {
    const v = stock(origin, dest, y);
    if (v !== null) flows.push({ origin: iso(origin), destination: iso(dest), year: y, migrants: v, locator: at(dest, origin, y) });
  };
  for (const o of five) {
    const kept = keptOut.get(o)!;
    for (const y of years) {
      for (const d of destinations) if (kept.has(d)) row(o, d, y);
      flows.push({
        origin: CENTRAL_ASIA[o]!,
        destination: ELSEWHERE,
        year: y,
        migrants: outTotal(o, y) - sum([...kept].map((d) => stock(o, d, y))),
        locator: `${TABLE}: origin ${o}, ${y}, the ${destinations.length - kept.size} destinations not listed separately, summed`,
        note: `Every destination below ${MIN_PEOPLE.toLocaleString('en')} people and ${MIN_SHARE * 100}% of ${o}'s total in every year, summed by the import.`,
      });
      totals.push({ country: CENTRAL_ASIA[o]!, year: y, value: outTotal(o, y), locator: `${TABLE}: origin ${o}, ${y}, sum over every destination` });
    }
  }
  const outsideKept = new Set<string>();
  for (const d of five) {
    const kept = keptIn.get(d)!;
    for (const y of years) {
      for (const o of origins) if (kept.has(o) && !(o in CENTRAL_ASIA)) row(o, d, y); // pairs of the five are written above
      flows.push({
        origin: ELSEWHERE,
        destination: CENTRAL_ASIA[d]!,
        year: y,
        migrants: inTotal(d, y) - sum([...kept].map((o) => stock(o, d, y))),
        locator: `${TABLE}: destination ${d}, ${y}, the ${origins.length - kept.size} origins not listed separately, summed`,
        note: `Every origin below ${MIN_PEOPLE.toLocaleString('en')} people and ${MIN_SHARE * 100}% of ${d}'s total in every year, summed by the import.`,
      });
    }
    for (const o of kept) if (!(o in CENTRAL_ASIA)) outsideKept.add(o);
  }
  // Each outside origin's total abroad: the base of its rows' shares (share of the origin's total that year).
  for (const o of [...outsideKept].sort())
    for (const y of years)
      totals.push({ country: iso(o), year: y, value: outTotal(o, y), locator: `${TABLE}: origin ${o}, ${y}, sum over every destination` });
  return { flows, totals, years };
}
