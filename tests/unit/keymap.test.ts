import { describe, expect, it } from 'vitest';
import { applyCommand, commandForKey } from '../../src/app/story-keys.ts';
import { commandFor, type KeyContext } from '../../src/app/keymap.ts';
import { VIEW_SPECS } from '../../src/app/views.ts';

const press = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
const key = (k: string, mods: Partial<KeyboardEvent> = {}) => commandForKey(press(k, mods));

describe('presenter keys', () => {
  it('maps what clickers and keyboards send', () => {
    expect(key('ArrowRight')).toEqual({ kind: 'next' });
    expect(key('PageDown')).toEqual({ kind: 'next' });
    expect(key(' ')).toEqual({ kind: 'next' });
    expect(key(' ', { shiftKey: true })).toEqual({ kind: 'previous' });
    expect(key('ArrowLeft')).toEqual({ kind: 'previous' });
    expect(key('PageUp')).toEqual({ kind: 'previous' });
    expect(key('Home')).toEqual({ kind: 'first' });
    expect(key('End')).toEqual({ kind: 'last' });
    expect(key('3')).toEqual({ kind: 'goto', step: 3 });
    expect(key('Escape')).toEqual({ kind: 'exit' });
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(key('0')).toBeNull();
    expect(key('a')).toBeNull();
    expect(key('ArrowRight', { altKey: true })).toBeNull();
    expect(key('r', { ctrlKey: true })).toBeNull();
  });

  it('moves within the story and never past its ends', () => {
    expect(applyCommand(1, 8, { kind: 'previous' })).toBe(1);
    expect(applyCommand(8, 8, { kind: 'next' })).toBe(8);
    expect(applyCommand(3, 8, { kind: 'next' })).toBe(4);
    expect(applyCommand(3, 8, { kind: 'last' })).toBe(8);
    expect(applyCommand(3, 8, { kind: 'goto', step: 9 })).toBe(3);
    expect(applyCommand(3, 8, { kind: 'exit' })).toBeNull();
  });
});

describe('the keymap', () => {
  const base: KeyContext = { phase: 'bubble', presenting: false, embedded: false, dialogOpen: false, target: 'other', menuOpen: false, back: null };
  const run = (k: string, ctx: Partial<KeyContext>, mods: Partial<KeyboardEvent> = {}) => commandFor(press(k, mods), { ...base, ...ctx });

  it('steps the story and saves the slide on the way down, while presenting, even from a radio the speaker clicked', () => {
    const presenting = { phase: 'capture' as const, presenting: true };
    expect(run('ArrowRight', presenting)).toEqual({ kind: 'story', command: { kind: 'next' } });
    expect(run('ArrowRight', { ...presenting, target: 'control' })).toEqual({ kind: 'story', command: { kind: 'next' } });
    expect(run('Escape', presenting)).toEqual({ kind: 'story', command: { kind: 'exit' } });
    expect(run('s', presenting)).toEqual({ kind: 'exportSlide' });
    expect(run('S', presenting)).toEqual({ kind: 'exportSlide' });
    expect(run('s', presenting, { ctrlKey: true })).toBeNull(); // the browser's Save
  });

  it('leaves every key to text entry and to an open dialog', () => {
    expect(run('ArrowRight', { phase: 'capture', presenting: true, target: 'text' })).toBeNull();
    expect(run('ArrowRight', { phase: 'capture', presenting: true, dialogOpen: true })).toBeNull();
    expect(run('Escape', { dialogOpen: true, back: 'closePanel' })).toBeNull();
    expect(run('p', { target: 'text' })).toBeNull();
  });

  it('does nothing on the way down when not presenting, and nothing on the way up when presenting', () => {
    expect(run('ArrowRight', { phase: 'capture' })).toBeNull();
    expect(run('p', { presenting: true })).toBeNull();
    expect(run('Escape', { presenting: true, back: 'closePanel' })).toBeNull();
  });

  it('enters presenter mode with P, but not in an embed and not with a modifier', () => {
    expect(run('p', {})).toEqual({ kind: 'present' });
    expect(run('P', {})).toEqual({ kind: 'present' });
    expect(run('p', { embedded: true })).toBeNull();
    expect(run('p', {}, { metaKey: true })).toBeNull();
    expect(run('p', { target: 'control' })).toBeNull();
  });

  it('closes the Countries menu first, then goes back as the view says', () => {
    expect(run('Escape', { menuOpen: true, back: 'closePanel' })).toEqual({ kind: 'closeMenu' });
    expect(run('Escape', { back: 'closePanel' })).toEqual({ kind: 'back', back: 'closePanel' });
    expect(run('Escape', { back: null })).toBeNull();
  });
});

describe('the views registry', () => {
  it('says what Esc does in each view', () => {
    expect(VIEW_SPECS.map.back({ panelOpen: true })).toBe('closePanel');
    expect(VIEW_SPECS.map.back({ panelOpen: false })).toBeNull();
    expect(VIEW_SPECS.sources.back({ panelOpen: true })).toBe('showMap');
  });
});
