// The bench's table: each figure with the previous run's value beside it (bench/results.json, kept
// between runs), so one run after a change prints before and after.

export interface BenchRow {
  figure: string;
  value: string;
  target: string;
}

/** The rows of a previous run's results file, or a reason it has none to offer. */
export function readPreviousRows(text: string | undefined): { rows: BenchRow[]; problem?: string } {
  if (text === undefined) return { rows: [], problem: 'no previous run (bench/results.json)' };
  try {
    const parsed: unknown = JSON.parse(text);
    const isRow = (row: unknown): row is BenchRow =>
      typeof row === 'object' &&
      row !== null &&
      typeof (row as BenchRow).figure === 'string' &&
      typeof (row as BenchRow).value === 'string';
    if (!Array.isArray(parsed) || !parsed.every(isRow)) throw new Error('not a list of {figure, value} rows');
    return { rows: parsed };
  } catch (error) {
    return { rows: [], problem: `bench/results.json is unreadable (${(error as Error).message}); no "before" column` };
  }
}

/** The table as text: figure, the previous run's value (blank where it had none), this run's, target. */
export function formatBenchTable(rows: readonly BenchRow[], previous: readonly BenchRow[]): string {
  const before = new Map(previous.map((row) => [row.figure, row.value]));
  const lines = [
    ['figure', 'before', 'now', 'target'],
    ...rows.map((row) => [row.figure, before.get(row.figure) ?? '', row.value, row.target]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...lines.map((line) => line[column]!.length)));
  return lines
    .map((line) =>
      line
        .map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
