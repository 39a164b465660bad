import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../../src/lib/data/load.ts';
import { createModel } from '../../src/lib/queries/index.ts';

// Tests run from the project root (vitest and the component tests' jsdom alike).
export const DATA_DIR = join(process.cwd(), 'data');
/** The synthetic dataset the loader and query tests read (tests/fixtures/data/README.md says what each row is for). */
export const FIXTURE_DIR = join(process.cwd(), 'tests', 'fixtures', 'data');

const readIn = (dir: string) => (file: string) => {
  const p = join(dir, file);
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
};

/** A file of the real data/ (undefined when it does not exist). */
export const readReal = readIn(DATA_DIR);
/** A file of the fixture dataset (undefined when it does not exist). */
export const readFixture = readIn(FIXTURE_DIR);

type Overrides = Record<string, string | undefined>;
const withOverrides = (read: (file: string) => string | undefined, overrides: Overrides) => (file: string) =>
  file in overrides ? overrides[file] : read(file);

/** The real data/ with some files replaced (undefined removes a file). */
export const readWith = (overrides: Overrides) => withOverrides(readReal, overrides);
/** The fixture with some files replaced (undefined removes a file). */
export const fixtureWith = (overrides: Overrides) => withOverrides(readFixture, overrides);

function replaceLine(text: string, line: number, edit: (text: string) => string): string {
  const lines = text.split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  return lines.join('\n');
}

function findLine(text: string, file: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

/** The real file with one line's text replaced (1-based line number). */
export const editLine = (file: string, line: number, edit: (text: string) => string) => replaceLine(readReal(file)!, line, edit);
/** The fixture's file with one line's text replaced (1-based line number). */
export const editFixtureLine = (file: string, line: number, edit: (text: string) => string) => replaceLine(readFixture(file)!, line, edit);

/** Line number of the first line of the real `file` containing `needle`. */
export const lineOf = (file: string, needle: string) => findLine(readReal(file)!, file, needle);
/** Line number of the first line of the fixture's `file` containing `needle`. */
export const fixtureLineOf = (file: string, needle: string) => findLine(readFixture(file)!, file, needle);

export const realDataset = () => loadDataset(readReal);
export const fixtureDataset = () => loadDataset(readFixture);
export const fixtureModel = () => createModel(fixtureDataset());
