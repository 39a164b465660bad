/**
 * The themes as CSS: each theme's interface tokens as custom properties and its `color-scheme`, on `:root` for
 * the default theme (light, or dark where the system prefers it, so the first paint before any script runs is
 * already right) and on `[data-theme="name"]` for every theme. main.ts sets the attribute on the document before
 * the first render (the reader's `?theme=`, else the system's preference) and the app keeps it in step; `.app`
 * carries it too (presenter mode is `contrast`).
 */
import { THEMES, type Theme } from './index.ts';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The custom properties of one theme: every ui token, and the map's context colour (the status legend's key). */
export function cssVariables(t: Theme): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(t.ui)) vars[`--${kebab(k)}`] = v;
  vars['--map-context'] = t.map.context;
  return vars;
}

const block = (selector: string, t: Theme, indent = '') =>
  `${indent}${selector} {\n${[`color-scheme: ${t.scheme};`, ...Object.entries(cssVariables(t)).map(([k, v]) => `${k}: ${v};`)]
    .map((line) => `${indent}  ${line}`)
    .join('\n')}\n${indent}}`;

export function themeCss(): string {
  const named = Object.entries(THEMES).map(([name, t]) => block(`[data-theme='${name}']`, t));
  return (
    [
      `/* Generated from src/lib/theme/ (see css.ts). */`,
      block(':root', THEMES.light),
      `@media (prefers-color-scheme: dark) {\n${block(':root', THEMES.dark, '  ')}\n}`,
      ...named,
    ].join('\n\n') + '\n'
  );
}
