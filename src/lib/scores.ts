import type { CriterionScore } from '../schemas/result.ts';
import { SCORE_COLUMN } from '../schemas/result.ts';
import { decimal } from './coerce.ts';
import { cellAt, type ColumnMap } from './table.ts';
import type { ProblemList } from './problem.ts';

export interface ScoreColumn {
  key: string;
  criterion: number;
  item: number | null;
  field: 'self' | 'appraised';
}

/** Score column headers parsed once per file, in the order their cells are read. */
export function parseScoreColumns(keys: readonly string[]): ScoreColumn[] {
  return keys.map((key) => {
    const m = SCORE_COLUMN.exec(key)!;
    return { key, criterion: Number(m[1]), item: m[2] === undefined ? null : Number(m[2]), field: m[3] === 'tu_cham' ? 'self' : 'appraised' };
  });
}

/**
 * Reads the `tcNN_*` cells of one result row into per-criterion scores, in criterion order.
 * Bad numbers are reported and left null, so the row's other checks still run.
 */
export function readScores(cells: readonly string[] | undefined, scoreColumns: readonly ScoreColumn[], columns: ColumnMap, row: number, problems: ProblemList): CriterionScore[] {
  if (!cells) return [];
  // Indexed by criterion number: a plain array beats a Map for twenty small keys on every row.
  const byCriterion: CriterionScore[] = [];
  for (let c = 0; c < scoreColumns.length; c++) {
    const raw = cells[c]!;
    if (raw === '') continue;
    const { key, criterion, item, field } = scoreColumns[c]!;
    const parsed = decimal(raw);
    if (!parsed.ok) {
      problems.add({ ...cellAt(columns, row, key), message: parsed.message, hint: parsed.hint });
      continue;
    }
    if (parsed.value < 0) {
      problems.add({ ...cellAt(columns, row, key), message: `Điểm ${raw} là số âm.`, hint: 'Điểm từ 0 đến điểm tối đa của tiêu chí.' });
      continue;
    }
    let score = byCriterion[criterion];
    if (!score) byCriterion[criterion] = score = { criterion, self: null, appraised: null, items: [] };
    if (item === null) score[field] = parsed.value;
    else {
      let it = score.items.find((x) => x.item === item);
      if (!it) score.items.push((it = { item, self: null, appraised: null }));
      it[field] = parsed.value;
    }
  }
  const out: CriterionScore[] = [];
  for (const s of byCriterion) {
    if (!s) continue;
    out.push(s);
    if (s.items.length === 0) continue;
    s.items.sort((a, b) => a.item - b.item);
    // Only sub-items given: the criterion's score is their sum (a rule checks it when both are given).
    for (const field of ['self', 'appraised'] as const) {
      const given = s.items.filter((i) => i[field] !== null);
      if (s[field] === null && given.length > 0) s[field] = round(given.reduce((t, i) => t + i[field]!, 0));
    }
  }
  return out;
}

/** Column key of a score cell, to point problems at it. */
export function scoreColumn(criterion: number, item: number | null, field: 'self' | 'appraised'): string {
  const tc = `tc${String(criterion).padStart(2, '0')}${item === null ? '' : `.${item}`}`;
  return `${tc}_${field === 'self' ? 'tu_cham' : 'tham_dinh'}`;
}

/** Sum of the criterion-level scores of one side, or null when none is given. */
export function scoreTotal(scores: readonly CriterionScore[], field: 'self' | 'appraised'): number | null {
  let total = 0;
  let any = false;
  for (const s of scores) {
    const v = s[field];
    if (v !== null) {
      total += v;
      any = true;
    }
  }
  return any ? round(total) : null;
}

/** Scores carry at most two decimals; rounding keeps 0.1 + 0.2 from failing an equality check. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
