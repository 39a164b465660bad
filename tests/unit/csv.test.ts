import { describe, expect, it } from 'vitest';
import { parseCsv, DataIssue } from '../../src/lib/data/csv.ts';

describe('parseCsv', () => {
  it('keeps the line each record starts on, across blank lines and quoted newlines', () => {
    const issues: DataIssue[] = [];
    const rows = parseCsv('t.csv', 'a,b\n1,2\n\n3,"x\ny"\n4,5\n', ['a', 'b'], issues);
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.line, r.cells.a])).toEqual([
      [2, '1'],
      [4, '3'],
      [6, '4'],
    ]);
  });

  it('trims cells and strips a byte-order mark', () => {
    const rows = parseCsv('t.csv', '\uFEFFa,b\n 1 , two \n', ['a', 'b'], []);
    expect(rows[0]!.cells).toEqual({ a: '1', b: 'two' });
  });

  it('names unknown and duplicated columns', () => {
    const issues: DataIssue[] = [];
    parseCsv('t.csv', 'a,b,c,b\n', ['a', 'b'], issues);
    expect(issues.map(String)).toEqual([
      'data/t.csv:1: c is not a known column (expected: a, b)',
      'data/t.csv:1: b column appears twice in the header',
    ]);
  });
});
