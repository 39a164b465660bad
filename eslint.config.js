// Lint rules, and the architecture's boundaries as rules (npm run lint, run by npm test):
// - only src/lib/map/maplibre/ may import maplibre-gl (or any file of it): the app sees the renderer-neutral MapView;
// - src/lib/{data,queries,flows,geo,state,i18n,theme}, the renderer-neutral map modules (src/lib/map/*.ts) and the
//   controller's pure parts (src/app/*.ts, not *.svelte.ts) stay pure: no Svelte, no DOM, so they run in Node
//   (build scripts, tests) and in any renderer;
// - what the browser runs imports only types from the build-time validators (zod's schemas, the loaders in
//   src/lib/data/), so they stay out of the bundle: values come from vocabulary.ts and localise.ts.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Globals only a browser has (Node and the language have the rest, e.g. URL, setTimeout, performance). */
const nodeOrLanguage = new Set([...Object.keys(globals.node), ...Object.keys(globals.builtin)]);
const browserOnly = [...Object.keys(globals.browser).filter((name) => !nodeOrLanguage.has(name)), 'navigator'];

const PURE = [...['data', 'queries', 'flows', 'geo', 'state', 'i18n', 'theme'].map((dir) => `src/lib/${dir}/**`), 'src/lib/map/*.ts', 'src/app/*.ts'];
const PURE_EXCEPT = ['src/app/*.svelte.ts'];
const MAPLIBRE = ['maplibre-gl', 'maplibre-gl/*'];
const BUILD_TIME = ['schema', 'story', 'translations', 'load', 'csv'].map((name) => `src/lib/data/${name}.ts`);

export default ts.config(
  { ignores: ['node_modules', 'dist', 'dist-single', 'bench/dist', 'test-results', '**/*.glsl'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused names are dead code; a leading underscore marks one kept on purpose (a destructured rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Ids in {#each} keys and hrefs built from data are the app's own; resolve() is for SvelteKit routes.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { projectService: false, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } },
  },
  {
    files: ['src/**'],
    ignores: ['src/lib/map/maplibre/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: MAPLIBRE, message: 'Only src/lib/map/maplibre/ knows MapLibre: use the MapView interface (src/lib/map/types.ts).' }] },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: BUILD_TIME,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^zod$|^zod/|(^|/)data/(schema|story|translations|load|csv)\\.ts$|^\\./(schema|story|translations|load|csv)\\.ts$)',
              allowTypeImports: true,
              message: 'Build-time validation (zod) stays out of the browser: import types from here, values from vocabulary.ts or localise.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: PURE,
    ignores: PURE_EXCEPT,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: MAPLIBRE, message: 'Pure modules know no renderer.' },
            { group: ['svelte', 'svelte/*', '*.svelte', '*.svelte.ts', '*.svelte.js'], message: 'Pure modules import no Svelte.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserOnly.map((name) => ({ name, message: 'Pure modules use no DOM: pass what they need in.' }))],
    },
  },
);
