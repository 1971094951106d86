// Workbooks described from a seed, written by exceljs, and read back by exceljs and by our reader:
// what src/lib/validation/xlsx.test.ts (a few seeds, in the fast loop) and tests/build/xlsx-wide.test.ts (many
// seeds, and LibreOffice's files) compare.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { rng } from '../../tools/generate/synthetic.ts';
import { CELL, openWorkbook, serialToIsoDate, type XlsxWorkbook } from '../../src/lib/validation/xlsx.ts';
// ---------------------------------------------------------------------------------------------
// Workbooks described first, then written by exceljs (in memory, or by its streaming writer)

type Value = ExcelJS.CellValue;
interface PlannedSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  rows: { n: number; hidden: boolean; cells: { col: number; value: Value; numFmt?: string | undefined }[] }[];
  merges: string[];
  hiddenColumns: number[];
}
interface Plan {
  writer: 'memory' | 'stream-shared' | 'stream-inline';
  date1904: boolean;
  sheets: PlannedSheet[];
}

const letters = (col: number): string => (col < 26 ? String.fromCharCode(65 + col) : letters(Math.floor(col / 26) - 1) + String.fromCharCode(65 + (col % 26)));

const PIECES = ['Xã Ấn', 'Phường Bình An', 'Đặc khu', 'Nguyễn Văn Ánh'.normalize('NFD'), 'x', ' ', '  ', '"', "'", '<', '>', '< b >', '& ', 'A&B', '\n', '\r\n', '\r', '\t', '\u0001', '\u001f', '\u007f', '😀', '_', '_x', '1,5', '007', '=1+1', '-', '#N/A', 'TRUE', 'a\u00a0b', '\u200b', '12'];
// exceljs decodes entities a second time in t="str" cells (utils.xmlDecode): literal entity text only goes through shared strings.
const SHARED_ONLY_PIECES = ['&amp;', '&lt;b&gt;', 'a;b', '&#65;'];
const ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'];
const DATE_FORMATS = ['dd/mm/yyyy', 'd/m/yy', 'yyyy-mm-dd', 'dd/mm/yyyy hh:mm', '[$-42A]dd mmmm yyyy', 'h:mm', 'mmm-yy', 'd-mmm-yy', 'mm:ss', '[h]:mm:ss', 'dd"/"mm', undefined];
const NUMBER_FORMATS = [undefined, undefined, '0.00', '#,##0', '0%', '@', '"ngày "0', '[Red]0.0', '#,##0 "đ"', '0.00E+00', '"Số" #,##0.0'];
const SHEET_NAMES = ['Kết quả', 'Đơn vị & mã', 'Sheet <1>', 'Trang 2', "Năm 'cũ' 1", 'Ẩn'];

export function plan(seed: number): Plan {
  const random = rng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T,>(list: readonly T[]) => list[int(list.length)]!;
  const writer = (['memory', 'memory', 'stream-shared', 'stream-inline'] as const)[seed % 4]!;
  const pieces = writer === 'stream-inline' ? PIECES : [...PIECES, ...SHARED_ONLY_PIECES];
  const text = (from = pieces) => {
    const t = Array.from({ length: int(4) }, () => pick(from)).join('');
    // exceljs writes a literal "_xHHHH_" unescaped (Excel escapes it as _x005F_xHHHH_): not a case to compare.
    return t.replace(/_x(?=[0-9A-Fa-f]{4}_)/g, '_y');
  };
  const number = () =>
    pick([
      () => int(200) - 100,
      () => int(1e15),
      () => -int(1e9),
      () => Math.round(random() * 1e4) / 100,
      () => -Math.round(random() * 1e3) / 1000,
      () => 0.1 + 0.2,
      () => 1 / 3,
      () => random() * 1e-7,
      () => 1.5e20,
      () => -2.5e-10,
      () => Number.MAX_SAFE_INTEGER,
      () => 0,
    ])();
  const date = () => new Date(Date.UTC(1990 + int(40), int(12), 1 + int(28), random() < 0.3 ? int(24) : 0, random() < 0.3 ? int(60) : 0));
  let sharedMasters: string[] = [];
  const cell = (address: string): { value: Value; numFmt?: string | undefined } => {
    switch (int(14)) {
      case 0:
      case 1:
      case 2:
        return { value: number(), numFmt: pick(NUMBER_FORMATS) };
      case 3:
      case 4:
      case 5:
        return { value: text() };
      case 6:
        return { value: { richText: [{ text: text() || 'a', font: { bold: true } }, { text: pick(PIECES) }, ...(random() < 0.5 ? [{ text: text(), font: { italic: true, color: { argb: 'FFFF0000' } } }] : [])] } };
      case 7:
        return { value: random() < 0.5 };
      case 8:
        return { value: { error: pick(ERRORS) } as ExcelJS.CellErrorValue };
      case 9:
      case 10:
        return { value: date(), numFmt: pick(DATE_FORMATS) };
      case 11: {
        // A formula's text result is always written as t="str" (exceljs decodes those twice).
        const result = pick([number(), text(PIECES), random() < 0.5, { error: pick(ERRORS) }, undefined, '', date()]);
        const numFmt = result instanceof Date ? pick(DATE_FORMATS) : undefined;
        // Shared formulas: the in-memory writer turns a master into <f t="shared" ref si> and its clones into <f t="shared" si/>.
        if (writer === 'memory' && sharedMasters.length > 0 && random() < 0.4) {
          return { value: { sharedFormula: pick(sharedMasters), result } as ExcelJS.CellSharedFormulaValue, numFmt };
        }
        if (writer === 'memory' && typeof result === 'number') sharedMasters.push(address);
        return { value: { formula: pick(['SUM(A1:B2)', 'A1&"x<y"', 'IF(A1>1,TRUE,FALSE)', '1/0', 'TODAY()']), result } as ExcelJS.CellFormulaValue, numFmt };
      }
      case 12:
        return { value: { text: `liên kết${text()}`, hyperlink: 'https://example.gov.vn/a?b=1&c=2' } };
      default:
        return { value: null };
    }
  };
  const names = [...SHEET_NAMES].sort(() => random() - 0.5);
  const sheets: PlannedSheet[] = Array.from({ length: 1 + int(3) }, (_, s) => {
    const width = 1 + int(12);
    const numbers: number[] = [];
    for (let k = int(25), n = 0; k > 0; k--) numbers.push((n += random() < 0.2 ? 2 + int(4) : 1));
    const last = numbers.at(-1) ?? 0;
    const merges: { top: number; left: number; bottom: number; right: number }[] = [];
    // Merges in bands of rows that never overlap; the cells they cover (but the first) are left empty.
    for (let top = 1 + int(4); top < last; top += 4 + int(6)) {
      if (random() < 0.5) continue;
      const left = int(width);
      merges.push({ top, left, bottom: top + int(3), right: left + int(3) });
    }
    const covered = (n: number, col: number) => merges.some((m) => n >= m.top && n <= m.bottom && col >= m.left && col <= m.right && (n > m.top || col > m.left));
    sharedMasters = [];
    const rows = numbers.map((n) => {
      const cells = [];
      for (let col = 0; col < width; col++) if (random() < 0.75 && !covered(n, col)) cells.push({ col, ...cell(`${letters(col)}${n}`) });
      return { n, hidden: random() < 0.1, cells };
    });
    const hiddenColumns = Array.from({ length: width }, (_, c) => c).filter(() => random() < 0.1);
    const state = s === 0 ? 'visible' : pick(['visible', 'hidden', 'veryHidden'] as const);
    return { name: names[s]!, state, rows, merges: merges.map((m) => `${letters(m.left)}${m.top}:${letters(m.right)}${m.bottom}`), hiddenColumns };
  });
  return { writer, date1904: writer === 'memory' && random() < 0.25, sheets };
}

function fill(ws: ExcelJS.Worksheet, sheet: PlannedSheet): void {
  for (const row of sheet.rows) {
    const r = ws.getRow(row.n);
    for (const c of row.cells) {
      const cell = r.getCell(c.col + 1);
      cell.value = c.value;
      if (c.numFmt) cell.numFmt = c.numFmt;
    }
    if (row.hidden) r.hidden = true;
  }
  for (const col of sheet.hiddenColumns) ws.getColumn(col + 1).hidden = true;
  for (const range of sheet.merges) ws.mergeCells(range);
}

export async function write(p: Plan): Promise<Buffer> {
  if (p.writer === 'memory') {
    const wb = new ExcelJS.Workbook();
    if (p.date1904) wb.properties.date1904 = true;
    for (const sheet of p.sheets) fill(wb.addWorksheet(sheet.name, { state: sheet.state }), sheet);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  // The streaming writer: zip entries with data descriptors, and t="str" / inline rich text without shared strings.
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: p.writer === 'stream-shared', useStyles: true });
  for (const sheet of p.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.state });
    fill(ws as unknown as ExcelJS.Worksheet, sheet);
    await ws.commit();
  }
  await wb.commit();
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------
// Both readers, to one shape

type Seen = { kind: number; value?: number | string | undefined; formula: boolean };
interface SeenSheet {
  name: string;
  state: string;
  merges: string[];
  hiddenColumns: number[];
  rows: Map<number, { hidden: boolean; cells: Map<number, Seen> }>;
}

const ms = (serial: number) => Math.round(serial * 86400000);
const serialOf = (d: Date, date1904: boolean) => 25569 + d.getTime() / 86400000 - (date1904 ? 1462 : 0);
const rangeText = (m: { top: number; left: number; bottom: number; right: number }) => `${letters(m.left)}${m.top}:${letters(m.right)}${m.bottom}`;

/** Dates are compared to the millisecond exceljs rounds them to, and by the calendar day. */
function seenValue(kind: number, number: number, text: string, date1904: boolean): Seen['value'] {
  if (kind === CELL.number || kind === CELL.boolean) return number;
  if (kind === CELL.date) return `${ms(number)} ${number >= 61 || date1904 ? serialToIsoDate(number, date1904) : ''}`;
  if (kind === CELL.text || kind === CELL.error) return text;
  return undefined;
}

/**
 * Our reading of a workbook, the same whichever way its sheets are inflated: a window at a time
 * (1 MB, or a few bytes so that rows and tags are cut across windows) or whole, and whichever
 * the sheet is first asked for (rows, hidden columns, merges).
 */
export function ours(bytes: Uint8Array, label: string, windows: number[] = [1 << 20, 64 + (bytes.length % 200), Infinity]): { date1904: boolean; sheets: SeenSheet[] } {
  const reads = windows.map((window, i) => {
    const opened = openWorkbook(bytes, { window });
    if (!opened.ok) throw new Error(`${label}: ${opened.message}`);
    return { date1904: opened.workbook.date1904, sheets: seenSheets(opened.workbook, i % 3) };
  });
  for (let i = 1; i < reads.length; i++) expect(reads[i], `${label}, window ${windows[i]}`).toEqual(reads[0]);
  return reads[0]!;
}

/** `order`: 0 rows first; 1 hidden columns first (the sheet stays open for its rows); 2 merges first (a pass of their own). */
function seenSheets(workbook: XlsxWorkbook, order = 0): SeenSheet[] {
  return workbook.sheets.map((sheet) => {
    const rows: SeenSheet['rows'] = new Map();
    const early = order === 1 ? sheet.hiddenColumns : order === 2 ? sheet.merges : null;
    sheet.forEachRow((row, hidden, c) => {
      const cells = new Map<number, Seen>();
      for (let col = 0; col < c.width; col++) {
        let kind = c.kind[col]!;
        const formula = c.formula[col] === 1;
        if (kind === CELL.empty) continue;
        // exceljs drops a formula's cached empty text (<v></v>): it reads as a formula without a value.
        if (formula && kind === CELL.text && c.text[col] === '') kind = CELL.formulaWithoutValue;
        cells.set(col, { kind, value: seenValue(kind, c.number[col]!, c.text[col]!, workbook.date1904), formula });
      }
      if (rows.has(row)) throw new Error(`row ${row} twice`);
      rows.set(row, { hidden, cells });
    });
    if (early !== null) expect(early === sheet.hiddenColumns || early === sheet.merges).toBe(true);
    return { name: sheet.name, state: sheet.state, merges: sheet.merges.map(rangeText).sort(), hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b), rows };
  });
}

function fromExceljs(value: unknown, date1904: boolean, formula = false): Seen {
  const V = ExcelJS.ValueType;
  if (value === null || value === undefined) return { kind: formula ? CELL.formulaWithoutValue : CELL.empty, formula };
  if (typeof value === 'number') return { kind: CELL.number, value, formula };
  if (typeof value === 'string') return { kind: CELL.text, value, formula };
  if (typeof value === 'boolean') return { kind: CELL.boolean, value: value ? 1 : 0, formula };
  if (value instanceof Date) {
    const serial = serialOf(value, date1904);
    return { kind: CELL.date, value: `${ms(serial)} ${serial >= 61 || date1904 ? value.toISOString().slice(0, 10) : ''}`, formula };
  }
  const v = value as { richText?: { text: string }[]; error?: string; text?: string; result?: unknown; formula?: string; sharedFormula?: string };
  if (v.richText) return { kind: CELL.text, value: v.richText.map((r) => r.text).join(''), formula };
  if (v.error) return { kind: CELL.error, value: v.error, formula };
  if (v.text !== undefined) return { kind: CELL.text, value: v.text, formula };
  throw new Error(`unexpected exceljs value ${JSON.stringify(value)} (${V})`);
}

export async function theirs(bytes: Buffer): Promise<{ date1904: boolean; sheets: SeenSheet[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const date1904 = Boolean(wb.properties.date1904);
  const sheets = wb.worksheets.map((ws) => {
    const rows: SeenSheet['rows'] = new Map();
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells = new Map<number, Seen>();
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        if (cell.type === ExcelJS.ValueType.Null || cell.type === ExcelJS.ValueType.Merge) return;
        // cell.value drops a formula's falsy result (0, false): cell.result keeps it.
        cells.set(col - 1, cell.type === ExcelJS.ValueType.Formula ? fromExceljs(cell.result, date1904, true) : fromExceljs(cell.value, date1904));
      });
      rows.set(n, { hidden: row.hidden, cells });
    });
    const hiddenColumns = (ws.columns ?? []).flatMap((c, i) => (c.hidden ? [i] : []));
    return { name: ws.name, state: ws.state, merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(), hiddenColumns, rows };
  });
  return { date1904, sheets };
}

/** Rows without a value are compared only by their hidden flag, and only where both readers have them. */
export function expectSame(got: SeenSheet[], want: SeenSheet[], label: string): number {
  expect(got.map((s) => [s.name, s.state]), label).toEqual(want.map((s) => [s.name, s.state]));
  let cells = 0;
  got.forEach((sheet, i) => {
    const other = want[i]!;
    const where = `${label}, sheet ${sheet.name}`;
    expect(sheet.merges, where).toEqual(other.merges);
    expect(sheet.hiddenColumns, where).toEqual(other.hiddenColumns);
    for (const n of new Set([...sheet.rows.keys(), ...other.rows.keys()])) {
      const a = sheet.rows.get(n);
      const b = other.rows.get(n);
      expect(Object.fromEntries(a?.cells ?? []), `${where}, row ${n}`).toEqual(Object.fromEntries(b?.cells ?? []));
      if (a && b) expect(a.hidden, `${where}, row ${n} hidden`).toBe(b.hidden);
      cells += a?.cells.size ?? 0;
    }
  });
  return cells;
}

/**
 * Writes the workbooks of seeds `from` to `to`, reads each with our reader and with exceljs, and
 * expects the same cells: returns how many cells were compared and which kinds of cell were met.
 */
export async function compareSeeds(from: number, to: number): Promise<{ cells: number; kinds: number[] }> {
  let cells = 0;
  const kinds = new Set<number>();
  for (let seed = from; seed <= to; seed++) {
    const p = plan(seed);
    const bytes = await write(p);
    const got = ours(new Uint8Array(bytes), `seed ${seed}`);
    const want = await theirs(bytes);
    expect(got.date1904, `seed ${seed}`).toBe(want.date1904);
    cells += expectSame(got.sheets, want.sheets, `seed ${seed} (${p.writer})`);
    for (const s of got.sheets) for (const r of s.rows.values()) for (const c of r.cells.values()) kinds.add(c.kind);
  }
  return { cells, kinds: [...kinds].sort() };
}
