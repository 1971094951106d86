// Names shared by the search index (search-records.ts), the pages that send filters and the
// search page's script; no imports, so the script stays small.

/**
 * The search filters (Pagefind) every indexed page may carry. Their names are what the search page
 * shows; the query-string keys are what a plain form sends (the year page's, the search page's own).
 */
export const SEARCH_FILTERS = {
  noi_dung: 'Nội dung',
  loai: 'Loại đơn vị',
  nam: 'Năm',
  ket_qua: 'Kết quả',
  tinh: 'Tỉnh',
  xa: 'Xã',
} as const;
export type SearchParam = keyof typeof SEARCH_FILTERS;
/** The values of the "Nội dung" filter: what kind of page a result is. */
export const SEARCH_CONTENT = {
  unit: 'Đơn vị',
  model: 'Mô hình',
  story: 'Tin bài',
} as const;
/**
 * Year and outcome together: "Năm 2025" and "Kết quả: Công nhận" alone would also find a unit
 * recognised in 2023 that had a result in 2025; this filter holds the pairs a unit really has.
 */
export const YEAR_OUTCOME_FILTER = 'Kết quả năm';
export const yearOutcome = (year: number | string, outcome: string) => `${year} · ${outcome}`;
/** A commune's filter value names its province: "Xã Tân Phú" exists in many provinces. */
export const communeValue = (province: string, commune: string) => `${province} › ${commune}`;
/** The orders a form may ask for (`sap_xep`); the search page also offers "" (best match first). */
export const SORT_PARAM = 'sap_xep';
export const SORT_LABEL = 'Sắp xếp';
const BY_NAME = 'Theo tên (A–Z)';
export const SEARCH_SORTS = {
  ten: BY_NAME,
  diem: 'Theo % điểm tối đa (cao → thấp)',
} as const;
export type SearchSort = keyof typeof SEARCH_SORTS;
/** The same orders where the year is the reader's choice (the search page): the score is the chosen year's. */
export const SEARCH_SORTS_ANY_YEAR: Record<SearchSort, string> = { ten: BY_NAME, diem: 'Theo % điểm tối đa của năm đã chọn (cao → thấp)' };
/** Sort keys: the name in Vietnamese alphabetical order (sort-key.ts), a unit's appraised score of a year. */
export const NAME_SORT = 'thu_tu';
export const scoreSort = (year: number | string) => `diem_${year}`;
/** A unit's scores of a year with their maximum, shown in the results when a year is chosen. */
export const scoreMeta = (year: number | string) => `diem_nam_${year}`;
