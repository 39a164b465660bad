/**
 * `npm run import:undesa [-- path/to/UN_MigrantStockByOriginAndDestination_2019.csv]`: (re-)import the UN's
 * bilateral migrant stock into data/ (what is taken: scripts/undesa.ts). By default it reads
 * ../shared/data/undesa-ims-2019/. Every row it wrote before is replaced; every other row stays as it is, byte
 * for byte. Countries the table brings in join data/countries.csv as `flows_only` (no treaty or organisation
 * records), drawn where the map's region has their shape, anchored at the centre of their largest part.
 * A new edition: point it at the new file, update the source row's citation below, run `npm run data:check`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import countries from 'i18n-iso-countries';
import { labelPoint } from '../src/lib/geo/countries.ts';
import { planImport, SOURCE_ID, TABLE } from './undesa.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = (file: string) => join(root, 'data', file);
const input = process.argv[2] ?? join(root, '..', 'shared', 'data', 'undesa-ims-2019', 'UN_MigrantStockByOriginAndDestination_2019.csv');
const require = createRequire(import.meta.url);

const text = readFileSync(input, 'utf8');
const sha256 = createHash('sha256').update(readFileSync(input)).digest('hex');
const plan = planImport(text);

/** Lines of a data file (one record per line in data/), the header first; `keep` decides on each record. */
function rewrite(file: string, keep: (cells: Record<string, string>) => boolean, add: string[][]): void {
  const lines = readFileSync(data(file), 'utf8').replace(/\n+$/, '').split('\n');
  const header = csvParseRows(lines[0]!)[0]!;
  const kept = lines.slice(1).filter((line) => {
    const rows = csvParseRows(line);
    if (rows.length !== 1 || rows[0]!.length !== header.length) throw new Error(`data/${file}: a record spans lines or is malformed: ${line}`);
    return keep(Object.fromEntries(header.map((h, i) => [h, rows[0]![i]!])));
  });
  const added = add.length ? csvFormatRows(add).split('\n') : [];
  writeFileSync(data(file), [lines[0], ...kept, ...added].join('\n') + '\n');
}
const columns = (file: string) => csvParseRows(readFileSync(data(file), 'utf8').split('\n')[0]!)[0]!;
const inOrder = (file: string, values: Record<string, string | number | undefined>) => columns(file).map((c) => String(values[c] ?? ''));
const fromSource = (cells: Record<string, string>) => cells.source_id !== SOURCE_ID;

// The source: one row, its citation saying what was read and its checksum.
rewrite('sources.csv', fromSource, [
  inOrder('sources.csv', {
    source_id: SOURCE_ID,
    kind: 'official',
    short: 'UN DESA 2019',
    citation: `United Nations, Department of Economic and Social Affairs, Population Division (2019). International Migrant Stock 2019 (POP/DB/MIG/Stock/Rev.2019), table "${TABLE}"; read in the CSV reshaped by Guy Abel (guyabel/stepladderChapter), sha256 ${sha256}. CC BY 3.0 IGO.`,
    year: 2019,
    url: 'https://www.un.org/development/desa/pd/content/international-migrant-stock',
    note: 'Stocks by place of birth (or citizenship where a destination records only that) at mid-year: people born in the origin living in the destination, not labour migrants and not flows in a year. They include people who moved in Soviet times (ethnic Russians and Germans from Kazakhstan, for example) and miss most seasonal workers.',
  }),
]);

// Flows: every row of the import, the count in `migrants` (shares are computed from them, and say so).
rewrite(
  'flows.csv',
  fromSource,
  plan.flows.map((f) =>
    inOrder('flows.csv', {
      origin_iso3: f.origin,
      destination_iso3: f.destination,
      year: f.year,
      period: `mid-${f.year}`,
      migrants: f.migrants,
      basis: 'born_in_origin',
      source_id: SOURCE_ID,
      locator: f.locator,
      note: f.note,
    }),
  ),
);

// Each origin's total abroad: the base of its shares.
rewrite(
  'statistics.csv',
  fromSource,
  plan.totals.map((t) =>
    inOrder('statistics.csv', {
      country_iso3: t.country,
      indicator: 'born_in_origin_abroad',
      value: t.value,
      qualifier: 'exact',
      unit: 'persons',
      year: t.year,
      period: `mid-${t.year}`,
      source_id: SOURCE_ID,
      locator: t.locator,
    }),
  ),
);

// Countries the table brings in, with their ISO codes, English name (CLDR), and where their flows end.
const known = new Set(
  csvParseRows(readFileSync(data('countries.csv'), 'utf8'))
    .slice(1)
    .map((r) => r[0]),
);
const needed = [...new Set(plan.flows.flatMap((f) => [f.origin, f.destination]))].filter((c) => c !== 'ZZZ' && !known.has(c)).sort();
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
const shapes = feature(world, world.objects.countries as GeometryCollection<{ name: string }>).features as Feature<
  Polygon | MultiPolygon,
  { name: string }
>[];
const region = JSON.parse(readFileSync(join(root, 'src/lib/geo/region.topo.json'), 'utf8')) as Topology;
const drawn = new Set((region.objects.countries as GeometryCollection).geometries.map((g) => Number(g.id)));
const english = new Intl.DisplayNames('en', { type: 'region' });
const added = needed.map((iso3) => {
  const numeric = countries.alpha3ToNumeric(iso3);
  const alpha2 = countries.alpha3ToAlpha2(iso3);
  if (!numeric || !alpha2) throw new Error(`no ISO 3166 numeric or alpha-2 code for ${iso3}`);
  const shape = shapes.find((s) => Number(s.id) === Number(numeric));
  if (!shape) throw new Error(`no Natural Earth shape for ${iso3} (${numeric})`);
  const [lng, lat] = labelPoint({ ...shape, properties: { name: shape.properties.name, iso3 } });
  return inOrder('countries.csv', {
    iso3,
    iso_numeric: numeric,
    name: english.of(alpha2),
    role: 'flows_only',
    on_map: drawn.has(Number(numeric)) ? 'true' : 'false',
    anchor_place: 'centre of its largest part (Natural Earth)',
    anchor_lng: lng!.toFixed(2),
    anchor_lat: lat!.toFixed(2),
    source_id: 'iso-3166',
    locator: `alpha-3 ${iso3} / numeric ${numeric}; anchor computed from Natural Earth's shape`,
  });
});
rewrite('countries.csv', () => true, added);

console.log(
  `Imported ${plan.flows.length} flows and ${plan.totals.length} totals (${plan.years.join(', ')}) from ${input} (sha256 ${sha256}); ` +
    `${added.length} countries added: ${needed.join(', ') || 'none'}.`,
);
