import { closest } from '../../text/strings.ts';
import { cellAt, rejectedIds } from '../table.ts';
import type { RuleContext } from './context.ts';

/** How many unknown unit codes get a suggested code. */
const SUGGESTED_CODES = 100;

/** Every unit, criteria set and model a row names exists. */
export function references(ctx: RuleContext): void {
  const { sources, problems, unitNos } = ctx;
  // A unit (or model) whose row was rejected for another cell still exists: naming it is not a second problem.
  const rejectedUnits = new Set(rejectedIds(sources.units.failed, 'ma_don_vi').map((r) => r.value));
  // An unreadable units file is reported once; every row naming a unit would otherwise be reported too.
  const unitExists = (id: string) => sources.units.unreadable || unitNos.has(id) || rejectedUnits.has(id);
  let unitIds: string[] | undefined;
  const hints = new Map<string, string>();
  const unitHint = (id: string) => {
    let hint = hints.get(id);
    if (hint !== undefined) return hint;
    // A likely code is looked for among every unit for the first hundred unknown codes only: past
    // them the cause is rarely a typo (another province's file, codes renamed), and looking for
    // each of 2,000 among 50,000 units kept an editor waiting minutes.
    const guess = hints.size < SUGGESTED_CODES ? closest(id, (unitIds ??= [...unitNos.keys(), ...rejectedUnits])) : undefined;
    hint = guess ? `Có phải là "${guess}"? Nếu là đơn vị mới, thêm vào data/don-vi.csv trước.` : 'Thêm đơn vị vào data/don-vi.csv hoặc sửa mã cho đúng.';
    hints.set(id, hint);
    return hint;
  };
  for (const { source: file, rows } of ctx.results) {
    for (const { value: r, row, unit, set } of rows) {
      if (!unit && !unitExists(r.unitId)) problems.add({ ...cellAt(file.columns, row, 'ma_don_vi'), message: `Không có đơn vị mã "${r.unitId}" trong data/don-vi.csv.`, hint: unitHint(r.unitId) });
      if (r.criteriaSetId && !set && !sources.unreadableSetIds.has(r.criteriaSetId)) {
        problems.add({ ...cellAt(file.columns, row, 'bo_tieu_chi'), message: `Không có bộ tiêu chí mã "${r.criteriaSetId}" trong data/bo-tieu-chi/.`, hint: `Dùng một trong: ${[...ctx.setsById.keys()].join(', ')}.` });
      }
    }
  }
  for (const { value: m, row } of sources.models.rows) {
    if (!unitExists(m.unitId)) problems.add({ ...cellAt(sources.models.columns, row, 'ma_don_vi'), message: `Không có đơn vị mã "${m.unitId}" trong data/don-vi.csv.`, hint: unitHint(m.unitId) });
    if (m.endYear !== null && m.endYear < m.startYear) {
      problems.add({ ...cellAt(sources.models.columns, row, 'nam_ket_thuc'), message: `Năm kết thúc ${m.endYear} trước năm bắt đầu ${m.startYear}.`, hint: 'Sửa một trong hai năm.' });
    }
  }
  // A merged unit names a unit that exists, is not itself merged away into a loop, and says when.
  const unitRow = new Map(sources.units.rows.map((r) => [r.value.id, r.value]));
  for (const { value: u, row } of sources.units.rows) {
    const at = (key: string) => cellAt(sources.units.columns, row, key);
    if ((u.mergedInto === null) !== (u.mergedIn === null)) {
      problems.add({ ...at(u.mergedInto === null ? 'sap_nhap_vao' : 'nam_sap_nhap'), message: 'Đơn vị sáp nhập phải ghi cả đơn vị nhận sáp nhập (sap_nhap_vao) và năm sáp nhập (nam_sap_nhap).', hint: 'Ghi đủ hai cột, hoặc để trống cả hai.' });
    }
    if (u.mergedInto === null) continue;
    if (!unitExists(u.mergedInto)) problems.add({ ...at('sap_nhap_vao'), message: `Không có đơn vị mã "${u.mergedInto}" để sáp nhập vào.`, hint: unitHint(u.mergedInto) });
    let seen = 0;
    for (let next: string | null = u.mergedInto; next !== null && seen < 20; next = unitRow.get(next)?.mergedInto ?? null, seen++) {
      if (next === u.id) {
        problems.add({ ...at('sap_nhap_vao'), message: `Sáp nhập vòng quanh: "${u.id}" cuối cùng lại nhập vào chính nó.`, hint: 'Kiểm tra cột sap_nhap_vao của các đơn vị liên quan.' });
        break;
      }
    }
  }
  for (const { source: file, rows } of ctx.results) {
    for (const { value: r, row, unit } of rows) {
      if (unit?.mergedIn != null && r.year >= unit.mergedIn) {
        problems.add({ ...cellAt(file.columns, row, 'ma_don_vi'), message: `Đơn vị "${unit.id}" đã sáp nhập vào "${unit.mergedInto}" năm ${unit.mergedIn}, không còn kết quả năm ${r.year}.`, hint: `Ghi kết quả năm ${r.year} cho đơn vị "${unit.mergedInto}", hoặc sửa năm sáp nhập.` });
      }
    }
  }
  for (const { value: a, row } of sources.awards.rows) {
    const at = (key: string) => cellAt(sources.awards.columns, row, key);
    if (!unitExists(a.unitId)) problems.add({ ...at('ma_don_vi'), message: `Không có đơn vị mã "${a.unitId}" trong danh sách đơn vị.`, hint: unitHint(a.unitId) });
    const y = Number(a.decisionDate.slice(0, 4));
    if (y < a.year || y > a.year + 1) problems.add({ ...at('ngay_quyet_dinh'), message: `Quyết định khen thưởng ngày ${a.decisionDate.split('-').reverse().join('/')} không thuộc năm ${a.year} hoặc đầu năm sau.`, hint: 'Kiểm tra ngày quyết định hoặc cột nam (năm của thành tích được khen).' });
  }
  for (const s of sources.stories) {
    if (s.meta.unitId && !unitExists(s.meta.unitId)) problems.add({ file: s.file, columnName: 'ma_don_vi', message: `Không có đơn vị mã "${s.meta.unitId}".`, hint: unitHint(s.meta.unitId) });
  }
  const modelSlugs = new Set([...sources.models.rows.map((r) => r.value.slug), ...rejectedIds(sources.models.failed, 'ma_mo_hinh').map((r) => r.value)]);
  for (const s of sources.modelStories) {
    if (!modelSlugs.has(s.slug) && !sources.models.unreadable) {
      const guess = closest(s.slug, [...modelSlugs]);
      problems.add({ file: s.file, message: `Bài giới thiệu không ứng với mô hình nào: không có mã "${s.slug}" trong data/mo-hinh.csv.`, hint: guess ? `Có phải là "${guess}"? Đổi tên tệp thành ${guess}.mdx.` : 'Đổi tên tệp theo ma_mo_hinh, hoặc thêm mô hình vào data/mo-hinh.csv.' });
    }
  }
}
