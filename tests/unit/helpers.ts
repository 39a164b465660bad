import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../../src/lib/data/load.ts';

// Tests run from the project root (vitest and the component tests' jsdom alike).
export const DATA_DIR = join(process.cwd(), 'data');

export function readReal(file: string): string | undefined {
  const p = join(DATA_DIR, file);
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}

/** The real data/ with some files replaced (undefined removes a file). */
export function readWith(overrides: Record<string, string | undefined>) {
  return (file: string) => (file in overrides ? overrides[file] : readReal(file));
}

/** The real file with one line's text replaced (1-based line number). */
export function editLine(file: string, line: number, edit: (text: string) => string): string {
  const lines = readReal(file)!.split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  return lines.join('\n');
}

/** Line number of the first line of `file` containing `needle`. */
export function lineOf(file: string, needle: string): number {
  const i = readReal(file)!
    .split('\n')
    .findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

export const realDataset = () => loadDataset(readReal);
