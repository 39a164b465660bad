/**
 * Vite plugin: `import 'virtual:theme.css'` gives the stylesheet of every theme's custom properties, generated
 * from src/lib/theme/ at build time (so the colours exist before any script runs). In dev, restart the server
 * after editing a theme: the tokens are read when the config loads.
 */
import type { Plugin } from 'vite';
import { themeCss } from '../src/lib/theme/css.ts';

const ID = 'virtual:theme.css';
const RESOLVED = '\0' + ID;

export function themePlugin(): Plugin {
  return {
    name: 'corridors-theme',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? themeCss() : undefined),
  };
}
