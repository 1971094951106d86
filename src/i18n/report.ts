/** Words of the yearly report (báo cáo) and of where units lose points: the one place the pages, the CSV and the workbook take them from. */
import { OUTCOMES, TRACKS } from '../schemas/vocabulary.ts';

/** What the report counts for each row, in the order a committee's report lists it. */
export const REPORT_MEASURES = {
  dang_ky: 'Đăng ký',
  chon_xay_dung: 'Được chọn xây dựng',
  cong_nhan: 'Công nhận mới',
  duy_tri: OUTCOMES.duy_tri,
  khong_duy_tri: OUTCOMES.khong_duy_tri,
  thu_hoi: 'Thu hồi',
  khong_cong_nhan: OUTCOMES.khong_cong_nhan,
} as const;
export type ReportMeasure = keyof typeof REPORT_MEASURES;

export const TARGET_STATUS = {
  met: 'Đạt',
  not_met: 'Không đạt',
  open: 'Đang thực hiện',
} as const;

export const PLACE_LEVELS = {
  tinh: 'Tỉnh, thành phố',
  xa: TRACKS.dia_ban,
} as const;
export type PlaceLevel = keyof typeof PLACE_LEVELS;

/** The columns of where units lose points, one wording each: short in the page's table, long in the CSV and the workbook. */
export const LOSS_COLUMNS = {
  averageAppraised: { short: 'Điểm TB', long: 'Điểm thẩm định trung bình' },
  averageShare: { short: '% tối đa', long: 'Trung bình, % điểm tối đa' },
  belowMax: { short: 'Dưới tối đa', long: 'Số đơn vị dưới điểm tối đa' },
  averageGap: { short: 'Tự chấm − thẩm định', long: 'Tự chấm trừ thẩm định, trung bình' },
} as const;

/** Sheet names of the report workbook (Excel allows 31 characters, no / \ ? * [ ]). */
export const REPORT_SHEETS = {
  kinds: 'Theo loại đơn vị',
  places: 'Theo địa bàn',
  targets: 'Chỉ tiêu',
  criteria: 'Điểm theo tiêu chí',
} as const;

export const reportText = {
  title: (year: number) => `Báo cáo kết quả năm ${year}`,
  indexTitle: 'Báo cáo theo năm',
  heading: 'BÁO CÁO KẾT QUẢ XÂY DỰNG ĐƠN VỊ ĐIỂN HÌNH VỀ PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC',
  total: 'Tổng cộng',
  previousNote: (prev: number) => `Số trong ngoặc là của năm ${prev}.`,
  noPrevious: 'Không có số liệu năm trước để so sánh.',
  losesTitle: 'Đơn vị mất điểm ở đâu',
  averageShare: 'Điểm thẩm định trung bình (% tối đa)',
  belowMax: 'Số đơn vị dưới điểm tối đa',
  averageGap: 'Tự chấm hơn thẩm định (trung bình)',
  scored: 'Số đơn vị có điểm thẩm định',
  yearAverage: 'Trung bình năm',
} as const;
