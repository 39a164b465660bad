import { en, type Messages } from './en.ts';

/** The active messages. One language for now; the shape is what later languages fill in. */
export const messages: Messages = en;

/** Fill `{name}` placeholders. Values are inserted as text by Svelte, never as HTML. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
