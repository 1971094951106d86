import type { CriteriaSet, PassRule } from '../../schemas/criteria-set.ts';
import type { Model } from '../../schemas/model.ts';
import { parseScoreColumn, resultHeader, scoreColumn, type CriterionScore, type Result, type ResultColumn } from '../../schemas/result.ts';
import type { Unit } from '../../schemas/unit.ts';
import { csvLine } from './csv-write.ts';

/** A result as downloads carry it: its scores unpacked, criterion by criterion. */
export type OpenResult = Omit<Result, 'scores'> & { scores: readonly CriterionScore[] };

/**
 * A text cell that Excel would read as a formula (=, +, -, @, or a tab/CR before them) gets a
 * leading apostrophe, so opening a download never runs anything (OWASP "CSV injection").
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type Cell = string | number | boolean | null;

/** CSV as Excel opens it right: UTF-8 with BOM, CRLF, comma, decimal points in numbers. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const line = (cells: readonly Cell[]) => csvLine(cells.map((c) => (typeof c === 'boolean' ? (c ? 'có' : 'không') : typeof c === 'string' ? neutralise(c) : c)));
  return '\uFEFF' + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

export const UNIT_COLUMNS = ['ma_don_vi', 'ten', 'loai', 'khoi', 'ma_tinh', 'tinh', 'ma_xa', 'xa', 'dia_chi'] as const;
export function unitRows(units: readonly Unit[]): Cell[][] {
  return units.map((u) => [u.id, u.name, u.kind, u.track, u.provinceCode, u.province, u.communeCode, u.commune, u.address]);
}

/** Models as rows under `modelTable.columns` (schemas/model.ts), cells in that order. */
export function modelRows(models: readonly Model[]): Cell[][] {
  return models.map((m) => [m.slug, m.name, m.type, m.unitId, m.startYear, m.endYear, m.locations, m.teams, m.summary]);
}

/**
 * Columns of a year's results: the fixed ones, then self and appraised for every criterion used that
 * year, each followed by its sub-items where any result of the year scores them, named exactly as
 * the editors' files name them (`tc14_tham_dinh`, `tc14.1_tu_cham`).
 */
export function resultColumns(results: readonly OpenResult[]): string[] {
  // Loops, not Math.max(...): a national year has hundreds of thousands of scores.
  let maxCriterion = 0;
  const itemsOf = new Map<number, Set<number>>();
  for (const r of results) {
    for (const s of r.scores) {
      if (s.criterion > maxCriterion) maxCriterion = s.criterion;
      if (s.items.length === 0) continue;
      let items = itemsOf.get(s.criterion);
      if (!items) itemsOf.set(s.criterion, (items = new Set()));
      for (const i of s.items) items.add(i.item);
    }
  }
  const scoreColumns = Array.from({ length: maxCriterion }, (_, i) => {
    const criterion = i + 1;
    const items = [...(itemsOf.get(criterion) ?? [])].sort((a, b) => a - b);
    return [null, ...items].flatMap((item) => [scoreColumn(criterion, item, 'self'), scoreColumn(criterion, item, 'appraised')]);
  }).flat();
  return resultHeader(scoreColumns);
}

/** Rows in the same shape editors keep, so a download can be edited and fed back in. */
export function resultRows(results: readonly OpenResult[], columns: readonly string[]): Cell[][] {
  // Each of `columns` (from `resultColumns`) is a score column or a fixed one.
  const cells = columns.map((column) => parseScoreColumn(column) ?? (column as ResultColumn));
  return results.map((r) => {
    const fixed = fixedCells(r);
    const byNo = new Map(r.scores.map((s) => [s.criterion, s]));
    return cells.map((c) => {
      if (typeof c === 'string') return fixed[c];
      const s = byNo.get(c.criterion);
      if (!s) return null;
      return c.item === null ? s[c.side] : (s.items.find((i) => i.item === c.item)?.[c.side] ?? null);
    });
  });
}

/** A result's fixed cells, by column: every fixed column of the schema has one. */
function fixedCells(r: OpenResult): Record<ResultColumn, Cell> {
  return {
    nam: r.year,
    ma_don_vi: r.unitId,
    dang_ky: r.registered,
    giai_doan: r.stage,
    an_toan_antt: r.safe === null ? null : r.safe ? 'dat' : 'khong_dat',
    xep_loai: r.classification,
    ket_qua: r.outcome,
    so_quyet_dinh: r.decision?.number ?? null,
    ngay_quyet_dinh: r.decision?.date ?? null,
    co_quan_quyet_dinh: r.decision?.body ?? null,
    bo_tieu_chi: r.criteriaSetId,
    tong_tu_cham: r.selfTotal,
    tong_tham_dinh: r.appraisedTotal,
    ghi_chu: r.note,
  };
}

/** A criteria set as published JSON: the full hierarchy with points, wordings and sourced rules. */
export function criteriaSetJson(set: CriteriaSet): object {
  return {
    id: set.id,
    ten: set.name,
    quyet_dinh: set.decision,
    ngay_ban_hanh: set.issuedOn,
    co_quan_ban_hanh: set.issuer,
    khoi: set.track,
    loai_don_vi: set.kinds,
    ap_dung_tu_nam: set.fromYear,
    ap_dung_den_nam: set.toYear,
    tong_diem: set.maxPoints,
    cong_nhan: set.recognition && ruleJson(set.recognition),
    duy_tri: set.maintenance && ruleJson(set.maintenance),
    nguon: set.source,
    nhom: set.groups.map((g) => ({
      nhom: g.no,
      ten: g.name,
      diem: g.points,
      tieu_chi: g.criteria.map((c) => ({
        tieu_chi: c.no,
        diem: c.points,
        noi_dung: c.items.map((i) => ({ muc: i.no, noi_dung: i.text, diem: i.points, noi_dung_duy_tri: i.maintenanceText })),
      })),
    })),
  };
}

/** A pass rule as the criteria set files write it. */
function ruleJson(rule: PassRule) {
  return { moi_tieu_chi_dat: rule.everyCriterion, diem_dat: Object.fromEntries(rule.required), tong_diem_toi_thieu: rule.minTotal, khong_tieu_chi_nao_0: rule.noZero, nguon: rule.source, gia_dinh: rule.assumption };
}
