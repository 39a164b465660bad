import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { THEMES, mix, originColor, standingColor } from '../../src/lib/theme/index.ts';
import { cssVariables, themeCss } from '../../src/lib/theme/css.ts';
import type { StandingKey } from '../../src/lib/queries/standings.ts';

const HEX = /#[0-9a-f]{3}(?:[0-9a-f]{3})?(?:[0-9a-f]{2})?\b/gi;
const FUNCTIONS = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/g;

describe('themes', () => {
  it('give the map colours as six-digit hex (the flow overlay and the slide read them as such)', () => {
    for (const t of Object.values(THEMES))
      for (const v of Object.values(t.map)) expect(v, 'map colours are hex, for the overlay and the slide').toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('keep each origin’s colour in every theme, distinct for the five states, with a fallback', () => {
    expect(new Set(Object.values(THEMES.light.origins.byCountry)).size).toBe(5);
    expect(originColor(THEMES.light, 'UZB')).toBe('#D55E00'); // Okabe–Ito vermillion, in every view and screenshot
    expect(originColor(THEMES.contrast, 'UZB')).toBe('#D55E00');
    expect(originColor(THEMES.light, 'XXX')).toBe(THEMES.light.origins.fallback);
  });

  it('colour every status, darkening only the "nothing here" ones on the projector', () => {
    const keys = Object.keys(THEMES.light.standings) as StandingKey[];
    const changed = keys.filter((k) => standingColor(THEMES.light, k) !== standingColor(THEMES.contrast, k));
    expect(changed.sort()).toEqual(['absent', 'none', 'not_party']);
  });

  it('mark a dispute on the slide in the colour the map outlines it in (one value, not two)', () => {
    expect(THEMES.contrast.map.disputedOutline).toBe('#ffd166');
    expect(THEMES.light.map.disputedOutline).toBe('#7a5200');
  });

  it('become CSS custom properties: the default on :root, every theme under its data-theme', () => {
    const css = themeCss();
    expect(css).toContain(':root {\n  --text: #1f2328;');
    expect(css).toContain("[data-theme='contrast'] {\n  --text: #ffffff;");
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
  it('subdue every country but the five toward the context colour, lighter on paper and darker on the projector', () => {
    const lum = (c: string) => [1, 3, 5].reduce((s, i) => s + parseInt(c.slice(i, i + 2), 16), 0);
    const light = THEMES.light;
    expect(standingColor(light, 'party')).toBe(light.standings.party);
    expect(lum(standingColor(light, 'party', false))).toBeGreaterThan(lum(light.standings.party));
    expect(lum(standingColor(THEMES.contrast, 'party', false))).toBeLessThan(lum(THEMES.contrast.standings.party));
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
