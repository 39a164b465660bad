/**
 * `npm run data:check [dir]`: validate every file in data/ (or another folder with the same files) and print
 * each problem as file:line: column "value" message. Exits non-zero on any problem; the build runs the same
 * validation through the Vite plugin.
 */
import { resolve } from 'node:path';
import { loadAll } from '../src/lib/data/load.ts';
import { DataError } from '../src/lib/data/csv.ts';
import { readDataDir, TRANSLATED } from './vite-plugin-dataset.ts';

const dir = resolve(process.argv[2] ?? 'data');
try {
  const { dataset: d, story, translations } = loadAll(readDataDir(dir), TRANSLATED);
  const counts = Object.entries(d).map(([k, rows]) => `${rows.length} ${k}`);
  console.log(
    `data: OK (${counts.join(', ')}; story of ${story.steps.length} steps; names and story in ${Object.keys(translations).join(', ') || 'English only'})`,
  );
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(e.message);
  process.exit(1);
}
