import ExcelJS from 'exceljs';
import type { CriteriaSet } from '../../src/schemas/criteria-set.ts';
import type { Unit } from '../../src/schemas/unit.ts';
import { RESULT_COLUMNS, RESULT_HELPER_COLUMNS, scoreColumn } from '../../src/schemas/result.ts';
import { RESULT_COLUMN_DOCS, SCORE_COLUMNS_HELP } from './column-docs.ts';
import { CLASSIFICATIONS, KINDS, OUTCOMES, SAFETY, STAGES } from '../../src/schemas/vocabulary.ts';
import { collator } from '../../src/lib/text/format.ts';
import { columnLetter } from '../../src/lib/text/strings.ts';

/** A unit expected in the year, with the criteria set in force for its kind (none for khu dân cư). */
export interface ExpectedRow {
  unit: Unit;
  stage: 'duy_tri' | 'xay_dung';
  set: CriteriaSet | undefined;
}

export interface TemplateOptions {
  year: number;
  /** Every unit of the folder: the code list the editor picks from. */
  units: readonly Unit[];
  /** The criteria set in force that year for each unit without a row yet (by id). */
  setOf: (unit: Unit) => CriteriaSet | undefined;
  /** Rows written ready: units holding a recognition, which must report maintenance. */
  expected: readonly ExpectedRow[];
  /** Criteria sets in force that year, with their items. */
  sets: readonly CriteriaSet[];
  /** One column per sub-item where a set has them (the default), or one per criterion. */
  itemised: boolean;
  /** Empty rows left for the year's registrations. */
  blankRows: number;
}

/** A score column and what it means under each criteria set in force. */
export interface ScoreColumn {
  key: string;
  criterion: number;
  item: number | null;
  side: 'self' | 'appraised';
  /** Set id → the item's (or criterion's) text and maximum; absent where the set has no such item. */
  bySet: Map<string, { text: string; max: number }>;
}

export const DATA_SHEET = (year: number) => `Kết quả ${year}`;
export const GUIDE_SHEET = 'Hướng dẫn';
export const LISTS_SHEET = 'Danh mục';
export const MAXIMA_SHEET = 'Điểm tối đa';

// The file's fixed columns, with the unit's name beside its code (a helper column validation skips),
// without the totals (the template sums them in its own #tong_* columns) and the note (it comes last).
const FIXED = RESULT_COLUMNS.flatMap((k): string[] => (k === 'tong_tu_cham' || k === 'tong_tham_dinh' || k === 'ghi_chu' ? [] : k === 'ma_don_vi' ? [k, ...RESULT_HELPER_COLUMNS] : [k]));
const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } } as const satisfies ExcelJS.Fill;
const HEAD = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } } as const satisfies ExcelJS.Fill;
const LOCKED = { locked: true } as const;
const UNLOCKED = { locked: false } as const;

/**
 * The score columns of a year: for each criterion number of the sets in force, one column per
 * sub-item a set has (or one for the criterion when no set divides it, or when not itemised), all
 * self-assessed columns first, then all appraised ones (the two come from different documents).
 */
export function scoreColumns(sets: readonly CriteriaSet[], itemised: boolean): ScoreColumn[] {
  const criteria = new Map<number, number>();
  for (const set of sets) for (const c of set.groups.flatMap((g) => g.criteria)) criteria.set(c.no, Math.max(criteria.get(c.no) ?? 0, itemised ? c.items.length : 1));
  const out: ScoreColumn[] = [];
  for (const side of ['self', 'appraised'] as const) {
    for (const [no, items] of [...criteria].sort((a, b) => a[0] - b[0])) {
      for (let i = 1; i <= items; i++) {
        const item = items > 1 ? i : null;
        const bySet = new Map<string, { text: string; max: number }>();
        for (const set of sets) {
          const c = set.groups.flatMap((g) => g.criteria).find((x) => x.no === no);
          if (!c) continue;
          if (item === null) bySet.set(set.id, { text: c.items.map((x) => x.text).join(' '), max: c.points });
          else if (c.items[i - 1]) bySet.set(set.id, { text: c.items[i - 1]!.text, max: c.items[i - 1]!.points });
        }
        out.push({ key: scoreColumn(no, item, side), criterion: no, item, side, bySet });
      }
    }
  }
  return out;
}

/** The set's short name for a header: the kinds it covers. */
function setLabel(set: CriteriaSet): string {
  return `${set.kinds.map((k) => KINDS[k]).join(', ')} (${set.decision})`;
}

/** exceljs keeps range validations in `dataValidations`, which its types leave out. */
function validations(ws: ExcelJS.Worksheet): { add(address: string, validation: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1))} …`);

/**
 * The workbook an editor fills for a year, without another page open: one data sheet whose frozen
 * header rows say what each column is and, for each criteria set in force, each score column's
 * wording and maximum; drop-down lists for every coded column; every score held to 0…its maximum
 * under the row's set, and cells a row's set does not have greyed (locked where the set is known);
 * a guide sheet and the lists the drop-downs use. Read back unchanged, it validates: the keys row
 * is the header, the rows above it are descriptions, and empty rows are skipped.
 */
export async function resultsWorkbook(opts: TemplateOptions): Promise<Buffer> {
  const { year, sets } = opts;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'antq-dien-hinh';
  wb.calcProperties.fullCalcOnLoad = true;
  const data = wb.addWorksheet(DATA_SHEET(year), { properties: { tabColor: { argb: 'FF0B4F8A' } } });
  const guide = wb.addWorksheet(GUIDE_SHEET);
  const lists = wb.addWorksheet(LISTS_SHEET);
  const maxima = wb.addWorksheet(MAXIMA_SHEET);

  const scores = scoreColumns(sets, opts.itemised);
  const keys: string[] = [...FIXED, ...scores.map((s) => s.key), '#tong_tu_cham', '#tong_tham_dinh', 'ghi_chu'];
  const col = (key: string) => keys.indexOf(key) + 1;
  const letter = (key: string) => columnLetter(keys.indexOf(key));
  const selfCols = scores.filter((s) => s.side === 'self');
  const firstScore = FIXED.length + 1;
  const lastSelf = firstScore + selfCols.length - 1;
  const lastScore = FIXED.length + scores.length;

  // Lists (Danh mục): units with the set in force for their kind, and every coded value by its label.
  const units = [...opts.units].sort((a, b) => collator.compare(a.name, b.name));
  // Headings that are not column keys, so validation never takes this sheet for the data.
  lists.addRow(['Các mã đơn vị', 'Tên', 'Loại', `Bộ tiêu chí áp dụng năm ${year}`, 'Nơi đứng chân', '', 'Có / Không', 'Các giai đoạn', 'Các mức “An toàn về ANTT”', 'Các mức xếp loại', 'Các kết quả']);
  const vocab = [['Có', 'Không'], Object.values(STAGES), Object.values(SAFETY), Object.values(CLASSIFICATIONS), Object.values(OUTCOMES)];
  for (let i = 0; i < Math.max(units.length, ...vocab.map((v) => v.length)); i++) {
    const u = units[i];
    lists.addRow([u?.id ?? null, u?.name ?? null, u ? KINDS[u.kind] : null, u ? (opts.setOf(u)?.id ?? '') : null, u?.commune ?? null, null, ...vocab.map((v) => v[i] ?? null)]);
  }
  lists.getRow(1).font = { bold: true };
  lists.views = [{ state: 'frozen', ySplit: 1 }];
  for (const [i, w] of [22, 36, 16, 22, 28, 3, 10, 16, 16, 12, 20].entries()) lists.getColumn(i + 1).width = w;
  const unitRange = `'${LISTS_SHEET}'!$A$2:$A$${Math.max(2, units.length + 1)}`;
  const unitTable = `'${LISTS_SHEET}'!$A$2:$D$${Math.max(2, units.length + 1)}`;
  const vocabRange = (i: number) => `'${LISTS_SHEET}'!$${columnLetter(6 + i)}$2:$${columnLetter(6 + i)}$${vocab[i]!.length + 1}`;

  // Maxima (Điểm tối đa): one row per set, the score columns at the same letters as the data sheet.
  maxima.addRow(keys.map((k, i) => (i === 0 ? 'bo_tieu_chi' : i < FIXED.length ? null : k)));
  for (const set of sets) maxima.addRow(keys.map((k, i) => (i === 0 ? set.id : scores.find((s) => s.key === k)?.bySet.get(set.id)?.max ?? null)));
  maxima.getRow(1).font = { bold: true };
  // Only formulas read it; hidden, so its keys row is not mistaken for the data's.
  maxima.state = 'hidden';
  const maxOf = (colLetter: string, row: number) =>
    `INDEX('${MAXIMA_SHEET}'!${colLetter}$2:${colLetter}$${sets.length + 1},MATCH($${letter('bo_tieu_chi')}${row},'${MAXIMA_SHEET}'!$A$2:$A$${sets.length + 1},0))`;

  // Header rows of the data sheet: block titles, labels, one row per set with each column's wording, then the keys.
  const setRowsCount = sets.length;
  const keyRow = 3 + setRowsCount;
  const firstData = keyRow + 1;
  const titles = new Array<string | null>(keys.length).fill(null);
  titles[0] = `KẾT QUẢ NĂM ${year}: THÔNG TIN ĐƠN VỊ`;
  titles[firstScore - 1] = 'ĐIỂM TỰ CHẤM (đơn vị tự chấm)';
  if (scores.length > selfCols.length) titles[lastSelf] = 'ĐIỂM THẨM ĐỊNH (hội đồng thẩm định)';
  titles[col('#tong_tu_cham') - 1] = 'Tổng (tự tính)';
  data.addRow(titles);
  data.mergeCells(1, 1, 1, FIXED.length);
  if (selfCols.length > 1) data.mergeCells(1, firstScore, 1, lastSelf);
  if (scores.length - selfCols.length > 1) data.mergeCells(1, lastSelf + 1, 1, lastScore);
  data.mergeCells(1, col('#tong_tu_cham'), 1, col('#tong_tham_dinh'));
  const labels = keys.map((k) => {
    const s = scores.find((x) => x.key === k);
    if (s) return `TC ${s.criterion}${s.item ? `.${s.item}` : ''}`;
    if (k === '#tong_tu_cham') return 'Tự chấm';
    if (k === '#tong_tham_dinh') return 'Thẩm định';
    return RESULT_COLUMN_DOCS[k]?.label ?? k;
  });
  data.addRow(labels);
  for (const [i, k] of keys.entries()) {
    const doc = RESULT_COLUMN_DOCS[k];
    if (doc) data.getCell(2, i + 1).note = doc.help;
  }
  for (const set of sets) {
    const row = data.addRow(
      keys.map((k, i) => {
        if (i === 0) return `Nội dung và điểm tối đa theo bộ tiêu chí ${setLabel(set)} (mã bộ ${set.id}) →`;
        const s = scores.find((x) => x.key === k);
        if (!s) return null;
        const at = s.bySet.get(set.id);
        // The maximum first: a tall header cell may not show its whole text.
        return at ? `Tối đa ${String(at.max).replace('.', ',')}: ${shorten(at.text, 90)}` : '— không áp dụng';
      }),
    );
    // The set's name across the unit columns, beside its row of criteria.
    data.mergeCells(row.number, 1, row.number, FIXED.length);
  }
  data.addRow(keys);
  for (let r = 1; r <= keyRow; r++) {
    const row = data.getRow(r);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.fill = HEAD;
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.protection = LOCKED;
    });
    row.font = r === keyRow ? { color: { argb: 'FF555555' }, size: 9 } : { bold: r <= 2, size: r <= 2 ? 11 : 9 };
  }
  data.getRow(2).height = 32;
  for (let r = 3; r < keyRow; r++) data.getRow(r).height = 96;

  // Rows ready for units holding a recognition (by set, then name), then empty rows for registrations.
  const setRank = (e: ExpectedRow) => (e.set ? sets.indexOf(e.set) : sets.length);
  const expected = [...opts.expected].sort((a, b) => setRank(a) - setRank(b) || collator.compare(a.unit.name, b.unit.name));
  const lastData = firstData + expected.length + opts.blankRows - 1;
  const totalFormula = (row: number, from: number, to: number) => `IF(COUNT(${columnLetter(from - 1)}${row}:${columnLetter(to - 1)}${row})=0,"",SUM(${columnLetter(from - 1)}${row}:${columnLetter(to - 1)}${row}))`;
  for (let r = firstData; r <= lastData; r++) {
    const e = expected[r - firstData];
    const row = data.getRow(r);
    if (e) {
      row.getCell(col('nam')).value = year;
      row.getCell(col('ma_don_vi')).value = e.unit.id;
      row.getCell(col('ten_don_vi')).value = e.unit.name;
      row.getCell(col('dang_ky')).value = 'Có';
      row.getCell(col('giai_doan')).value = STAGES[e.stage];
      row.getCell(col('ket_qua')).value = OUTCOMES.dang_thuc_hien;
      row.getCell(col('bo_tieu_chi')).value = e.set?.id ?? null;
    } else {
      row.getCell(col('ten_don_vi')).value = { formula: `IFERROR(VLOOKUP(${letter('ma_don_vi')}${r},${unitTable},2,FALSE),"")`, result: '' };
      row.getCell(col('bo_tieu_chi')).value = { formula: `IFERROR(""&VLOOKUP(${letter('ma_don_vi')}${r},${unitTable},4,FALSE),"")`, result: '' };
    }
    row.getCell(col('#tong_tu_cham')).value = { formula: totalFormula(r, firstScore, lastSelf), result: '' };
    row.getCell(col('#tong_tham_dinh')).value = { formula: totalFormula(r, lastSelf + 1, lastScore), result: '' };
    // What the editor fills is unlocked; what is fixed for the row (its unit, year, set, stage) is grey and locked.
    row.eachCell({ includeEmpty: true }, (cell) => (cell.protection = UNLOCKED));
    for (let c = 1; c <= keys.length; c++) {
      const cell = row.getCell(c);
      const key = keys[c - 1]!;
      const score = scores.find((s) => s.key === key);
      const fixed = key === 'ten_don_vi' || key === 'bo_tieu_chi' || key.startsWith('#') || (e && (key === 'nam' || key === 'ma_don_vi' || key === 'giai_doan'));
      const notInSet = e && score && !(e.set && score.bySet.has(e.set.id));
      cell.protection = fixed || notInSet ? LOCKED : UNLOCKED;
      if (fixed || notInSet) cell.fill = GREY;
      if (key === 'ngay_quyet_dinh') cell.numFmt = 'dd/mm/yyyy';
    }
  }

  // Drop-downs and checks on the whole data range (rows an editor inserts inside it get them too).
  const range = (key: string) => `${letter(key)}${firstData}:${letter(key)}${lastData}`;
  const list = (key: string, formula: string, what: string) =>
    validations(data).add(range(key), { type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Giá trị không có trong danh sách', error: `Chọn ${what} trong danh sách.` });
  list('ma_don_vi', unitRange, 'mã đơn vị (đơn vị mới: thêm vào danh sách đơn vị trước)');
  list('dang_ky', vocabRange(0), 'Có hoặc Không');
  list('giai_doan', vocabRange(1), 'giai đoạn');
  list('an_toan_antt', vocabRange(2), 'Đạt hoặc Không đạt');
  list('xep_loai', vocabRange(3), 'xếp loại');
  list('ket_qua', vocabRange(4), 'kết quả');
  validations(data).add(range('ngay_quyet_dinh'), { type: 'date', operator: 'between', allowBlank: true, formulae: [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 11, 31))], showErrorMessage: true, errorTitle: 'Ngày không hợp lệ', error: `Ghi ngày dạng ngày/tháng/năm trong năm ${year} hoặc năm sau.` });
  for (const s of scores) {
    const l = columnLetter(keys.indexOf(s.key));
    validations(data).add(range(s.key), {
      type: 'custom',
      allowBlank: true,
      formulae: [`AND(ISNUMBER(${l}${firstData}),${l}${firstData}>=0,${l}${firstData}<=IFERROR(${maxOf(l, firstData)}+0,-1))`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Điểm không hợp lệ',
      error: 'Điểm là số từ 0 đến điểm tối đa ghi ở đầu cột theo bộ tiêu chí của dòng (được ghi số lẻ, ví dụ 4,5). Ô xám: bộ tiêu chí của dòng không có nội dung này.',
      showInputMessage: true,
      promptTitle: `Tiêu chí ${s.criterion}${s.item ? `, nội dung ${s.item}` : ''} (${s.side === 'self' ? 'tự chấm' : 'thẩm định'})`,
      prompt: [...s.bySet].map(([id, v]) => `${id}: tối đa ${String(v.max).replace('.', ',')}`).join('; ').slice(0, 250),
    });
  }
  // Cells a row's set does not have, greyed as soon as the row's unit (hence its set) is chosen.
  if (scores.length > 0) {
    data.addConditionalFormatting({
      ref: `${columnLetter(firstScore - 1)}${firstData}:${columnLetter(lastScore - 1)}${lastData}`,
      rules: [{ type: 'expression', priority: 1, formulae: [`AND($${letter('bo_tieu_chi')}${firstData}<>"",ISERROR(${maxOf(columnLetter(firstScore - 1), firstData)}+0))`], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFD9D9D9' } } } }],
    });
  }

  for (const [i, k] of keys.entries()) {
    const c = data.getColumn(i + 1);
    c.width = k === 'ghi_chu' ? 30 : k === 'co_quan_quyet_dinh' ? 18 : k === 'ten_don_vi' ? 26 : k === 'ma_don_vi' || k === 'bo_tieu_chi' ? 18 : k === 'nam' ? 6 : i >= FIXED.length ? 9 : 11;
    // The score blocks fold, so an editor entering appraisals can hide the self-assessed scores.
    if (i + 1 >= firstScore && i + 1 <= lastScore) c.outlineLevel = 1;
  }
  data.views = [{ state: 'frozen', xSplit: 3, ySplit: keyRow, topLeftCell: `D${firstData}`, activeCell: `D${firstData}` }];
  data.autoFilter = { from: { row: keyRow, column: 1 }, to: { row: keyRow, column: keys.length } };
  // No password: protection only keeps fixed cells from being typed over by mistake.
  const protection = { selectLockedCells: true, selectUnlockedCells: true, formatCells: true, formatColumns: true, formatRows: true, insertRows: true, deleteRows: true, sort: true, autoFilter: true };
  await data.protect('', protection);
  await lists.protect('', protection);
  await maxima.protect('', protection);

  writeGuide(guide, year, keyRow, scores, sets);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The guide sheet: how to fill and save the workbook, and every column in Vietnamese. */
function writeGuide(ws: ExcelJS.Worksheet, year: number, keyRow: number, scores: ScoreColumn[], sets: readonly CriteriaSet[]): void {
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 24;
  ws.getColumn(3).width = 16;
  ws.getColumn(4).width = 90;
  const para = (text: string, bold = false) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, 4);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.font = { bold, size: bold ? 13 : 11 };
    row.height = bold ? 20 : Math.max(18, Math.ceil(text.length / 140) * 16);
  };
  para(`Hướng dẫn điền kết quả năm ${year}`, true);
  para(`Điền ở trang tính "${DATA_SHEET(year)}", mỗi dòng một đơn vị. ${sets.length > 0 ? 'Các dòng đã có sẵn là đơn vị đang giữ công nhận, phải báo cáo duy trì; đơn vị đăng ký mới thì chọn mã ở dòng trống (tên và bộ tiêu chí tự hiện).' : ''}`);
  para(`Các dòng 1–${keyRow} là đầu bảng: dòng ${keyRow} ghi mã cột mà phần mềm đọc, không sửa, không xóa. Ô xám là ô không cần điền (đã cố định hoặc không thuộc bộ tiêu chí của dòng). Có thể thêm dòng, sắp xếp, lọc; trang tính được khóa không mật khẩu chỉ để tránh gõ nhầm vào ô cố định.`);
  para('Lưu bằng Excel hoặc LibreOffice giữ nguyên kiểu "Sổ làm việc Excel (.xlsx)", tên tệp giữ nguyên, rồi đẩy lên (hoặc tải lên qua giao diện GitHub). Mỗi lỗi được báo kèm tên trang tính, số dòng và chữ cái cột như Excel hiện.');
  ws.addRow([]);
  const head = ws.addRow(['Mã cột', 'Tên', 'Bắt buộc', 'Cách ghi']);
  head.font = { bold: true };
  head.eachCell((c) => (c.fill = HEAD));
  for (const key of FIXED) {
    const doc = RESULT_COLUMN_DOCS[key]!;
    ws.addRow([key, doc.label, doc.required, doc.help]).getCell(4).alignment = { wrapText: true };
  }
  ws.addRow(['tcNN…_tu_cham, tcNN…_tham_dinh', 'Điểm', 'khi có điểm', SCORE_COLUMNS_HELP]).getCell(4).alignment = { wrapText: true };
  ws.addRow(['ghi_chu', RESULT_COLUMN_DOCS.ghi_chu!.label, RESULT_COLUMN_DOCS.ghi_chu!.required, RESULT_COLUMN_DOCS.ghi_chu!.help]).getCell(4).alignment = { wrapText: true };
  ws.addRow(['#tong_…', 'Tổng (tự tính)', 'không', 'Tổng điểm tự cộng để cán bộ đối chiếu với biên bản; cột có dấu # ở mã là cột ghi chép riêng, phần mềm không đọc.']).getCell(4).alignment = { wrapText: true };
  ws.addRow([]);
  para('Các cột điểm theo từng bộ tiêu chí', true);
  for (const set of sets) {
    para(`${set.name} – ${set.decision} (${setLabel(set)}), tổng ${set.maxPoints ?? '—'} điểm.`, true);
    for (const s of scores.filter((x) => x.side === 'self')) {
      const at = s.bySet.get(set.id);
      if (at) ws.addRow([`${s.key.replace('_tu_cham', '')}_…`, `Tiêu chí ${s.criterion}${s.item ? `, nội dung ${s.item}` : ''}`, `tối đa ${String(at.max).replace('.', ',')}`, at.text]).getCell(4).alignment = { wrapText: true };
    }
  }
  ws.views = [{ state: 'frozen', ySplit: 0 }];
}
