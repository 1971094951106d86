import type { CriteriaSet } from '../../src/schemas/criteria-set.ts';
import type { Kind, Outcome } from '../../src/schemas/vocabulary.ts';
import { isCommuneKind } from '../../src/schemas/vocabulary.ts';
import type { Commune, Registry } from '../../src/lib/validation/registry.ts';
import { setInForce } from '../../src/lib/domain/criteria-in-force.ts';
import { checkPassRule, OUTCOMES_WITH_RULE, passRuleFor } from '../../src/lib/domain/pass-rule.ts';
import { nextState, OUTCOME_RULES, STATES, type KnownState } from '../../src/lib/domain/recognition.ts';
import { csvLine } from '../../src/lib/publish/csv-write.ts';
import { resultHeader, scoreColumn } from '../../src/schemas/result.ts';

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

  const unitLines = [csvLine(['ma_don_vi', 'ten', 'loai', 'ma_tinh', 'ma_xa', 'dia_chi'])];
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
      unitLines.push(csvLine([id, c.fullName, c.kind, c.provinceCode, c.code, '']));
    } else {
      const id = `${kind.replace(/_/g, '-')}-${i + 1}`;
      const name = `${PREFIX[kind]} ${pick(SYLLABLES)} ${pick(SYLLABLES)} ${i + 1}`;
      const c = communes.length > 0 ? pick(communes) : realCommunes[0]!;
      units.push({ id, kind, name, locality: c.fullName });
      unitLines.push(csvLine([id, name, kind, c.provinceCode, c.code, `Số ${1 + Math.floor(rand() * 300)}, đường ${pick(SYLLABLES)} ${pick(SYLLABLES)}`]));
    }
  }

  const setFor = (kind: Kind, year: number) => setInForce(opts.criteriaSets, kind, year);
  const maxCriteria = Math.max(0, ...opts.criteriaSets.flatMap((s) => s.groups.flatMap((g) => g.criteria.map((c) => c.no))));
  const header = resultHeader(Array.from({ length: maxCriteria }, (_, i) => [scoreColumn(i + 1, null, 'self'), scoreColumn(i + 1, null, 'appraised')]).flat());
  const resultLines = new Map(years.map((y) => [y, [csvLine(header)]]));
  let decisionNo = 1;
  const total = (xs: number[]) => Math.round(xs.reduce((t, x) => t + x, 0) * 100) / 100;

  for (const unit of units) {
    let state: KnownState = 'never';
    for (const year of years) {
      const decided = year < opts.endYear;
      const set = setFor(unit.kind, year);
      const criteria = set?.groups.flatMap((g) => g.criteria) ?? [];
      // A unit holding a recognition reports its maintenance year; a third of the others register to build.
      const { stage } = STATES[state];
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
        const aim = OUTCOMES_WITH_RULE.find((o) => OUTCOME_RULES[o].stage === stage)!;
        const rule = set && passRuleFor(set, aim);
        const passes = criteria.length === 0 ? rand() < (stage === 'xay_dung' ? 0.7 : 0.85) : !rule || checkPassRule(rule, set!, (no) => appraised[criteria.findIndex((c) => c.no === no)] ?? null, appraisedTotal).passes;
        if (stage === 'xay_dung') outcome = passes ? 'cong_nhan' : 'khong_cong_nhan';
        else outcome = passes ? (rand() < 0.01 ? 'thu_hoi' : 'duy_tri') : 'khong_duy_tri';
      }
      state = nextState(state, outcome);
      const hasDecision = OUTCOME_RULES[outcome].decision === 'required';
      const scoreCells: (number | null)[] = [];
      for (let c = 1; c <= maxCriteria; c++) {
        const i = criteria.findIndex((x) => x.no === c);
        scoreCells.push(i < 0 ? null : self[i]!, i < 0 || !decided ? null : appraised[i]!);
      }
      resultLines.get(year)!.push(
        csvLine([
          year, unit.id, stage === 'xay_dung' ? 'có' : 'không', stage, safe ? 'dat' : 'khong_dat', classification, outcome,
          hasDecision ? `${decisionNo++}/QĐ-UBND` : null, hasDecision ? `${10 + Math.floor(rand() * 18)}/12/${year}` : null, hasDecision ? `UBND ${unit.locality}` : null,
          set?.id ?? null,
          criteria.length > 0 ? total(self) : null, criteria.length > 0 && decided ? appraisedTotal : null,
          ...scoreCells,
          outcome === 'thu_hoi' ? 'Thu hồi do để xảy ra vụ việc phức tạp về ANTT (dữ liệu tổng hợp).' : null,
        ]),
      );
    }
  }

  const modelLines = [csvLine(['ma_mo_hinh', 'ten', 'loai_mo_hinh', 'ma_don_vi', 'nam_bat_dau', 'nam_ket_thuc', 'so_diem', 'so_to', 'tom_tat'])];
  const modelCount = Math.max(1, Math.floor(opts.units / 10));
  for (let i = 0; i < modelCount; i++) {
    const unit = units[Math.floor(rand() * units.length)]!;
    const type = pick(MODEL_TYPES);
    modelLines.push(csvLine([`mo-hinh-${i + 1}`, `${type} – ${unit.name}`, type, unit.id, firstYear - 1 + Math.floor(rand() * (opts.years + 1)), null, 1 + Math.floor(rand() * 40), 1 + Math.floor(rand() * 8), `Mô hình ${type.toLowerCase()} do ${unit.name} xây dựng (dữ liệu tổng hợp).`]));
  }
  const source = 'Kế hoạch tổng hợp';
  const planLines = [csvLine(['nam', 'ten', 'xep_loai_toi_thieu', 'an_toan_antt', 'nam_dieu_kien', 'muc_do', 'tham_quyen', 'nguon'])];
  for (const year of years) planLines.push(csvLine([year, `Kế hoạch tổng hợp năm ${year}`, 'kha', 'có', 'nam_truoc', 'loi', 'UBND cấp tỉnh và cấp xã (dữ liệu tổng hợp)', source]));
  const targetLines = [csvLine(['nam', 'nhom', 'loai_don_vi', 'chi_tieu', 'nguon'])];
  const calendarLines = [csvLine(['nam', 'buoc', 'noi_dung', 'han', 'nguon'])];
  for (const year of years) {
    targetLines.push(csvLine([year, 'Xã, phường, đặc khu', 'xa/phuong/dac_khu', Math.ceil(opts.units * 0.01), source]));
    targetLines.push(csvLine([year, 'Cơ quan, doanh nghiệp', 'co_quan/doanh_nghiep', Math.ceil(opts.units * 0.05), source]));
    targetLines.push(csvLine([year, 'Cơ sở giáo dục', 'co_so_giao_duc', Math.ceil(opts.units * 0.02), source]));
    calendarLines.push(csvLine([year, 'dang_ky', 'Đăng ký xây dựng điển hình', `30/01/${year}`, source]));
    calendarLines.push(csvLine([year, 'ho_so', 'Gửi hồ sơ đề nghị công nhận', `20/11/${year}`, source]));
    calendarLines.push(csvLine([year, 'tham_dinh', 'Hội đồng thẩm định', `15/12/${year}`, source]));
  }
  const files: SyntheticFiles = {
    'don-vi.csv': unitLines.join('\n') + '\n',
    'mo-hinh.csv': modelLines.join('\n') + '\n',
    'chi-tieu.csv': targetLines.join('\n') + '\n',
    'lich.csv': calendarLines.join('\n') + '\n',
    'ke-hoach.csv': planLines.join('\n') + '\n',
  };
  for (const [year, lines] of resultLines) files[`ket-qua/${year}.csv`] = lines.join('\n') + '\n';
  return files;
}
