/**
 * Every key the app answers, as one pure function of the key and the app's state: (event, context) → command.
 * The handlers in ui/ only describe the moment (what has focus, what is open) and carry out the command.
 *
 * Presenter keys are read on the way down (capture), before the map's own keyboard handler would pan with the
 * arrows once the speaker has clicked the map; the rest on the way up, after any control had its say.
 */
import { commandForKey, type StoryCommand } from './story-keys.ts';
import type { Back } from './views.ts';

export type KeyLike = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

export type KeyContext = {
  phase: 'capture' | 'bubble';
  presenting: boolean;
  embedded: boolean;
  /** A modal dialog (Embed) owns the keyboard, Esc included. */
  dialogOpen: boolean;
  /** What has focus: text entry keeps every key; a form control (radio, select) keeps them but for a clicker's. */
  target: 'text' | 'control' | 'other';
  /** The Countries menu is open. */
  menuOpen: boolean;
  /** What Esc does in the current view (views.ts), if anything. */
  back: Back | null;
};

export type Command =
  { kind: 'story'; command: StoryCommand } | { kind: 'exportSlide' } | { kind: 'present' } | { kind: 'closeMenu' } | { kind: 'back'; back: Back };

const plain = (e: KeyLike) => !e.ctrlKey && !e.metaKey && !e.altKey;

export function commandFor(e: KeyLike, c: KeyContext): Command | null {
  if (c.dialogOpen) return null;
  if (c.phase === 'capture') {
    if (!c.presenting || c.target === 'text') return null;
    // This step as a slide, in the projector's theme.
    if ((e.key === 's' || e.key === 'S') && plain(e)) return { kind: 'exportSlide' };
    const story = commandForKey(e);
    return story ? { kind: 'story', command: story } : null;
  }
  if (c.presenting || c.target !== 'other') return null;
  if (e.key === 'Escape' && c.menuOpen) return { kind: 'closeMenu' };
  if ((e.key === 'p' || e.key === 'P') && plain(e) && !c.embedded) return { kind: 'present' };
  if (e.key === 'Escape' && c.back) return { kind: 'back', back: c.back };
  return null;
}
