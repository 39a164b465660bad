import { describe, expect, it, vi } from 'vitest';
import { FlowClock } from '../../src/lib/flows/clock.ts';

/** A clock driven by a hand-moved wall clock: no real time passes in these tests. */
function setup(options?: { playing?: boolean }) {
  let now = 1000;
  const clock = new FlowClock(() => now, options);
  return { clock, advance: (ms: number) => (now += ms) };
}

describe('the animation clock', () => {
  it('advances while playing', () => {
    const { clock, advance } = setup();
    expect(clock.time()).toBe(0);
    advance(1500);
    expect(clock.time()).toBeCloseTo(1.5);
  });

  it('stands still while paused and resumes where it stopped', () => {
    const { clock, advance } = setup();
    advance(1000);
    clock.pause();
    advance(5000);
    expect(clock.time()).toBeCloseTo(1);
    clock.play();
    advance(500);
    expect(clock.time()).toBeCloseTo(1.5);
  });

  it('can start paused (reduced motion) and toggles', () => {
    const { clock, advance } = setup({ playing: false });
    advance(2000);
    expect(clock.playing).toBe(false);
    expect(clock.time()).toBe(0);
    clock.toggle();
    expect(clock.playing).toBe(true);
    advance(250);
    expect(clock.time()).toBeCloseTo(0.25);
  });

  it('is suspended without changing the reader’s choice (hidden tab, map off-screen)', () => {
    const { clock, advance } = setup();
    clock.setSuspended(true);
    expect(clock.playing).toBe(true);
    expect(clock.running).toBe(false);
    advance(3000);
    expect(clock.time()).toBe(0);
    clock.setSuspended(false);
    advance(100);
    expect(clock.time()).toBeCloseTo(0.1);
  });

  it('seeks to a fixed moment, for tests and screenshots', () => {
    const { clock, advance } = setup({ playing: false });
    clock.seek(12.5);
    advance(1000);
    expect(clock.time()).toBe(12.5);
  });

  it('tells subscribers about changes, once per change, until they unsubscribe', () => {
    const { clock } = setup();
    const listener = vi.fn();
    const unsubscribe = clock.subscribe(listener);
    clock.pause();
    clock.pause(); // no change
    clock.setSuspended(true);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    clock.play();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
