import { describe, expect, it } from 'vitest';
import { formatBenchTable, readPreviousRows } from '../helpers/benchTable';

const rows = [
  { figure: 'build, whole site', value: '45.9 s', target: '≤ 60 s' },
  { figure: 'first search (zh)', value: '148.8 KB', target: '≤ 150 KB' },
];

describe('readPreviousRows', () => {
  it('reads the rows a previous run wrote', () => {
    expect(readPreviousRows(JSON.stringify(rows))).toEqual({ rows });
  });

  it.each([
    ['a missing file', undefined, /no previous run/],
    ['broken JSON', '[{"figure": ', /unreadable/],
    ['something else than rows', '{"figure": "x"}', /not a list/],
    ['a row without a value', '[{"figure": "x", "value": 3}]', /not a list/],
  ])('offers no rows, and says why, for %s', (_, text, reason) => {
    const result = readPreviousRows(text);
    expect(result.rows).toEqual([]);
    expect(result.problem).toMatch(reason);
  });
});

describe('formatBenchTable', () => {
  it('puts the previous value beside each figure, in aligned columns, blank where there was none', () => {
    const table = formatBenchTable(rows, [{ figure: 'build, whole site', value: '54.1 s', target: '≤ 60 s' }]).split('\n');
    expect(table[0]!.split(/\s{2,}/)).toEqual(['figure', 'before', 'now', 'target']);
    expect(table[1]!.split(/\s{2,}/)).toEqual(['build, whole site', '54.1 s', '45.9 s', '≤ 60 s']);
    expect(table[2]!.split(/\s{2,}/)).toEqual(['first search (zh)', '148.8 KB', '≤ 150 KB']);
    const nowColumn = table[0]!.indexOf('now');
    expect(table[1]!.slice(nowColumn).startsWith('45.9 s')).toBe(true);
    expect(table[2]!.slice(nowColumn).startsWith('148.8 KB')).toBe(true);
  });
});
