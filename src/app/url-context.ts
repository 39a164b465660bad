/**
 * What a link may name, from the model: the ids readUrlState (lib/state/url.ts) lets through. Everything else
 * in a URL falls back to its default.
 */
import { ELSEWHERE } from '../lib/data/vocabulary.ts';
import { findCountry, type Model } from '../lib/queries/index.ts';
import { findCorridor } from '../lib/queries/corridors.ts';
import { buildTable, type Table, type TableKind } from '../lib/queries/tables.ts';
import type { UrlContext } from '../lib/state/url.ts';

export function urlContext(model: Model, steps: number): UrlContext {
  // Built only for a link that sorts or filters a table, once per table.
  const tables = new Map<TableKind, Table>();
  const table = (kind: TableKind) => tables.get(kind) ?? tables.set(kind, buildTable(model, kind)).get(kind)!;
  return {
    // "Everywhere else" is a flow's end, never a country with a panel, a corridor's end or a row to compare.
    resolveCountry: (code) => {
      const iso3 = findCountry(model, code)?.iso3;
      return iso3 && iso3 !== ELSEWHERE ? iso3 : null;
    },
    resolveCorridor: (code) => {
      const ends = findCorridor(model, code);
      return ends && !ends.includes(ELSEWHERE) ? ends.join('-') : null;
    },
    isInstrument: (id) => model.instrument.has(id),
    isOrg: (id) => model.organisation.has(id),
    isOrigin: (iso3) => model.country.get(iso3)?.role === 'central_asia',
    isColumn: (kind, column) => table(kind).columns.some((c) => c.key === column),
    isKind: (kind, value) => table(kind).kinds.includes(value),
    steps,
  };
}
