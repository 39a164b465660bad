/**
 * The themes as CSS: each theme's interface tokens as custom properties, on `:root` for the default theme and
 * on `[data-theme="name"]` for every theme (the app sets the attribute: presenter mode is `contrast`).
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

const block = (selector: string, t: Theme) =>
  `${selector} {\n${Object.entries(cssVariables(t))
    .map(([k, v]) => `  ${k}: ${v};`)
    .join('\n')}\n}`;

export function themeCss(): string {
  const named = Object.entries(THEMES).map(([name, t]) => block(`[data-theme='${name}']`, t));
  return [`/* Generated from src/lib/theme/ (see css.ts). */`, block(':root', THEMES.light), ...named].join('\n\n') + '\n';
}
