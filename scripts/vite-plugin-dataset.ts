/**
 * Vite plugin: `import dataset from 'virtual:dataset'` gives the app the validated contents of data/.
 * Validation runs on every build and dev start (and again when a data file changes), so a malformed row
 * stops the build with its file, line and column instead of shipping half a dataset.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadDataset } from '../src/lib/data/load.ts';
import { FILES } from '../src/lib/data/schema.ts';

const ID = 'virtual:dataset';
const RESOLVED = '\0' + ID;

export function readDataDir(dir: string) {
  return (file: string) => {
    const path = join(dir, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
}

export function datasetPlugin(dataDir: string): Plugin {
  return {
    name: 'corridors-dataset',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      for (const { file } of Object.values(FILES)) this.addWatchFile(join(dataDir, file));
      const dataset = loadDataset(readDataDir(dataDir)); // throws DataError with every problem listed
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`;
    },
  };
}
