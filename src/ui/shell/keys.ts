/** What has keyboard focus, as the keymap (src/app/keymap.ts) needs to know it. */
const TEXT_INPUT = /^(text|search|email|url|tel|number|password)$/;

/** Text entry keeps its keys; radios, selects and buttons' keys are theirs but for a presenter's clicker. */
export function targetKind(t: EventTarget | null): 'text' | 'control' | 'other' {
  if (!(t instanceof HTMLElement)) return 'other';
  if (t.isContentEditable || t.tagName === 'TEXTAREA' || (t instanceof HTMLInputElement && TEXT_INPUT.test(t.type))) return 'text';
  return t.tagName === 'INPUT' || t.tagName === 'SELECT' ? 'control' : 'other';
}
