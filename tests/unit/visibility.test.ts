// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchVisibility } from '../../src/lib/map/maplibre/visibility.ts';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
let observed: Callback | null = null;
class FakeObserver {
  constructor(cb: Callback) {
    observed = cb;
  }
  observe() {}
  disconnect() {
    observed = null;
  }
}

const setHidden = (hidden: boolean) => {
  Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
};

afterEach(() => {
  vi.unstubAllGlobals();
  setHidden(false);
});

describe('watching whether the map can be seen', () => {
  it('reports off-screen (scrolled away) and a hidden tab, once per change', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const onChange = vi.fn();
    const stop = watchVisibility(document.createElement('div'), onChange);
    expect(onChange).toHaveBeenLastCalledWith(true);
    observed!([{ isIntersecting: false }]);
    expect(onChange).toHaveBeenLastCalledWith(false);
    observed!([{ isIntersecting: true }]);
    expect(onChange).toHaveBeenLastCalledWith(true);
    setHidden(true);
    expect(onChange).toHaveBeenLastCalledWith(false);
    setHidden(true);
    expect(onChange).toHaveBeenCalledTimes(4);
    stop();
    setHidden(false);
    expect(onChange).toHaveBeenCalledTimes(4);
  });
});
