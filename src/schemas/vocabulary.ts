/**
 * The coded values of the data contract and their Vietnamese labels: the one place where a
 * code meets the words the public reads. Editors may type either the code or the label.
 */
export const KINDS = {
  xa: 'Xã',
  phuong: 'Phường',
  dac_khu: 'Đặc khu',
  thi_tran: 'Thị trấn',
  khu_dan_cu: 'Khu dân cư',
  co_quan: 'Cơ quan',
  doanh_nghiep: 'Doanh nghiệp',
  co_so_giao_duc: 'Cơ sở giáo dục',
} as const;
export type Kind = keyof typeof KINDS;

/** Track (khối): which criteria set a unit is scored against. */
export const TRACKS = {
  dia_ban: 'Xã, phường, đặc khu',
  co_quan: 'Cơ quan, doanh nghiệp, cơ sở giáo dục',
} as const;
export type Track = keyof typeof TRACKS;

export const TRACK_OF_KIND: Record<Kind, Track> = {
  xa: 'dia_ban',
  phuong: 'dia_ban',
  dac_khu: 'dia_ban',
  thi_tran: 'dia_ban',
  khu_dan_cu: 'dia_ban',
  co_quan: 'co_quan',
  doanh_nghiep: 'co_quan',
  co_so_giao_duc: 'co_quan',
};

/** Kinds as a phrase: "Xã, phường, thị trấn" (a set names the kinds of its own time). */
export function kindsPhrase(kinds: readonly Kind[]): string {
  const text = kinds.map((k) => KINDS[k].toLowerCase()).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The kinds that are themselves a commune of the official registry (the others sit in one). */
export const COMMUNE_KINDS: readonly Kind[] = ['xa', 'phuong', 'dac_khu'];
export const isCommuneKind = (kind: Kind): boolean => COMMUNE_KINDS.includes(kind);

/** Outcome (kết quả) of a unit's year. */
export const OUTCOMES = {
  cong_nhan: 'Công nhận',
  duy_tri: 'Duy trì',
  khong_duy_tri: 'Không duy trì',
  khong_cong_nhan: 'Không công nhận',
  dang_thuc_hien: 'Đang thực hiện',
  thu_hoi: 'Thu hồi công nhận',
} as const;
export type Outcome = keyof typeof OUTCOMES;

/**
 * Each outcome's colour (Okabe–Ito, readable with any colour vision), the one source of the
 * --outcome-* tokens of global.css (a test compares them), the chart fills and the share cards'
 * accents. Colour is never the only sign: badges and charts also carry the outcome's words or mark.
 */
export const OUTCOME_COLOURS: Record<Outcome, string> = {
  cong_nhan: '#0072b2',
  duy_tri: '#009e73',
  khong_duy_tri: '#e69f00',
  khong_cong_nhan: '#6b6b6b',
  thu_hoi: '#d55e00',
  dang_thuc_hien: '#ffffff',
};

/** Each outcome's colour as text on white (4.5:1 at least), the --outcome-*-text tokens of global.css; "in progress" reads as muted text. */
export const OUTCOME_TEXT_COLOURS: Record<Exclude<Outcome, 'dang_thuc_hien'>, string> = {
  cong_nhan: '#005383',
  duy_tri: '#006b4f',
  khong_duy_tri: '#7a4d00',
  khong_cong_nhan: '#4d4d4d',
  thu_hoi: '#9c3f00',
};

/** Stage (giai đoạn): a building year (năm xây dựng) or a maintenance year (năm duy trì). */
export const STAGES = {
  xay_dung: 'Năm xây dựng',
  duy_tri: 'Năm duy trì',
} as const;
export type Stage = keyof typeof STAGES;

/** Movement classification (xếp loại phong trào), best first. */
export const CLASSIFICATIONS = {
  xuat_sac: 'Xuất sắc',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  yeu: 'Yếu',
} as const;
export type Classification = keyof typeof CLASSIFICATIONS;
export const CLASSIFICATION_RANK: Record<Classification, number> = { xuat_sac: 3, kha: 2, trung_binh: 1, yeu: 0 };

/** "An toàn về ANTT" standard: pass or fail. */
export const SAFETY = {
  dat: 'Đạt',
  khong_dat: 'Không đạt',
} as const;
export type Safety = keyof typeof SAFETY;

/** Steps of the yearly calendar (lịch). */
export const STEPS = {
  dang_ky: 'Đăng ký',
  du_bao: 'Dự báo kết quả',
  ho_so: 'Nộp hồ sơ',
  tham_dinh: 'Thẩm định',
  cong_nhan: 'Công nhận',
  bao_cao: 'Báo cáo',
  khac: 'Khác',
} as const;
export type Step = keyof typeof STEPS;

export const STORY_KINDS = {
  tin_bai: 'Tin bài',
  guong_nguoi_tot: 'Gương người tốt, việc tốt',
} as const;
export type StoryKind = keyof typeof STORY_KINDS;
