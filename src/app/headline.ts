/**
 * Every view's headline, written from the data it shows: the one sentence a newsroom would put above the map
 * ("Seven in ten of Uzbekistan's labour migrants go to Russia"). The masthead, the embed and the slide all
 * title the view with it. The numbers behind it are the ones the map and panel show; the words are the
 * language's (en.ts `headline`).
 */
import type { Model, Profile } from '../lib/queries/index.ts';
import type { Basis, FlowView, OriginSummary } from '../lib/queries/flows.ts';
import { ELSEWHERE } from '../lib/data/vocabulary.ts';
import type { Standings, StandingKey } from '../lib/queries/standings.ts';
import type { I18n } from '../lib/i18n/index.ts';
import type { TableKind } from '../lib/queries/tables.ts';

export type HeadlineInput = {
  /** In presenter mode, the step's own title. */
  stepTitle: string | null;
  standings: Standings | null;
  /** The status map's year (null: today). */
  year: number | null;
  selected: Profile | null;
  corridor: [string, string] | null;
  basis: Basis;
  /** Each Central Asian origin's flows as the map shows them. */
  origins: OriginSummary[];
  /** An explore view shown over the map, with what it needs to say what it shows. */
  explore?: { view: 'table'; table: TableKind } | { view: 'timeline' } | { view: 'compare'; names: string[] } | null;
};

/** A place a flow goes to, not "everywhere else". */
const partner = (f: FlowView) => f.destination_iso3 !== ELSEWHERE && f.origin_iso3 !== ELSEWHERE;

/** An origin's largest destination under the shown flows (listed largest first), with its share. */
function topOf(o: OriginSummary): FlowView | undefined {
  return o.flows.filter(partner).find((f) => f.share_pct !== undefined);
}

export function headline(m: Model, v: HeadlineInput, t: I18n): string {
  // An explore view says what it shows (presenting, the step's title still leads).
  if (v.explore && !v.stepTitle) {
    const x = t.m.explore;
    if (v.explore.view === 'table') return x.tableCaption[v.explore.table];
    if (v.explore.view === 'timeline') return x.timeline.caption;
    return x.compare.title(v.explore.names);
  }
  const h = t.m.headline;
  const name = (iso3: string) => m.country.get(iso3)?.name ?? iso3;
  if (v.stepTitle) return v.stepTitle;
  if (v.standings) return standingsHeadline(m, v.standings, v.year, t);

  const year = (f: FlowView) => (f.basis === 'born_in_origin' ? String(f.year) : null);
  const share = (f: FlowView) =>
    h.share({ part: h.part(f.share_pct!), origin: name(f.origin_iso3), destination: name(f.destination_iso3), basis: f.basis, year: year(f) });
  const flows = v.origins.flatMap((o) => o.flows);

  if (v.corridor) {
    const [a, b] = v.corridor;
    const f = flows.find(
      (x) =>
        partner(x) &&
        x.share_pct !== undefined &&
        ((x.origin_iso3 === a && x.destination_iso3 === b) || (x.origin_iso3 === b && x.destination_iso3 === a)),
    );
    return f ? share(f) : h.pair({ a: name(a), b: name(b) });
  }

  if (v.selected) {
    const iso3 = v.selected.country.iso3;
    const own = v.origins.find((o) => o.country.iso3 === iso3);
    const top = own && topOf(own);
    if (top) return share(top);
    // A destination: the origins it is first for, else its largest inbound share.
    const firstFor = v.origins.filter((o) => topOf(o)?.destination_iso3 === iso3);
    if (firstFor.length) {
      const f = topOf(firstFor[0]!)!;
      return h.firstFor({ destination: name(iso3), origins: firstFor.map((o) => o.country.name), basis: v.basis, year: year(f) });
    }
    const inbound = flows.filter((f) => partner(f) && f.destination_iso3 === iso3 && f.share_pct !== undefined);
    const largest = inbound.sort((a, b) => b.share_pct! - a.share_pct!)[0];
    if (largest) return share(largest);
    return lawHeadline(v.selected, t);
  }

  // The overview: what the origins with a split have in common, or the one origin shown.
  const split = v.origins.filter((o) => topOf(o));
  if (split.length === 1) return share(topOf(split[0]!)!);
  if (split.length > 1) {
    const tops = new Map<string, OriginSummary[]>();
    for (const o of split) tops.set(topOf(o)!.destination_iso3, [...(tops.get(topOf(o)!.destination_iso3) ?? []), o]);
    const [destination, origins] = [...tops].sort((a, b) => b[1].length - a[1].length)[0]!;
    const f = topOf(origins[0]!)!;
    return h.firstForMany({ destination: name(destination), count: origins.length, of: split.length, basis: v.basis, year: year(f) });
  }
  return t.m.appSubtitle;
}

/** A country with no flows in this view: how it stands toward the treaties tracked. */
function lawHeadline(p: Profile, t: I18n): string {
  const treaties = p.instruments.filter((i) => i.instrument.kind !== 'compact');
  if (!treaties.length) return p.country.name;
  return t.m.headline.treaties({ country: p.country.name, parties: treaties.filter((i) => i.record.status === 'party').length, of: treaties.length });
}

/** How many of the five hold the counted standing ("Four of the five Central Asian states are party to …"). */
function standingsHeadline(m: Model, s: Standings, year: number | null, t: I18n): string {
  const h = t.m.headline;
  const what = s.kind === 'instrument' ? m.instrument.get(s.id)!.short_name : m.organisation.get(s.id)!.short_name;
  if (s.notYet) return h.notYet({ what, event: s.notYet.event, year: String(year) });
  const five = m.data.countries.filter((c) => c.role === 'central_asia').map((c) => c.iso3);
  const vote = s.groups.some((g) => g.key === 'voted_yes' || g.key === 'voted_no');
  const holding = (key: StandingKey) => five.filter((iso3) => s.byCountry.get(iso3) === key).length;
  // An organisation of participants (the OSCE's participating States, a summit format) counts its participants.
  const orgKey: StandingKey = holding('member') === 0 && holding('participant') > 0 ? 'participant' : 'member';
  const standing: StandingKey = s.kind === 'org' ? orgKey : vote ? 'voted_yes' : 'party';
  const count = holding(standing);
  return h.standing({ standing, count, of: five.length, what, year: year === null ? null : String(year) });
}
