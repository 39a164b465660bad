/**
 * Presenter keys: what presentation clickers send (Right/Left, PageDown/PageUp, Space) and a keyboard's
 * Home/End and digits. Pure, so the mapping is tested without a browser.
 */
export type StoryCommand =
  { kind: 'next' } | { kind: 'previous' } | { kind: 'first' } | { kind: 'last' } | { kind: 'goto'; step: number } | { kind: 'exit' };

export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): StoryCommand | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null; // leave browser shortcuts alone
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return { kind: 'next' };
    case ' ':
      return { kind: e.shiftKey ? 'previous' : 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { kind: 'previous' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'Escape':
      return { kind: 'exit' };
  }
  return /^[1-9]$/.test(e.key) ? { kind: 'goto', step: Number(e.key) } : null;
}

/** The step a command leads to, 1-based, kept within 1..count; null to leave the presentation. */
export function applyCommand(current: number, count: number, c: StoryCommand): number | null {
  const clamp = (n: number) => Math.min(count, Math.max(1, n));
  switch (c.kind) {
    case 'next':
      return clamp(current + 1);
    case 'previous':
      return clamp(current - 1);
    case 'first':
      return 1;
    case 'last':
      return count;
    case 'goto':
      return c.step <= count ? c.step : current;
    case 'exit':
      return null;
  }
}
