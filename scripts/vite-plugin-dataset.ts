/**
 * Vite plugin: `import dataset from 'virtual:dataset'` gives the app the validated contents of data/.
 * Validation runs on every build and dev start (and again when a data file changes), so a malformed row
 * stops the build with its file, line and column instead of shipping half a dataset.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadAll } from '../src/lib/data/load.ts';
import { FILES } from '../src/lib/data/schema.ts';
import { storyFile, translationFile } from '../src/lib/data/translations.ts';
import { LANGS } from '../src/lib/i18n/index.ts';
import { buildDownloads, downloadType, type DownloadFile } from '../src/lib/data/downloads.ts';

const ID = 'virtual:dataset';
const RESOLVED = '\0' + ID;
/** `virtual:dataset/names-<lang>`: one language's names and story, a chunk of its own that only a page in it loads. */
const LANGUAGE = /^\0?virtual:dataset\/names-([a-z]+)$/;

export function readDataDir(dir: string) {
  return (file: string) => {
    const path = join(dir, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
}

/** Also emits the downloads at dist/downloads/ (every CSV and story.json; served in dev at the same paths). */
/** The languages whose names and story data/i18n/ must give: every interface language but English. */
export const TRANSLATED = LANGS.filter((l) => l !== 'en');

export function datasetPlugin(dataDir: string, { emitDownloads = true } = {}): Plugin {
  const load = () => loadAll(readDataDir(dataDir), TRANSLATED); // throws DataError with every problem listed
  // One validation for the dataset's module and its languages' (again when a data file changes).
  let loaded: ReturnType<typeof load> | null = null;
  const data = () => (loaded ??= load());
  return {
    name: 'corridors-dataset',
    resolveId: (id) => (id === ID ? RESOLVED : LANGUAGE.test(id) ? '\0' + id : undefined),
    buildStart() {
      loaded = null;
    },
    watchChange() {
      loaded = null;
    },
    generateBundle() {
      if (!emitDownloads) return; // the single-file build makes its downloads in the page instead
      const { dataset, story } = data();
      for (const [name, source] of Object.entries(buildDownloads(dataset, story)))
        this.emitFile({ type: 'asset', fileName: `downloads/${name}`, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.match(/\/downloads\/([a-z]+\.(?:csv|json))$/)?.[1];
        if (!name) return next();
        const { dataset, story } = load();
        const files = buildDownloads(dataset, story) as Record<string, string>;
        if (!(name in files)) return next();
        res.setHeader('content-type', downloadType(name as DownloadFile));
        res.end(files[name]);
      });
    },
    load(id) {
      const lang = id.match(LANGUAGE)?.[1];
      if (id !== RESOLVED && !lang) return;
      const files = [...Object.values(FILES).map((f) => f.file), 'story.json', ...TRANSLATED.flatMap((l) => [translationFile(l), storyFile(l)])];
      for (const file of files) this.addWatchFile(join(dataDir, file));
      const { dataset, story, translations } = data();
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      if (lang) {
        if (!translations[lang]) this.error(`virtual:dataset/names-${lang}: no such language (${TRANSLATED.join(', ')})`);
        return `export default ${json(translations[lang])};`;
      }
      return [
        `export default ${json(dataset)};`,
        `export const story = ${json(story)};`,
        // English is the data itself; each other language's names load only on a page in it.
        `export const translations = {${TRANSLATED.map((l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(`virtual:dataset/names-${l}`)})`).join(', ')}};`,
      ].join('\n');
    },
  };
}
