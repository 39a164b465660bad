/**
 * Every theme at WCAG AA, and its colour scales for the common colour-vision deficiencies. These tests can fail:
 * a token changed in src/lib/theme/ is measured here against every background it is used on.
 *
 * Contrast (WCAG 2.2): 4.5:1 for text (1.4.3; the interface's text is small, so every text token is held to it),
 * 3:1 for large text and for what identifies a graphical object or a control's state (1.4.11): the flows against
 * the land and the sea they cross, the focus rings, the map's outlines.
 *
 * Colour vision: the origins' colours (one per Central Asian state, lines and marks) and each status map's colours
 * are simulated for protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1: full
 * dichromacy, the strongest case) and every pair that shares a map must stay apart by CIEDE2000 ΔE ≥ 10 (and with
 * normal vision too). Why 10: ΔE00 ≈ 1–2 is a just-noticeable difference for large side-by-side patches; the
 * difference needed grows as marks shrink and stop touching (Stone, Szafir & Setlur 2014, "An engineering model
 * for color difference as a function of size"), and our lines are 1.5–14 px wide and seen apart, so we ask for
 * about five JNDs, the margin categorical palettes are usually built with. Colour is not the only cue on either
 * map: a flow starts at its origin's capital and its tooltip and the legend's list name it; a status map's legend
 * lists its countries as text under each status, its tooltip says the status, and a disputed record is hatched
 * and outlined in dashes (a pattern, not a colour).
 */
import { describe, expect, it } from 'vitest';
import { THEMES, type Theme } from '../../src/lib/theme/index.ts';
import type { StandingKey } from '../../src/lib/queries/standings.ts';
import { composite, contrastRatio, deltaE2000, simulate, type Deficiency } from './colour-science.ts';

const TEXT = 4.5;
const NON_TEXT = 3;
const DELTA_E = 10;

type Pair = { what: string; fg: string; bg: string; min: number };

/** Every foreground on every background it is drawn on, per theme (the stylesheets' use of each token). */
function pairs(t: Theme): Pair[] {
  const { ui, map, slide } = t;
  const out: Pair[] = [];
  const add = (what: string, fg: string, bgs: Record<string, string>, min: number) => {
    for (const [name, bg] of Object.entries(bgs)) out.push({ what: `${what} on ${name}`, fg, bg, min });
  };
  const surfaces = { bg: ui.bg, panelBg: ui.panelBg, chipBg: ui.chipBg, chipHover: ui.chipHover };
  const land = { sea: map.sea, context: map.context, dataCountry: map.dataCountry, centralAsia: map.centralAsia };
  // Text.
  add('text', ui.text, { ...surfaces, selected: ui.selected, disputedBg: ui.disputedBg }, TEXT);
  add('muted', ui.muted, { ...surfaces, disputedBg: ui.disputedBg }, TEXT);
  add('link', ui.link, surfaces, TEXT);
  add('depositary', ui.depositary, { chipBg: ui.chipBg, chipHover: ui.chipHover }, TEXT);
  add('disputedText', ui.disputedText, { disputedBg: ui.disputedBg, panelBg: ui.panelBg, chipBg: ui.chipBg }, TEXT);
  // The hint over an embedded map: its translucent ground over the map's lightest and darkest ground.
  for (const [name, ground] of Object.entries(land)) add('hintText', ui.hintText, { [`hintBg over ${name}`]: composite(ui.hintBg, ground) }, TEXT);
  // Map labels: a halo keeps them legible over lines; they also hold on the bare land and sea.
  add('labelText', map.labelText, { labelHalo: map.labelHalo, ...land }, TEXT);
  add('labelDetail', map.labelDetail, { labelHalo: map.labelHalo, ...land }, TEXT);
  // The slide (a PNG: its title is large, its legend and source line are not).
  add('slide text', slide.text, { background: slide.background, panel: slide.panel }, TEXT);
  add('slide muted', slide.muted, { background: slide.background, panel: slide.panel }, TEXT);
  // Large text: the headline (1.25rem bold) and the presenter's names (1.5× at least) are held to 4.5 above anyway.
  add('headline (large)', ui.text, { panelBg: ui.panelBg }, NON_TEXT);
  // Graphical objects and states (1.4.11).
  add('focusOutline', ui.focusOutline, { bg: ui.bg, panelBg: ui.panelBg, chipBg: ui.chipBg }, NON_TEXT);
  add('focusRing', ui.focusRing, { ...land, focusHalo: ui.focusHalo }, NON_TEXT);
  add('selected chip outline', ui.selectedOutline, { panelBg: ui.panelBg, chipBg: ui.chipBg }, NON_TEXT);
  add('disputed mark', ui.disputed, { panelBg: ui.panelBg, disputedBg: ui.disputedBg }, NON_TEXT);
  add('selected country outline', map.selectedOutline, { selected: map.selected, ...land }, NON_TEXT);
  add('emphasis outline (the five)', map.emphasisOutline, { sea: map.sea, context: map.context }, NON_TEXT);
  add('disputed outline', map.disputedOutline, { sea: map.sea, context: map.context }, NON_TEXT);
  for (const [iso3, colour] of Object.entries(t.origins.byCountry)) {
    add(`flow ${iso3}`, colour, land, NON_TEXT);
    // The chevrons inside a thick line point its direction: they hold against the line's colour.
    add(`chevrons on ${iso3}'s line`, map.flowChevron, { [iso3]: colour }, NON_TEXT);
  }
  return out;
}

describe.each(Object.entries(THEMES))('the %s theme at WCAG AA', (_name, theme) => {
  it('gives every text 4.5:1 and every graphical object 3:1 against what it is drawn on', () => {
    const failing = pairs(theme)
      .map((p) => ({ ...p, ratio: contrastRatio(p.fg, p.bg) }))
      .filter((p) => p.ratio < p.min)
      .map((p) => `${p.what}: ${p.fg} / ${p.bg} = ${p.ratio.toFixed(2)} < ${p.min}`);
    expect(failing).toEqual([]);
  });
});

const DEFICIENCIES: (Deficiency | null)[] = [null, 'protanopia', 'deuteranopia', 'tritanopia'];

/** The colours that share one map: each kind of status map with its "no record here" (the context colour). */
const STATUS_MAPS: Record<string, StandingKey[]> = {
  instrument: ['party', 'signatory', 'not_party', 'unknown'],
  vote: ['voted_yes', 'abstained', 'voted_no', 'absent'],
  organisation: ['member', 'associate', 'observer', 'dialogue_partner', 'participant', 'former', 'none', 'unknown'],
};

/** Every pair of `colours` closer than `min` for some reader: "a/b (deuteranopia) 7.1". */
function tooClose(colours: Record<string, string>, min: number): string[] {
  const names = Object.keys(colours);
  const out: string[] = [];
  for (const d of DEFICIENCIES)
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) {
        const [a, b] = [colours[names[i]!]!, colours[names[j]!]!];
        const e = d ? deltaE2000(simulate(a, d), simulate(b, d)) : deltaE2000(a, b);
        if (e < min) out.push(`${names[i]}/${names[j]} (${d ?? 'normal vision'}) ${e.toFixed(1)}`);
      }
  return out;
}

describe.each(Object.entries(THEMES))('the %s theme’s colour scales', (_name, theme) => {
  it('keep the five origins apart with protanopia, deuteranopia and tritanopia', () => {
    expect(tooClose(theme.origins.byCountry, DELTA_E)).toEqual([]);
  });

  it.each(Object.entries(STATUS_MAPS))('keep every status of a status map (%s) apart, and apart from "no record here"', (_kind, keys) => {
    const colours: Record<string, string> = Object.fromEntries(keys.map((k) => [k, theme.standings[k]]));
    colours['no record (context)'] = theme.map.context;
    expect(tooClose(colours, DELTA_E)).toEqual([]);
  });
});

describe('the colour science', () => {
  it('matches published values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2); // the classic "just fails" grey
    // Sharma, Wu & Dalal 2005, Table 1, pair 1 is given in Lab; sRGB pairs checked against colormath: white/black.
    expect(deltaE2000('#ffffff', '#000000')).toBeCloseTo(100, 0);
    expect(deltaE2000('#ff0000', '#ff0000')).toBe(0);
    // Dichromats cannot tell red from green at equal lightness; tritanopes can.
    expect(deltaE2000(simulate('#d62728', 'deuteranopia'), simulate('#2ca02c', 'deuteranopia'))).toBeLessThan(deltaE2000('#d62728', '#2ca02c') / 3);
    expect(simulate('#808080', 'protanopia')).toBe('#808080'); // greys are unchanged
  });
});
