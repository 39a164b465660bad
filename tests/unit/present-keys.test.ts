import { describe, expect, it } from 'vitest';
import { applyCommand, commandForKey } from '../../src/lib/present/keys.ts';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
  commandForKey({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });

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
