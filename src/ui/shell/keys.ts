/** What has keyboard focus, as the keymap (src/app/keymap.ts) needs to know it. */
const TEXT_INPUT = /^(text|search|email|url|tel|number|password)$/;

/** Text entry keeps its keys; radios, selects and buttons' keys are theirs but for a presenter's clicker. */
export function targetKind(t: EventTarget | null): 'text' | 'control' | 'other' {
  if (!(t instanceof HTMLElement)) return 'other';
  if (t.isContentEditable || t.tagName === 'TEXTAREA' || (t instanceof HTMLInputElement && TEXT_INPUT.test(t.type))) return 'text';
  return t.tagName === 'INPUT' || t.tagName === 'SELECT' ? 'control' : 'other';
}

/**
 * A list's arrow keys: ←/↑ the previous item, →/↓ the next (wrapping round, so the order is always the one on
 * screen), Home and End the first and last. Focus moves; Enter or Space then does what the item does.
 * Returns whether the key was one of these (the caller then prevents its default: the page must not scroll).
 */
export function moveFocus(e: KeyboardEvent, items: HTMLElement[]): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey) return false;
  const i = items.indexOf(e.target as HTMLElement);
  if (i < 0 || !items.length) return false;
  const n = items.length;
  const next =
    e.key === 'ArrowRight' || e.key === 'ArrowDown'
      ? (i + 1) % n
      : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
        ? (i - 1 + n) % n
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? n - 1
            : -1;
  if (next < 0) return false;
  items[next]!.focus();
  return true;
}
