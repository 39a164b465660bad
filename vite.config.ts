/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { datasetPlugin } from './scripts/vite-plugin-dataset.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

export default defineConfig({
  // Relative asset paths: the build works from any folder of any static host (and inside an iframe).
  base: './',
  plugins: [svelte(), datasetPlugin(dataDir)],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // MapLibre in a chunk of its own (still loaded on demand), so the benchmark can tell library bytes from ours.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }] } } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
