import type { CriterionScore } from '../schemas/result.ts';
import { SCORE_COLUMN } from '../schemas/result.ts';
import { DECIMAL, decimal } from './coerce.ts';
import { cellAt, type ColumnMap } from './table.ts';
import type { ProblemList } from './problem.ts';

export interface ScoreColumn {
  key: string;
  /** Where its cells are in a row of the file. */
  position: number;
  criterion: number;
  item: number | null;
  field: 'self' | 'appraised';
}

/** Score column headers parsed once per file; `index` gives each header's place in the row. */
export function parseScoreColumns(keys: readonly string[], index: ReadonlyMap<string, number>): ScoreColumn[] {
  return keys.map((key) => {
    const m = SCORE_COLUMN.exec(key)!;
    return { key, position: index.get(key)!, criterion: Number(m[1]), item: m[2] === undefined ? null : Number(m[2]), field: m[3] === 'tu_cham' ? 'self' : 'appraised' };
  });
}

/** Shared by every criterion without sub-items (nearly all): four million empty arrays saved nationally. */
const NO_ITEMS: CriterionScore['items'] = Object.freeze([]) as unknown as CriterionScore['items'];

/**
 * Reads the `tcNN_*` cells of one result row (all its cells) into per-criterion scores, in criterion order.
 * Bad numbers are reported and left null, so the row's other checks still run.
 */
export function readScores(cells: readonly string[] | undefined, scoreColumns: readonly ScoreColumn[], columns: ColumnMap, row: number, problems: ProblemList): CriterionScore[] {
  if (!cells) return [];
  // Indexed by criterion number: a plain array beats a Map for twenty small keys on every row.
  const byCriterion: CriterionScore[] = [];
  for (let c = 0; c < scoreColumns.length; c++) {
    const { key, position, criterion, item, field } = scoreColumns[c]!;
    const raw = cells[position] ?? '';
    if (raw === '') continue;
    // Eight million score cells nationally: a plain number on the common path, `decimal` for the message.
    const value = DECIMAL.test(raw) ? Number(raw.indexOf(',') < 0 ? raw : raw.replace(',', '.')) : NaN;
    if (Number.isNaN(value)) {
      const parsed = decimal(raw) as { message: string; hint?: string };
      problems.add({ ...cellAt(columns, row, key), message: parsed.message, hint: parsed.hint });
      continue;
    }
    if (value < 0) {
      problems.add({ ...cellAt(columns, row, key), message: `Điểm ${raw} là số âm.`, hint: 'Điểm từ 0 đến điểm tối đa của tiêu chí.' });
      continue;
    }
    let score = byCriterion[criterion];
    if (!score) byCriterion[criterion] = score = { criterion, self: null, appraised: null, items: NO_ITEMS };
    if (item === null) score[field] = value;
    else {
      let it = score.items.find((x) => x.item === item);
      if (!it) {
        if (score.items === NO_ITEMS) score.items = [];
        score.items.push((it = { item, self: null, appraised: null }));
      }
      it[field] = value;
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
