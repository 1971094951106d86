import type { CriteriaSet, PassRule } from '../../src/schemas/criteria-set.ts';
import type { Kind, Outcome, Stage } from '../../src/schemas/vocabulary.ts';
import { isCommuneKind } from '../../src/schemas/vocabulary.ts';
import type { Commune, Registry } from '../../src/lib/validation/registry.ts';
import { setInForce } from '../../src/lib/domain/criteria-in-force.ts';
import { checkPassRule, OUTCOMES_WITH_RULE, passRuleFor } from '../../src/lib/domain/pass-rule.ts';
import { nextState, OUTCOME_RULES, STATES, type KnownState } from '../../src/lib/domain/recognition.ts';
import { csvLine } from '../../src/lib/publish/csv-write.ts';
import { resultHeader, scoreColumn, type ResultColumn } from '../../src/schemas/result.ts';
import { calendarTable } from '../../src/schemas/calendar.ts';
import { modelTable } from '../../src/schemas/model.ts';
import { planTable } from '../../src/schemas/plan.ts';
import { targetTable } from '../../src/schemas/target.ts';
import { unitTable } from '../../src/schemas/unit.ts';

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same dataset. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['An', 'Bình', 'Hòa', 'Phú', 'Tân', 'Long', 'Thạnh', 'Đông', 'Tây', 'Nam', 'Bắc', 'Hưng', 'Thịnh', 'Lộc', 'Phước', 'Mỹ', 'Quang', 'Trung', 'Hiệp', 'Vĩnh', 'Xuân', 'Sơn', 'Hải', 'Lâm', 'Đức', 'Minh', 'Ngọc', 'Thủy', 'Kim', 'Cát'];
const PREFIX: Record<Kind, string> = { xa: 'Xã', phuong: 'Phường', dac_khu: 'Đặc khu', thi_tran: 'Thị trấn', khu_dan_cu: 'Khu dân cư', co_quan: 'Cơ quan Hành chính', doanh_nghiep: 'Công ty TNHH', co_so_giao_duc: 'Trường Trung học' };
// About the national mix: a tenth of units are communes, wards and special zones.
const KIND_WEIGHTS: [Kind, number][] = [['xa', 0.07], ['phuong', 0.025], ['dac_khu', 0.005], ['co_quan', 0.3], ['doanh_nghiep', 0.35], ['co_so_giao_duc', 0.25]];
const MODEL_TYPES = ['Camera an ninh', 'Dân vận khéo', 'Tự quản về ANTT', 'Tiếng loa an ninh', 'Ngọn đèn an ninh', 'Cách làm hay'];

export interface SyntheticOptions {
  units: number;
  years: number;
  endYear: number;
  seed: number;
  criteriaSets: CriteriaSet[];
  /** The official registry: communes are the real ones, their results invented (the folder is labelled sample data). */
  registry: Registry;
}

type Cell = string | number | null;
type Row = Readonly<Record<string, Cell>>;

/** A row as a line under `header`: each cell in its column, empty where the row has none. */
function line(header: readonly string[], row: Row): string {
  return csvLine(header.map((column) => row[column] ?? null));
}

/**
 * A table file: the columns of its schema that the rows fill (in the schema's order), then the rows.
 * A key that is no column of the schema is an error, not a column quietly added.
 */
function tableFile(columns: readonly string[], rows: readonly Row[]): string {
  for (const key of new Set(rows.flatMap((r) => Object.keys(r)))) if (!columns.includes(key)) throw new Error(`"${key}" không phải cột của bảng (${columns.join(', ')}).`);
  const header = columns.filter((c) => rows.some((r) => c in r));
  return [csvLine(header), ...rows.map((r) => line(header, r))].join('\n') + '\n';
}

/** Relative path under the data folder → file text. */
export type SyntheticFiles = Record<string, string>;

/**
 * A coherent synthetic programme: units register, are scored against the criteria set in force,
 * recognised when they pass, then maintain, lapse or are revoked. It passes every validation rule,
 * so it feeds tests and the benchmark at national scale. Names are invented, never real units.
 */
export function generate(opts: SyntheticOptions): SyntheticFiles {
  const rand = rng(opts.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const firstYear = opts.endYear - opts.years + 1;
  const years = Array.from({ length: opts.years }, (_, i) => firstYear + i);
  // Real communes, taken province by province in turn so that a small dataset still spans provinces.
  const byProvince = [...opts.registry.provinces.keys()].map((code) => opts.registry.communesOf(code));
  const realCommunes: Commune[] = [];
  for (let k = 0; realCommunes.length < opts.registry.communes.size; k++) for (const list of byProvince) if (k < list.length) realCommunes.push(list[k]!);

  const unitRows: Row[] = [];
  const units: { id: string; kind: Kind; name: string; locality: string }[] = [];
  const communes: Commune[] = [];
  for (let i = 0; i < opts.units; i++) {
    let r = rand();
    let kind: Kind = 'co_quan';
    for (const [k, w] of KIND_WEIGHTS) {
      if ((r -= w) < 0) {
        kind = k;
        break;
      }
    }
    if (i < 3) kind = (['xa', 'phuong', 'co_so_giao_duc'] as Kind[])[i]!;
    // Once every real commune is in, the rest are organisations.
    if (isCommuneKind(kind) && communes.length === realCommunes.length) kind = 'co_quan';
    if (isCommuneKind(kind)) {
      const c = realCommunes[communes.length]!;
      const id = `${c.kind.replace(/_/g, '-')}-${i + 1}`;
      communes.push(c);
      units.push({ id, kind: c.kind, name: c.fullName, locality: c.fullName });
      unitRows.push({ ma_don_vi: id, ten: c.fullName, loai: c.kind, ma_tinh: c.provinceCode, ma_xa: c.code, dia_chi: '' });
    } else {
      const id = `${kind.replace(/_/g, '-')}-${i + 1}`;
      const name = `${PREFIX[kind]} ${pick(SYLLABLES)} ${pick(SYLLABLES)} ${i + 1}`;
      const c = communes.length > 0 ? pick(communes) : realCommunes[0]!;
      units.push({ id, kind, name, locality: c.fullName });
      unitRows.push({ ma_don_vi: id, ten: name, loai: kind, ma_tinh: c.provinceCode, ma_xa: c.code, dia_chi: `Số ${1 + Math.floor(rand() * 300)}, đường ${pick(SYLLABLES)} ${pick(SYLLABLES)}` });
    }
  }

  const setFor = (kind: Kind, year: number) => setInForce(opts.criteriaSets, kind, year);
  const maxCriteria = Math.max(0, ...opts.criteriaSets.flatMap((s) => s.groups.flatMap((g) => g.criteria.map((c) => c.no))));
  const header = resultHeader(Array.from({ length: maxCriteria }, (_, i) => [scoreColumn(i + 1, null, 'self'), scoreColumn(i + 1, null, 'appraised')]).flat());
  const resultLines = new Map(years.map((y) => [y, [csvLine(header)]]));
  const scoreKeys = Array.from({ length: maxCriteria }, (_, i) => [scoreColumn(i + 1, null, 'self'), scoreColumn(i + 1, null, 'appraised')] as const);
  let decisionNo = 1;
  const total = (xs: number[]) => Math.round(xs.reduce((t, x) => t + x, 0) * 100) / 100;

  for (const unit of units) {
    let state: KnownState = 'never';
    for (const year of years) {
      const decided = year < opts.endYear;
      const set = setFor(unit.kind, year);
      const criteria = set?.groups.flatMap((g) => g.criteria) ?? [];
      // A unit holding a recognition reports its maintenance year; a third of the others register to build.
      const stage: Stage = STATES[state].stage;
      if (stage === 'xay_dung' && rand() >= 0.35) continue;
      const safe = rand() < 0.95;
      const classification = rand() < 0.5 ? 'xuat_sac' : rand() < 0.85 ? 'kha' : 'trung_binh';
      // Only a unit the year's plan allows may register to build (an "An toàn về ANTT" unit, "Khá" or better).
      if (stage === 'xay_dung' && (!safe || classification === 'trung_binh')) continue;
      // Half the units meet every criterion; the others lose a few points, some many.
      const strong = rand() < 0.55;
      const weak = !strong && rand() < 0.4;
      const self: number[] = [];
      const appraised: number[] = [];
      for (const c of criteria) {
        const loss = !strong && rand() < (weak ? 0.5 : 0.15) ? Math.round(rand() * c.points * (weak ? 0.8 : 0.5) * 2) / 2 : 0;
        const a = Math.max(0, c.points - loss);
        appraised.push(a);
        self.push(Math.min(c.points, a + (rand() < 0.2 ? 0.5 : 0)));
      }
      const appraisedTotal = total(appraised);
      let outcome: Outcome;
      if (!decided) outcome = 'dang_thuc_hien';
      else {
        // The year passes when its scores meet the rule of the outcome it aims at: the one of its stage with a pass rule (recognition, maintenance).
        const aim: Outcome = OUTCOMES_WITH_RULE.find((o) => OUTCOME_RULES[o].stage === stage)!;
        const rule: PassRule | null = set ? passRuleFor(set, aim) : null;
        const passes: boolean = criteria.length === 0 ? rand() < (stage === 'xay_dung' ? 0.7 : 0.85) : !rule || checkPassRule(rule, set!, (no) => appraised[criteria.findIndex((c) => c.no === no)] ?? null, appraisedTotal).passes;
        if (stage === 'xay_dung') outcome = passes ? 'cong_nhan' : 'khong_cong_nhan';
        else outcome = passes ? (rand() < 0.01 ? 'thu_hoi' : 'duy_tri') : 'khong_duy_tri';
      }
      state = nextState(state, outcome);
      const hasDecision = OUTCOME_RULES[outcome].decision === 'required';
      const fixed: Record<ResultColumn, Cell> = {
        nam: year, ma_don_vi: unit.id, dang_ky: stage === 'xay_dung' ? 'có' : 'không', giai_doan: stage, an_toan_antt: safe ? 'dat' : 'khong_dat', xep_loai: classification, ket_qua: outcome,
        so_quyet_dinh: hasDecision ? `${decisionNo++}/QĐ-UBND` : null, ngay_quyet_dinh: hasDecision ? `${10 + Math.floor(rand() * 18)}/12/${year}` : null, co_quan_quyet_dinh: hasDecision ? `UBND ${unit.locality}` : null,
        bo_tieu_chi: set?.id ?? null,
        tong_tu_cham: criteria.length > 0 ? total(self) : null, tong_tham_dinh: criteria.length > 0 && decided ? appraisedTotal : null,
        ghi_chu: outcome === 'thu_hoi' ? 'Thu hồi do để xảy ra vụ việc phức tạp về ANTT (dữ liệu tổng hợp).' : null,
      };
      const row: Record<string, Cell> = { ...fixed };
      for (const [i, [selfKey, appraisedKey]] of scoreKeys.entries()) {
        const at = criteria.findIndex((x) => x.no === i + 1);
        row[selfKey] = at < 0 ? null : self[at]!;
        row[appraisedKey] = at < 0 || !decided ? null : appraised[at]!;
      }
      resultLines.get(year)!.push(line(header, row));
    }
  }

  const modelRows: Row[] = [];
  const modelCount = Math.max(1, Math.floor(opts.units / 10));
  for (let i = 0; i < modelCount; i++) {
    const unit = units[Math.floor(rand() * units.length)]!;
    const type = pick(MODEL_TYPES);
    modelRows.push({ ma_mo_hinh: `mo-hinh-${i + 1}`, ten: `${type} – ${unit.name}`, loai_mo_hinh: type, ma_don_vi: unit.id, nam_bat_dau: firstYear - 1 + Math.floor(rand() * (opts.years + 1)), nam_ket_thuc: null, so_diem: 1 + Math.floor(rand() * 40), so_to: 1 + Math.floor(rand() * 8), tom_tat: `Mô hình ${type.toLowerCase()} do ${unit.name} xây dựng (dữ liệu tổng hợp).` });
  }
  const source = 'Kế hoạch tổng hợp';
  const planRows: Row[] = years.map((year) => ({ nam: year, ten: `Kế hoạch tổng hợp năm ${year}`, xep_loai_toi_thieu: 'kha', an_toan_antt: 'có', nam_dieu_kien: 'nam_truoc', muc_do: 'loi', tham_quyen: 'UBND cấp tỉnh và cấp xã (dữ liệu tổng hợp)', nguon: source }));
  const targetRows: Row[] = [];
  const calendarRows: Row[] = [];
  for (const year of years) {
    targetRows.push({ nam: year, nhom: 'Xã, phường, đặc khu', loai_don_vi: 'xa/phuong/dac_khu', chi_tieu: Math.ceil(opts.units * 0.01), nguon: source });
    targetRows.push({ nam: year, nhom: 'Cơ quan, doanh nghiệp', loai_don_vi: 'co_quan/doanh_nghiep', chi_tieu: Math.ceil(opts.units * 0.05), nguon: source });
    targetRows.push({ nam: year, nhom: 'Cơ sở giáo dục', loai_don_vi: 'co_so_giao_duc', chi_tieu: Math.ceil(opts.units * 0.02), nguon: source });
    calendarRows.push({ nam: year, buoc: 'dang_ky', noi_dung: 'Đăng ký xây dựng điển hình', han: `30/01/${year}`, nguon: source });
    calendarRows.push({ nam: year, buoc: 'ho_so', noi_dung: 'Gửi hồ sơ đề nghị công nhận', han: `20/11/${year}`, nguon: source });
    calendarRows.push({ nam: year, buoc: 'tham_dinh', noi_dung: 'Hội đồng thẩm định', han: `15/12/${year}`, nguon: source });
  }
  const files: SyntheticFiles = {
    'don-vi.csv': tableFile(unitTable.columns, unitRows),
    'mo-hinh.csv': tableFile(modelTable.columns, modelRows),
    'chi-tieu.csv': tableFile(targetTable.columns, targetRows),
    'lich.csv': tableFile(calendarTable.columns, calendarRows),
    'ke-hoach.csv': tableFile(planTable.columns, planRows),
  };
  for (const [year, lines] of resultLines) files[`ket-qua/${year}.csv`] = lines.join('\n') + '\n';
  return files;
}
