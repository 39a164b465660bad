/**
 * Two to five countries side by side (`?view=compare&compare=UZB,KAZ`): a column per country, a row per
 * organisation and per instrument, each row marked where the countries differ; and the flows between them.
 * Pure; statuses as the records give them (a paper's contrary claim marked, never counted).
 */
import type { FlowView } from './flows.ts';
import { profile, type Model } from './index.ts';
import type { StandingKey } from './standings.ts';
import type { Cell } from './tables.ts';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 5;

export type CompareRow = { key: string; name: string; short: string; cells: Cell[]; differs: boolean };
export type Comparison = {
  countries: { iso3: string; name: string }[];
  organisations: CompareRow[];
  instruments: CompareRow[];
  /** The latest flow of each basis between any two of them, either way, largest first. */
  flows: FlowView[];
};

const differ = (cells: Cell[]) => new Set(cells.map((c) => c.status ?? 'none')).size > 1;

/** The comparison of `codes` (countries the dataset keeps records for), or null for fewer than two of them. */
export function compare(m: Model, codes: readonly string[], views: FlowView[]): Comparison | null {
  const profiles = codes.map((c) => profile(m, c)).filter((p) => p !== null);
  if (profiles.length < COMPARE_MIN) return null;
  const organisations = m.data.organisations
    .map((o): CompareRow => {
      const cells = profiles.map((p): Cell => {
        const line = p.organisations.find((l) => l.organisation.org_id === o.org_id);
        if (!line) return { status: 'none' };
        const r = line.current ?? line.history.at(-1)!;
        const status: StandingKey = line.current ? r.status : 'former';
        return { status, date: line.current ? r.since : r.until, source: r.source, locator: r.locator, unchecked: !r.checked };
      });
      return { key: o.org_id, name: o.org_name, short: o.short_name, cells, differs: differ(cells) };
    })
    .filter((r) => r.cells.some((c) => c.status !== 'none'));
  const instruments = m.data.instruments.map((i): CompareRow => {
    const cells = profiles.map((p): Cell => {
      const line = p.instruments.find((l) => l.instrument.instrument_id === i.instrument_id);
      if (!line) return { status: 'unknown' };
      const r = line.record;
      return {
        status: r.status,
        date: r.date,
        source: r.source,
        locator: r.locator,
        unchecked: !r.checked,
        disputedBy: line.disputed.length ? line.disputed : undefined,
      };
    });
    return { key: i.instrument_id, name: i.name, short: i.short_name, cells, differs: differ(cells) };
  });
  const set = new Set(profiles.map((p) => p.country.iso3));
  const between = views.filter((f) => set.has(f.origin_iso3) && set.has(f.destination_iso3));
  const latest = new Map<string, FlowView>();
  for (const f of between) {
    const k = `${f.origin_iso3}-${f.destination_iso3}-${f.basis}`;
    const had = latest.get(k);
    if (!had || f.year > had.year) latest.set(k, f);
  }
  const flows = [...latest.values()].sort((a, b) => a.basis.localeCompare(b.basis) || (b.share_pct ?? 0) - (a.share_pct ?? 0));
  return { countries: profiles.map((p) => ({ iso3: p.country.iso3, name: p.country.name })), organisations, instruments, flows };
}

/** `?compare=uzb,KAZ,xx` → the known countries with records, each once, at most five. */
export function parseCompare(m: Model, raw: string | null | undefined): string[] {
  if (!raw) return [];
  const codes = raw
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter((c) => {
      const country = m.country.get(c);
      return !!country && country.role !== 'flows_only';
    });
  return [...new Set(codes)].slice(0, COMPARE_MAX);
}
