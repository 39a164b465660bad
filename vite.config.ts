/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { datasetPlugin } from './scripts/vite-plugin-dataset.ts';
import { themePlugin } from './scripts/vite-plugin-theme.ts';
import { injectCsp, type CspMode } from './scripts/csp.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

/** Give the single-file build a name that says what it is when copied to a USB stick. */
function renameHtml(name: string): Plugin {
  return {
    name: 'rename-html',
    enforce: 'post',
    generateBundle(_, bundle) {
      const html = bundle['index.html'];
      if (html) html.fileName = name;
    },
  };
}

/**
 * The Content-Security-Policy <meta> for the build (scripts/csp.ts): 'self' only for the site, inline scripts and
 * a data: worker for the single file. Not in dev, where Vite's client and hot reload need more.
 */
function csp(mode: CspMode): Plugin {
  return {
    name: 'corridors-csp',
    apply: 'build',
    transformIndexHtml: { order: 'pre', handler: (html) => injectCsp(html, mode) },
  };
}

// `vite build --mode single` (npm run build:single): one self-contained HTML file for a USB stick, with every
// script, style, the dataset, the shapes and the MapLibre worker inlined (the worker as a data: URL).
export default defineConfig(({ mode }) => ({
  // Relative asset paths: the build works from any folder of any static host (and inside an iframe).
  base: './',
  plugins: [
    svelte(),
    themePlugin(),
    datasetPlugin(dataDir, { emitDownloads: mode !== 'single' }),
    csp(mode === 'single' ? 'single' : 'web'),
    ...(mode === 'single' ? [viteSingleFile({ removeViteModuleLoader: true }), renameHtml('corridors.html')] : []),
  ],
  publicDir: mode === 'single' ? false : 'public',
  build:
    mode === 'single'
      ? { target: 'es2022', outDir: 'dist-single', chunkSizeWarningLimit: 5000, assetsInlineLimit: Number.MAX_SAFE_INTEGER }
      : {
          target: 'es2022',
          chunkSizeWarningLimit: 1500,
          // MapLibre in a chunk of its own (still loaded on demand), so the benchmark can tell library bytes from ours.
          rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[/\\]maplibre-gl[/\\]/ }] } } },
        },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
}));
