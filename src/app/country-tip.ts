/**
 * What the tooltip says about a country under the pointer (or focused in a status legend's list): on the flows
 * map its name; on a status map also its status, the date of the action behind it and the record's source (its
 * short name), and any paper that says otherwise. Pure: texts come from the I18n.
 */
import { isAuthoritative, type Model } from '../lib/queries/index.ts';
import type { Standings } from '../lib/queries/standings.ts';
import type { I18n } from '../lib/i18n/index.ts';

export type CountryTip = {
  name: string;
  /** The status as the map colours it (or "no record in this dataset"); null on the flows map. */
  status: string | null;
  /** What was done and when ("acceded 15 Jan 1999", "since 1 Jan 2015"), when the record dates it. */
  action: string | null;
  /** The record's source, by its short name. */
  source: string | null;
  /** The papers that say otherwise, by short name. */
  disputed: string | null;
};

const endOf = (year: number | null) => (year === null ? '9999-12-31' : `${year}-12-31`);

export function countryTip(m: Model, s: Standings | null, year: number | null, iso3: string, t: I18n): CountryTip | null {
  const country = m.country.get(iso3);
  if (!country) return null;
  const tip: CountryTip = { name: country.name, status: null, action: null, source: null, disputed: null };
  if (!s || s.notYet) return tip;
  const key = s.byCountry.get(iso3);
  if (!key) return { ...tip, status: t.m.outsideDataset };
  tip.status = t.m.status[key];
  const end = endOf(year);
  if (s.kind === 'instrument') {
    const rows = m.data.ratifications.filter((r) => r.instrument_id === s.id && r.country_iso3 === iso3);
    const record = rows.find((r) => isAuthoritative(m.source.get(r.source_id)!));
    if (record) {
      tip.source = m.source.get(record.source_id)!.short;
      const date = key === 'signatory' ? (record.signed ?? record.date) : key === record.status ? record.date : undefined;
      if (date && date <= end) {
        const day = t.locale.date(date);
        tip.action =
          record.action === 'vote'
            ? t.m.recordedVote(day)
            : t.m.recordAction({ action: t.m.action[key === 'signatory' ? 'signature' : (record.action ?? 'signature')], date: day });
      }
    }
    const papers = rows.filter((r) => r.disputed).map((r) => m.source.get(r.source_id)!.short);
    if (papers.length) tip.disputed = t.m.tipDisputed(t.locale.list(papers));
    return tip;
  }
  // An organisation: the row behind the status shown (dated rows first, as in orgStandings).
  const rows = m.data.memberships.filter((r) => r.org_id === s.id && r.country_iso3 === iso3 && r.status === key);
  const record = rows.find((r) => (!r.since || r.since <= end) && (!r.until || r.until > end)) ?? rows[0];
  if (record) {
    tip.source = m.source.get(record.source_id)!.short;
    if (record.since && record.since <= end) tip.action = t.m.tipSince(t.locale.date(record.since));
  }
  return tip;
}
