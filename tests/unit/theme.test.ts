import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { THEMES, mix, originColor, standingColor } from '../../src/lib/theme/index.ts';
import { cssVariables, themeCss } from '../../src/lib/theme/css.ts';
import { lab, luminance } from './colour-science.ts';
import type { StandingKey } from '../../src/lib/queries/standings.ts';

const HEX = /#[0-9a-f]{3}(?:[0-9a-f]{3})?(?:[0-9a-f]{2})?\b/gi;
const FUNCTIONS = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/g;

describe('themes', () => {
  it('give the map colours as six-digit hex (the flow overlay and the slide read them as such)', () => {
    for (const t of Object.values(THEMES))
      for (const v of Object.values(t.map)) expect(v, 'map colours are hex, for the overlay and the slide').toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('keep each origin’s hue in every theme (lighter on a dark ground), distinct for the five states, with a fallback', () => {
    const hue = (c: string) => {
      const [, a, b] = lab(c);
      return (Math.atan2(b, a) * 180) / Math.PI;
    };
    for (const t of Object.values(THEMES)) expect(new Set(Object.values(t.origins.byCountry)).size).toBe(5);
    expect(originColor(THEMES.light, 'UZB')).toBe('#92350e'); // rust-red, in every view and screenshot
    expect(originColor(THEMES.dark, 'UZB')).toBe(originColor(THEMES.contrast, 'UZB')); // one set for dark grounds
    for (const [iso3, c] of Object.entries(THEMES.light.origins.byCountry)) {
      const onDark = THEMES.dark.origins.byCountry[iso3]!;
      const turn = Math.abs(((hue(c) - hue(onDark) + 540) % 360) - 180);
      expect(turn, `${iso3}: ${c} and ${onDark} are one hue`).toBeLessThan(25);
      expect(luminance(onDark)).toBeGreaterThan(luminance(c));
    }
    expect(originColor(THEMES.light, 'XXX')).toBe(THEMES.light.origins.fallback);
  });

  it('colour every status, the dark grounds with Okabe–Ito in full and their own "nothing here" colours', () => {
    const keys = Object.keys(THEMES.light.standings) as StandingKey[];
    const changed = (t: keyof typeof THEMES) => keys.filter((k) => standingColor(THEMES.light, k) !== standingColor(THEMES[t], k)).sort();
    expect(changed('contrast')).toEqual(['absent', 'none', 'not_party', 'participant', 'party']);
    expect(changed('dark')).toEqual(['absent', 'none', 'not_party', 'participant', 'party', 'unknown']);
    expect(THEMES.dark.standings.party).toBe('#009E73');
  });

  it('mark a dispute on the slide in the colour the map outlines it in (one value, not two)', () => {
    expect(THEMES.contrast.map.disputedOutline).toBe('#ffd166');
    expect(THEMES.light.map.disputedOutline).toBe('#7a5200');
  });

  it('become CSS custom properties: the default on :root, every theme under its data-theme', () => {
    const css = themeCss();
    expect(css).toContain(':root {\n  color-scheme: light;\n  --text: #1f2328;');
    // Before any script runs, the system's preference picks the default: no light flash for a dark reader.
    expect(css).toContain(`@media (prefers-color-scheme: dark) {\n  :root {\n    color-scheme: dark;\n    --text: ${THEMES.dark.ui.text};`);
    expect(css).toContain("[data-theme='contrast'] {\n  color-scheme: dark;\n  --text: #ffffff;");
    expect(css).toContain("[data-theme='dark'] {\n  color-scheme: dark;");
    // The named themes come after the media query: an explicit ?theme=light wins over a dark system.
    expect(css.indexOf("[data-theme='light']")).toBeGreaterThan(css.indexOf('@media'));
    expect(cssVariables(THEMES.contrast)['--panel-bg']).toBe('#14263a');
    expect(cssVariables(THEMES.light)['--map-context']).toBe(THEMES.light.map.context);
  });
});

describe('one theme module', () => {
  /** Every source file, but the theme's own. */
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return path.endsWith(join('lib', 'theme')) ? [] : files(path);
      return /\.(ts|svelte|css|glsl)$/.test(name) ? [path] : [];
    });
  }

  it('names no colour anywhere else in src/ (scripts, components and stylesheets use the tokens)', () => {
    const offenders = files('src').flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      const hits = [...text.matchAll(HEX), ...text.matchAll(FUNCTIONS)].map((m) => m[0]);
      return hits.length ? [`${path}: ${hits.join(' ')}`] : [];
    });
    expect(offenders).toEqual([]);
  });
});

describe('status maps', () => {
  it('subdue every country but the five toward the context colour, lighter on paper and darker on dark grounds', () => {
    const lum = (c: string) => [1, 3, 5].reduce((s, i) => s + parseInt(c.slice(i, i + 2), 16), 0);
    const light = THEMES.light;
    expect(standingColor(light, 'party')).toBe(light.standings.party);
    expect(lum(standingColor(light, 'party', false))).toBeGreaterThan(lum(light.standings.party));
    expect(lum(standingColor(THEMES.contrast, 'party', false))).toBeLessThan(lum(THEMES.contrast.standings.party));
    expect(lum(standingColor(THEMES.dark, 'party', false))).toBeLessThan(lum(THEMES.dark.standings.party));
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });

  it('keep "not party" clearly apart from "no record here" (the context colour), subdued or not', () => {
    for (const t of Object.values(THEMES))
      for (const emphasised of [true, false]) {
        const [a, b] = [standingColor(t, 'not_party', emphasised), t.map.context];
        const distance = [1, 3, 5].reduce((s, i) => s + Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)), 0);
        expect(distance, `${a} vs ${b}`).toBeGreaterThan(90);
      }
  });
});
