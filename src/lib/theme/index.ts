/**
 * The themes, by name. A theme is a file of tokens (tokens.ts says what each is for); adding one is a new file
 * and an entry here. The CSS custom properties are generated from these at build time (css.ts, through the
 * `virtual:theme.css` module), so the stylesheets name variables, never colours.
 */
import type { StandingKey } from '../queries/standings.ts';
import { contrast } from './contrast.ts';
import { dark } from './dark.ts';
import { light } from './light.ts';
import type { Theme } from './tokens.ts';

export type { Theme, MapTokens, UiTokens, SlideTokens } from './tokens.ts';

export const THEMES = { light, dark, contrast } satisfies Record<string, Theme>;
export type ThemeName = keyof typeof THEMES;

/**
 * The themes a reader chooses between (`?theme=`, the masthead's toggle; by default the system's
 * `prefers-color-scheme`). Presenter mode always uses `contrast`, built for projectors.
 */
export const READER_THEMES = ['light', 'dark'] as const satisfies readonly ThemeName[];
export type ReaderTheme = (typeof READER_THEMES)[number];

/** The theme shown: contrast while presenting, else the reader's choice, else the system's preference. */
export const themeFor = (o: { presenting: boolean; chosen: ReaderTheme | null; systemDark: boolean }): ThemeName =>
  o.presenting ? 'contrast' : (o.chosen ?? (o.systemDark ? 'dark' : 'light'));

/** A flow's or an origin mark's colour. */
export const originColor = (t: Theme, iso3: string): string => t.origins.byCountry[iso3] ?? t.origins.fallback;

/** A status's colour: in full for the Central Asian states (`emphasised`), else mixed toward the context colour. */
export const standingColor = (t: Theme, key: StandingKey, emphasised = true): string =>
  emphasised ? t.standings[key] : mix(t.standings[key], t.map.context, t.subdue);

/** `a` moved toward `b` by `amount` (0–1), both "#rrggbb", as "#rrggbb". */
export function mix(a: string, b: string, amount: number): string {
  const channels = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const [x, y] = [channels(a), channels(b)];
  return `#${x
    .map((v, i) =>
      Math.round(v + (y[i]! - v) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
