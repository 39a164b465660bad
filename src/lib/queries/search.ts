/**
 * Search: one box that finds countries, organisations, instruments, agreements and laws by any of their names
 * and short names (in the reader's language, and the ids a link uses), and says where each opens. Pure; the
 * match ignores case and diacritics ("Ozbekiston" finds "Oʻzbekiston", "almaty" finds "Almaty Process").
 */
import { recordsKept, type Model } from './index.ts';
import type { Opens } from './timeline.ts';

export const SEARCH_KINDS = ['country', 'organisation', 'instrument', 'agreement', 'law'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type SearchEntry = { key: string; kind: SearchKind; name: string; /** Other names it answers to. */ aliases: string[]; opens: Opens };
export type SearchHit = SearchEntry & {
  /** 0 best: the name starts with the query, then a word of it, then anywhere, then an alias. */ rank: number;
};

/** For matching: lower case, no diacritics or modifier letters (ʻ ʼ ’ '), single spaces. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u02b0-\u02ff'’`‘]/g, '')
    .toLocaleLowerCase('en')
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchIndex(m: Model): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const c of m.data.countries)
    entries.push({ key: `country-${c.iso3}`, kind: 'country', name: c.name, aliases: [c.iso3, c.anchor_place], opens: { country: c.iso3 } });
  for (const o of m.data.organisations)
    entries.push({ key: `org-${o.org_id}`, kind: 'organisation', name: o.org_name, aliases: [o.short_name, o.org_id], opens: { org: o.org_id } });
  for (const i of m.data.instruments)
    entries.push({
      key: `instrument-${i.instrument_id}`,
      kind: 'instrument',
      name: i.name,
      aliases: [i.short_name, i.instrument_id],
      opens: { instrument: i.instrument_id },
    });
  for (const a of m.data.agreements) {
    const parties = a.parties.filter((p) => m.country.get(p) && recordsKept(m.country.get(p)!));
    const opens: Opens =
      parties.length === 2 ? { corridor: [parties[0]!, parties[1]!] } : parties[0] ? { country: parties[0] } : { org: a.parties[0]! };
    entries.push({ key: `agreement-${a.agreement_id}`, kind: 'agreement', name: a.title, aliases: [], opens });
  }
  for (const l of m.data.laws)
    entries.push({ key: `law-${l.law_id}`, kind: 'law', name: l.title, aliases: l.number ? [l.number] : [], opens: { country: l.country_iso3 } });
  return entries;
}

/** Entries matching every word of `query`, best first (then by kind, then by name in `collate`'s order), at most `limit`. */
export function search(index: SearchEntry[], query: string, collate: (a: string, b: string) => number, limit = 8): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const words = q.split(' ');
  const hits: SearchHit[] = [];
  for (const e of index) {
    const name = fold(e.name);
    const aliases = e.aliases.map(fold);
    const all = [name, ...aliases].join(' | ');
    if (!words.every((w) => all.includes(w))) continue;
    const rank = name.startsWith(q)
      ? 0
      : aliases.some((a) => a === q || a.startsWith(q))
        ? 1
        : name.split(/[\s(«"“-]+/).some((w) => w.startsWith(words[0]!))
          ? 2
          : name.includes(q)
            ? 3
            : 4;
    hits.push({ ...e, rank });
  }
  return hits
    .sort((a, b) => a.rank - b.rank || SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind) || collate(a.name, b.name))
    .slice(0, limit);
}
