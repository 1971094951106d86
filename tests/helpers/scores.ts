import { SCORE_COLUMN } from '../../src/schemas/result.ts';
import { ProblemList } from '../../src/lib/problem.ts';
import { ScoreReader } from '../../src/lib/scores.ts';
import type { ColumnMap } from '../../src/lib/table.ts';

/** Reads data rows (row 2 onwards) of a results file with this header through a ScoreReader. */
export function readScoreRows(header: string[], rows: string[][]) {
  const columns: ColumnMap = { file: 'ket-qua/2026.csv', header, index: new Map(header.map((h, i) => [h, i])) };
  const problems = new ProblemList();
  const reader = new ScoreReader(header.filter((h) => SCORE_COLUMN.test(h)), columns, rows.length, problems);
  rows.forEach((cells, i) => reader.read(i + 2, cells));
  return { scores: rows.map((_, i) => reader.scoresOf(i + 2)), problems: problems.items };
}
