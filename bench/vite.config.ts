/**
 * The benchmark's own build (bench/dist), separate from the app's: the peer library (flowmap.gl, deck.gl) is
 * imported only here, so none of it can reach dist/.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { datasetPlugin } from '../scripts/vite-plugin-dataset.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [datasetPlugin(fileURLToPath(new URL('../data', import.meta.url)))],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  logLevel: 'warn',
});
