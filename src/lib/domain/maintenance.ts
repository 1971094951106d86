import { OUTCOMES, type Outcome } from '../../schemas/vocabulary.ts';
import type { Unit } from '../../schemas/unit.ts';
import { collator } from '../text/format.ts';
import { OUTCOME_RULES, type Standing, type UnitHistory } from './recognition.ts';

/** Maintenance status (tình trạng duy trì) of a unit that has been recognised at least once. */
export type MaintenanceStatus = Exclude<Standing, 'never'>;

export const MAINTENANCE_STATUSES: Record<MaintenanceStatus, string> = {
  standing: 'Đang giữ công nhận',
  lapsed: OUTCOMES.khong_duy_tri,
  revoked: 'Bị thu hồi',
  merged: 'Đã sáp nhập',
};

/**
 * Where the unit is with this year's assessment: `due` while it holds a recognition and the
 * current year has no decided result; `decided` once it has; `none` when it holds nothing.
 */
export type DueState = 'due' | 'decided' | 'none';

export const DUE_STATES: Record<DueState, string> = {
  due: 'Đến hạn',
  decided: 'Đã có kết quả',
  none: 'Không',
};

export interface MaintenanceRow {
  unit: Unit;
  /** Year of the recognition it holds, or last held. */
  recognisedIn: number;
  /** Consecutive maintained years since that recognition. */
  maintainedYears: number;
  status: MaintenanceStatus;
  due: DueState;
  outcomeByYear: ReadonlyMap<number, Outcome>;
}

export interface MaintenanceSummary {
  total: number;
  standing: number;
  lapsed: number;
  revoked: number;
  merged: number;
  due: number;
}

/** Due this year: holds a recognition and the current year's row is missing or still "đang thực hiện". */
export function dueState(history: UnitHistory, currentYear: number): DueState {
  if (history.standing !== 'standing') return 'none';
  const outcome = history.outcomeByYear.get(currentYear);
  return outcome === undefined || !OUTCOME_RULES[outcome].decided ? 'due' : 'decided';
}

/** One table row per unit ever recognised; null for a unit never recognised. */
export function maintenanceRow(unit: Unit, history: UnitHistory, currentYear: number): MaintenanceRow | null {
  if (history.standing === 'never' || history.recognisedIn === null) return null;
  return {
    unit,
    recognisedIn: history.recognisedIn,
    maintainedYears: history.maintainedYears,
    status: history.standing,
    due: dueState(history, currentYear),
    outcomeByYear: history.outcomeByYear,
  };
}

/** Every unit ever recognised, by name in Vietnamese alphabetical order. */
export function maintenanceRows(units: readonly Unit[], historyByUnit: ReadonlyMap<string, UnitHistory>, currentYear: number): MaintenanceRow[] {
  return units
    .flatMap((u) => {
      const h = historyByUnit.get(u.id);
      const row = h ? maintenanceRow(u, h, currentYear) : null;
      return row ? [row] : [];
    })
    .sort((a, b) => collator.compare(a.unit.name, b.unit.name) || a.unit.id.localeCompare(b.unit.id));
}

export function maintenanceSummary(rows: readonly MaintenanceRow[]): MaintenanceSummary {
  const s: MaintenanceSummary = { total: rows.length, standing: 0, lapsed: 0, revoked: 0, merged: 0, due: 0 };
  for (const r of rows) {
    s[r.status]++;
    if (r.due === 'due') s.due++;
  }
  return s;
}
