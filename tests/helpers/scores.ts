import { ProblemList } from '../../src/lib/validation/problem.ts';
import { ScoreReader } from '../../src/lib/domain/scores.ts';
import { readTable } from '../../src/lib/validation/table.ts';
import { cell, table } from '../../src/schemas/cell.ts';
import { SCORE_COLUMN } from '../../src/schemas/result.ts';

const idOnly = table({ ma_don_vi: cell.optionalText() }, ['ma_don_vi'], (r) => r);

/**
 * Reads data rows (row 2 onwards) of a results file with this header the way the validator does:
 * a ";" file (as Excel writes it in a Vietnamese locale, so "4,5" needs no quotes) through
 * `readTable` and a ScoreReader.
 */
export function readScoreRows(header: string[], rows: string[][]) {
  const problems = new ProblemList();
  let reader: ScoreReader | undefined;
  const text = [header, ...rows].map((r) => r.join(';')).join('\r\n');
  const read = readTable('ket-qua/2026.csv', new TextEncoder().encode(text), idOnly, problems, {
    column: SCORE_COLUMN,
    open: (keys, columns, rows) => {
      const r = (reader = new ScoreReader(keys, columns, rows, problems));
      return (row, cells, numbers) => r.read(row, cells, numbers);
    },
  });
  reader!.finish();
  if (read.rows.length + read.failed.length !== rows.filter((r) => r.some((c) => c !== '')).length) throw new Error('rows not read');
  return { scores: rows.map((_, i) => reader!.scoresOf(i + 2)), problems: problems.items };
}
