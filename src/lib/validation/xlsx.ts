import { constants, createInflateRaw, inflateRawSync } from 'node:zlib';

// A reader of Excel workbooks (.xlsx) for the validator. Libraries build an object per cell
// (1.2 million for a national results file) and unzip in JavaScript, which made them several
// times slower than our CSV reader; this one inflates with node:zlib (a large sheet a window at
// a time, into one reused buffer), scans a sheet's bytes with plain loops (never a general XML
// parser, never a string of the whole sheet), and hands each row to a callback in reused typed
// arrays. src/lib/validation/xlsx.test.ts holds it equal to
// exceljs on generated workbooks and on workbooks LibreOffice writes.

export type XlsxOpen = { ok: true; workbook: XlsxWorkbook } | { ok: false; message: string; hint: string };

export interface XlsxWorkbook {
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1900-01-00. */
  date1904: boolean;
  /** Worksheets in tab order (chart sheets, which have no cells, are left out). */
  sheets: XlsxSheet[];
}

/**
 * A worksheet, read when asked: `hiddenColumns` inflates its first bytes, `forEachRow` the rest
 * (and learns `merges`, which follow the cells: asked for first, they cost a pass of their own).
 * All three throw an XlsxError if the sheet is damaged, `forEachRow` possibly after handing over
 * the rows before the damage: a caller drops what it read then.
 */
export interface XlsxSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Merged ranges, 1-based rows and 0-based columns. */
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** 0-based columns hidden in the sheet. */
  hiddenColumns: Set<number>;
  /**
   * Rows in order, every row element the sheet stores (an empty one too: width 0); `cells` is
   * reused between calls: read it during the call.
   */
  forEachRow(onRow: (row: number, hidden: boolean, cells: XlsxRowCells) => void): void;
}

/** One row's cells by 0-based column. The arrays are swapped for longer ones when a wider row comes: read them through this object. */
export interface XlsxRowCells {
  /** One past the last column that has a cell in this row. */
  width: number;
  /** Per column: one of CELL; only the first `width` entries belong to this row. */
  kind: Uint8Array;
  /** Numbers, booleans (1/0) and date serials. */
  number: Float64Array;
  /** Texts, and error codes such as "#N/A". */
  text: string[];
  /** 1 where the cell holds a formula (its cached value is in kind/number/text). */
  formula: Uint8Array;
}

/** The kinds of XlsxRowCells.kind. */
export const CELL = { empty: 0, number: 1, text: 2, boolean: 3, error: 4, date: 5, formulaWithoutValue: 6 } as const;

/** A damaged part found while reading a sheet (sheets are read lazily, after openWorkbook said ok). */
export class XlsxError extends Error {
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.name = 'XlsxError';
    this.hint = hint;
  }
}

export interface XlsxOptions {
  /**
   * Bytes of sheet XML inflated at a time (1 MB by default; a smaller sheet is inflated whole).
   * Tests make it tiny, so rows and tags are cut across windows, or Infinity (inflate whole).
   */
  window?: number;
}

const DEFAULT_WINDOW = 1 << 20;

/** Excel's limit: column XFD. */
const MAX_COLUMNS = 16384;
/** Larger parts are refused: a national results sheet is 50–100 MB, and a prefixed part becomes one string (V8 caps them near 2^29 characters). */
const MAX_PART_BYTES = 500 * 1048576;

const SAVE_AS_XLSX = 'Mở tệp bằng Excel, chọn Tệp › Lưu thành (Save As), chọn kiểu "Sổ làm việc Excel (*.xlsx)" rồi lưu lại.';
const DAMAGED_HINT = `Chép lại tệp từ bản gốc (tệp có thể bị hỏng khi tải về hoặc chép chưa xong). Nếu Excel vẫn mở được tệp, ${SAVE_AS_XLSX.charAt(0).toLowerCase()}${SAVE_AS_XLSX.slice(1)}`;
const PASSWORD_HINT = 'Mở tệp bằng Excel (nhập mật khẩu), chọn Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu rồi lưu lại kiểu "Sổ làm việc Excel (*.xlsx)".';

type Refusal = { ok: false; message: string; hint: string };
const refuse = (message: string, hint: string = SAVE_AS_XLSX): Refusal => ({ ok: false, message, hint });

// ---------------------------------------------------------------------------------------------
// ZIP

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

/** What a file that is not a zip most likely is, so the editor learns what to do with it. */
function notAZip(bytes: Uint8Array): Refusal {
  if (bytes.length >= 8 && u32(bytes, 0) === 0xe011cfd0 && u32(bytes, 4) === 0xe11ab1a1) {
    // An OLE compound file: a password-protected .xlsx is one (its package encrypted inside
    // an "EncryptedPackage" stream), and so is an Excel 97–2003 .xls.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      return refuse('Sổ làm việc được đặt mật khẩu mở tệp nên phần mềm không đọc được nội dung.', PASSWORD_HINT);
    }
    return refuse('Tệp là sổ làm việc Excel đời cũ (.xls, Excel 97–2003), không phải .xlsx.');
  }
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1').replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').trimStart().toLowerCase();
  if (head.startsWith('<html') || head.startsWith('<!doctype html') || head.startsWith('<table')) {
    return refuse('Tệp là một trang web (HTML) được đặt đuôi của Excel, không phải sổ làm việc .xlsx.');
  }
  if (head.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return refuse('Tệp là "Bảng tính XML 2003" của Excel, không phải sổ làm việc .xlsx.');
  }
  if (bytes.length === 0) return refuse('Tệp trống (0 byte).', DAMAGED_HINT);
  return refuse('Tệp không phải là sổ làm việc Excel (.xlsx) (có thể là tệp khác bị đổi đuôi thành .xlsx, ví dụ tệp CSV).', `Nếu đây là tệp CSV, đổi lại đuôi .csv. Nếu không, ${SAVE_AS_XLSX.charAt(0).toLowerCase()}${SAVE_AS_XLSX.slice(1)}`);
}

function readZip(bytes: Uint8Array): { ok: true; entries: Map<string, ZipEntry> } | Refusal {
  const isZip = bytes.length >= 4 && u32(bytes, 0) === 0x04034b50;
  // The End of Central Directory record closes the file, after a comment of at most 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22, stop = Math.max(0, bytes.length - 22 - 65535); i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    return isZip ? refuse('Tệp .xlsx bị hỏng hoặc chưa được chép hết (thiếu phần cuối của tệp).', DAMAGED_HINT) : notAZip(bytes);
  }
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    return refuse('Tệp quá lớn (dạng nén ZIP64), vượt giới hạn phần mềm đọc được.', 'Mỗi tệp chỉ chứa dữ liệu của một năm; kiểm tra tệp có bị chép lặp dữ liệu hoặc chứa hình ảnh lớn không.');
  }
  if (u16(bytes, eocd + 4) !== 0 || u16(bytes, eocd + 6) !== 0) return refuse('Tệp .xlsx bị chia thành nhiều phần (tệp nén nhiều đĩa).', DAMAGED_HINT);
  if (cdOffset + cdSize > eocd) return refuse('Tệp .xlsx bị hỏng (mục lục của tệp nén không khớp với nội dung).', DAMAGED_HINT);
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || u32(bytes, p) !== 0x02014b50) return refuse('Tệp .xlsx bị hỏng (mục lục của tệp nén không đọc được).', DAMAGED_HINT);
    const flags = u16(bytes, p + 8);
    const nameLength = u16(bytes, p + 28);
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + p + 46, nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1').replace(/\\/g, '/').replace(/^\//, '');
    const entry = { name, method: u16(bytes, p + 10), compressedSize: u32(bytes, p + 20), size: u32(bytes, p + 24), localOffset: u32(bytes, p + 42) };
    if (flags & 1) return refuse('Tệp nén được đặt mật khẩu nên phần mềm không đọc được nội dung.', PASSWORD_HINT);
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) {
      return refuse('Tệp quá lớn (dạng nén ZIP64), vượt giới hạn phần mềm đọc được.', 'Mỗi tệp chỉ chứa dữ liệu của một năm; kiểm tra tệp có bị chép lặp dữ liệu hoặc chứa hình ảnh lớn không.');
    }
    entries.set(name, entry);
    p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return { ok: true, entries };
}

/** An entry's bytes, inflated, as UTF-8 (the package format allows UTF-16 parts); a message (Vietnamese) when it cannot be. */
function unzipEntry(bytes: Uint8Array, entry: ZipEntry): Buffer | string {
  const out = inflateEntry(bytes, entry);
  if (typeof out === 'string' || out.length < 2) return out;
  if (out[0] === 0xff && out[1] === 0xfe) return Buffer.from(new TextDecoder('utf-16le').decode(out.subarray(2)), 'utf8');
  if (out[0] === 0xfe && out[1] === 0xff) return Buffer.from(new TextDecoder('utf-16be').decode(out.subarray(2)), 'utf8');
  return out;
}

function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Buffer | string {
  const p = entry.localOffset;
  const damaged = `Tệp .xlsx bị hỏng: không giải nén được phần "${entry.name}".`;
  if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50) return damaged;
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  if (start + entry.compressedSize > bytes.length) return damaged;
  if (entry.size > MAX_PART_BYTES) return `Phần "${entry.name}" của tệp quá lớn (${Math.round(entry.size / 1048576)} MB khi giải nén).`;
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);
  if (entry.method === 0) return entry.size === entry.compressedSize ? data : damaged;
  if (entry.method !== 8) return `Phần "${entry.name}" của tệp được nén theo cách phần mềm không đọc được (phương thức ${entry.method}).`;
  try {
    // The size the directory announces bounds the output (a damaged or hostile entry cannot
    // balloon), and one output chunk of that size spares zlib gathering 16 KB chunks and
    // concatenating them: a quarter of the read of a national sheet. Deflate expands at most
    // 1032 times, so a size the data cannot reach never gets its chunk.
    const chunkSize = Math.max(64, Math.min(entry.size, entry.compressedSize * 1032) + 1);
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size), chunkSize });
    return out.length === entry.size ? out : damaged;
  } catch {
    return damaged;
  }
}

// ---------------------------------------------------------------------------------------------
// XML text

/**
 * A part as a Latin-1 string (one character per byte, so string offsets are byte offsets and
 * indexOf runs on a one-byte string) beside its bytes, from which text is decoded as UTF-8.
 */
interface Xml {
  s: string;
  b: Buffer;
}

/** The prefix ("x:") a part gives the elements of SpreadsheetML's main namespace, from its root element; '' when none. */
function mainPrefix(head: string): string {
  const prefix = /<(?![?!])([A-Za-z_][\w.-]*:)?[A-Za-z_]/.exec(head)?.[1];
  if (!prefix) return '';
  const declared = new RegExp(`xmlns:${prefix.slice(0, -1)}\\s*=\\s*["']http://(schemas\\.openxmlformats\\.org/spreadsheetml/2006/main|purl\\.oclc\\.org/ooxml/spreadsheetml/main)["']`);
  return declared.test(head) ? prefix : '';
}

function toXml(b: Buffer): Xml {
  let s = b.toString('latin1');
  // Some writers prefix every element of the main namespace (<x:row>, <x:c>): drop the prefix
  // once, so the scans below look for plain names.
  const prefix = mainPrefix(s.slice(0, 4096));
  if (prefix) {
    s = s.replaceAll(`<${prefix}`, '<').replaceAll(`</${prefix}`, '</');
    b = Buffer.from(s, 'latin1');
  }
  return { s, b };
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(t: string): string {
  return t.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
/** Excel writes characters XML cannot hold (control characters, a literal "_x") as _xHHHH_. */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
const decodeEscapes = (t: string) => t.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/** Element text between bytes a and e, as stored: UTF-8, line ends as XML reads them, entities and _xHHHH_ escapes decoded. */
function textAt(b: Buffer, a: number, e: number): string {
  let flags = 0;
  for (let i = a; i < e; i++) {
    const c = b[i]!;
    if (c >= 128) flags |= 1;
    else if (c === 38) flags |= 2;
    else if (c === 95) flags |= 4;
    else if (c === 13) flags |= 8;
    else if (c === 60) flags |= 16;
  }
  let t = b.toString(flags & 1 ? 'utf8' : 'latin1', a, e);
  if (flags & 8) t = t.replace(/\r\n?/g, '\n');
  if (flags & 16) {
    // CDATA sections are taken literally; entities are decoded only outside them.
    let out = '';
    let last = 0;
    for (const m of t.matchAll(CDATA)) {
      out += decodeEntities(t.slice(last, m.index)) + m[1];
      last = m.index + m[0].length;
    }
    t = out + decodeEntities(t.slice(last));
  } else if (flags & 2) t = decodeEntities(t);
  if (flags & 4) t = decodeEscapes(t);
  return t;
}

/** An attribute value as XML reads it: entities decoded, whitespace characters read as spaces. */
function attrText(x: Xml, a: number, e: number): string {
  return decodeEntities(x.b.toString('utf8', a, e).replace(/\r\n|[\r\n\t]/g, ' '));
}

const isNameEnd = (c: number) => c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;

/** Start of the next element named `name` (`<name` followed by a space, `>` or `/`) from `from`, or -1. */
function findTag(s: string, name: string, from: number, to = s.length): number {
  const open = `<${name}`;
  for (let p = s.indexOf(open, from); p >= 0 && p < to; p = s.indexOf(open, p + 1)) {
    if (isNameEnd(s.charCodeAt(p + open.length))) return p;
  }
  return -1;
}

/** The attributes of the tag starting at `p` (name → raw value range), and where the tag ends. */
function attributes(x: Xml, p: number): { attrs: Map<string, [number, number]>; end: number; empty: boolean } {
  const s = x.s;
  const attrs = new Map<string, [number, number]>();
  let i = p + 1;
  while (i < s.length && !isNameEnd(s.charCodeAt(i))) i++;
  for (;;) {
    let c = s.charCodeAt(i);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = s.charCodeAt(++i);
    if (c === 62) return { attrs, end: i + 1, empty: false };
    if (c === 47) return { attrs, end: s.indexOf('>', i) + 1, empty: true };
    if (Number.isNaN(c)) throw new XlsxError('Tệp .xlsx bị hỏng (một phần XML bị cắt cụt).', DAMAGED_HINT);
    const nameStart = i;
    while (i < s.length && s.charCodeAt(i) !== 61 && !isNameEnd(s.charCodeAt(i))) i++;
    const name = s.slice(nameStart, i);
    while (s.charCodeAt(i) !== 61 && i < s.length) i++;
    i++;
    while (s.charCodeAt(i) !== 34 && s.charCodeAt(i) !== 39 && i < s.length) i++;
    const close = s.indexOf(s[i]!, i + 1);
    if (close < 0) throw new XlsxError('Tệp .xlsx bị hỏng (một phần XML bị cắt cụt).', DAMAGED_HINT);
    attrs.set(name, [i + 1, close]);
    i = close + 1;
  }
}

function attr(x: Xml, attrs: Map<string, [number, number]>, name: string): string | undefined {
  const range = attrs.get(name);
  return range && attrText(x, range[0], range[1]);
}

/** An attribute whose local name is `local` under any prefix (r:id, or another prefix bound to the same namespace). */
function prefixedAttr(x: Xml, attrs: Map<string, [number, number]>, local: string): string | undefined {
  for (const [name, range] of attrs) if (name.endsWith(`:${local}`)) return attrText(x, range[0], range[1]);
  return undefined;
}

const isTrue = (v: string | undefined) => v === '1' || v === 'true';

/** The text of a string item (<si>, <is>) between bytes a and e: its <t>, or the <t> of each rich-text run, leaving out phonetic runs (<rPh>). */
function stringItem(b: Buffer, a: number, e: number): string {
  let out = '';
  let p = a;
  for (;;) {
    while (p < e && b[p] !== 60) p++;
    if (p >= e) return out;
    const c = b[p + 1];
    const isText = c === 116 && isNameEnd(b[p + 2]!);
    if (!isText && !(c === 114 && b[p + 2] === 80 && b[p + 3] === 104 && isNameEnd(b[p + 4]!))) {
      p++;
      continue;
    }
    let gt = p + 2;
    while (gt < e && b[gt] !== 62) gt++;
    p = gt + 1;
    if (b[gt - 1] === 47) continue;
    // The end tag: </t> of a text, or </rPh> of a phonetic run, skipped with the <t> it holds.
    let close = p;
    if (isText) while (close < e && !(b[close] === 60 && b[close + 1] === 47 && b[close + 2] === 116 && isNameEnd(b[close + 3]!))) close++;
    else while (close < e && !(b[close] === 60 && b[close + 1] === 47 && b[close + 2] === 114 && b[close + 3] === 80 && b[close + 4] === 104)) close++;
    if (isText) out += textAt(b, p, close);
    p = close + 2;
  }
}

// ---------------------------------------------------------------------------------------------
// Parts

interface Relationship {
  type: string;
  target: string;
}

/** Part names are case-insensitive (OPC); writers differ in case now and then. */
function lookup(entries: Map<string, ZipEntry>, name: string): ZipEntry | undefined {
  const exact = entries.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [key, entry] of entries) if (key.toLowerCase() === lower) return entry;
  return undefined;
}

/** A relationship's target as a part name: relative to the source part's folder, or absolute. */
function resolvePart(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // not percent-encoded
  }
  const base = t.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

function readRels(x: Xml, sourcePart: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  for (let p = findTag(x.s, 'Relationship', 0); p >= 0; p = findTag(x.s, 'Relationship', p + 1)) {
    const { attrs } = attributes(x, p);
    const id = attr(x, attrs, 'Id');
    const target = attr(x, attrs, 'Target');
    if (id === undefined || target === undefined || attr(x, attrs, 'TargetMode') === 'External') continue;
    rels.set(id, { type: attr(x, attrs, 'Type') ?? '', target: resolvePart(sourcePart, target) });
  }
  return rels;
}

const relsOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** Built-in number formats that show a date or a time (Excel's ids 14–22 and 45–47). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Whether a number format shows a date or time: a d, m, y, h or s token outside quoted text,
 * brackets (colours, locales; but [h], [mm], [ss] are elapsed time) and escaped characters.
 */
export function isDateFormat(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"') {
      const close = code.indexOf('"', i + 1);
      if (close < 0) return false;
      i = close;
    } else if (c === '\\' || c === '_' || c === '*') {
      i++;
    } else if (c === '[') {
      const close = code.indexOf(']', i + 1);
      if (close < 0) return false;
      if (/^\[(h+|m+|s+)\]$/i.test(code.slice(i, close + 1))) return true;
      i = close;
    } else if ('dmyhsDMYHS'.includes(c)) {
      return true;
    }
  }
  return false;
}

/** Per cell style index (the s attribute): 1 when its number format shows a date. */
function readDateStyles(x: Xml): Uint8Array {
  const s = x.s;
  const custom = new Map<number, string>();
  const numFmts = findTag(s, 'numFmts', 0);
  if (numFmts >= 0) {
    const end = s.indexOf('</numFmts', numFmts);
    for (let p = findTag(s, 'numFmt', numFmts); p >= 0 && (end < 0 || p < end); p = findTag(s, 'numFmt', p + 1)) {
      const { attrs } = attributes(x, p);
      custom.set(Number(attr(x, attrs, 'numFmtId')), attr(x, attrs, 'formatCode') ?? '');
    }
  }
  const cellXfs = findTag(s, 'cellXfs', 0);
  if (cellXfs < 0) return new Uint8Array(0);
  const opened = attributes(x, cellXfs);
  if (opened.empty) return new Uint8Array(0);
  const end = s.indexOf('</cellXfs', opened.end);
  const dates: number[] = [];
  // Only the direct <xf> children: an <xf> holds <alignment>, <protection>, <extLst>, never another <xf>.
  for (let p = findTag(s, 'xf', opened.end); p >= 0 && p < end; p = findTag(s, 'xf', p + 1)) {
    const id = Number(attr(x, attributes(x, p).attrs, 'numFmtId') ?? 0);
    const code = custom.get(id);
    dates.push(code !== undefined ? (isDateFormat(code) ? 1 : 0) : BUILT_IN_DATE_FORMATS.has(id) ? 1 : 0);
  }
  return Uint8Array.from(dates);
}

function readSharedStrings(x: Xml): string[] {
  const s = x.s;
  const out: string[] = [];
  for (let p = findTag(s, 'si', 0); p >= 0; ) {
    const open = s.indexOf('>', p);
    if (s.charCodeAt(open - 1) === 47) {
      out.push('');
      p = findTag(s, 'si', open);
      continue;
    }
    const close = s.indexOf('</si', open);
    if (close < 0) throw new XlsxError('Tệp .xlsx bị hỏng (bảng chữ dùng chung bị cắt cụt).', DAMAGED_HINT);
    out.push(stringItem(x.b, open + 1, close));
    p = findTag(s, 'si', close);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Cell values

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A number as JavaScript reads it. Up to 15 digits the integer of the digits divided by a power
 * of ten is exact (both exact doubles, one correctly rounded division), without a string.
 */
function numberAt(b: Buffer, a: number, e: number): number {
  let i = a;
  let negative = false;
  if (b[i] === 45) {
    negative = true;
    i++;
  }
  let m = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < e; i++) {
    const c = b[i]!;
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0) decimals = 0;
    else return Number(b.toString('latin1', a, e));
  }
  if (digits === 0) return NaN;
  if (digits > 15) return Number(b.toString('latin1', a, e));
  const v = decimals > 0 ? m / POWERS_OF_TEN[decimals]! : m;
  return negative ? -v : v;
}

const DAY_MS = 86400000;
/** 1899-12-30, day 0 of Excel's 1900 system as counted from March 1900 on. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A date serial as yyyy-mm-dd, as Excel shows it: in the 1900 system serial 60 is 1900-02-29, a
 * day that never was (Lotus 1-2-3 took 1900 for a leap year and Excel kept it), so serials below
 * 61 are one day later than a plain count from 1899-12-30; 0 shows as 1900-01-00. The time of day
 * is dropped. '' for what Excel cannot show as a date (negative, after 9999-12-31).
 */
export function serialToIsoDate(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial) || serial < 0) return '';
  // Excel rounds to the millisecond before showing a time: 0.99999999999 is the next day.
  const days = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  if (!date1904) {
    if (days === 0) return '1900-01-00';
    if (days === 60) return '1900-02-29';
  }
  const ms = date1904 ? EPOCH_1904 + days * DAY_MS : EPOCH_1900 + (days < 60 ? days + 1 : days) * DAY_MS;
  if (ms > Date.UTC(9999, 11, 31)) return '';
  return new Date(ms).toISOString().slice(0, 10);
}

/** An ISO 8601 date or date-time (the value of a t="d" cell) as a serial; NaN if it is not one. */
function isoToSerial(text: string, date1904: boolean): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (!m) {
    const time = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(text.trim());
    return time ? (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86400 : NaN;
  }
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const fraction = (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) / 86400;
  if (date1904) return (day - EPOCH_1904) / DAY_MS + fraction;
  const serial = (day - EPOCH_1900) / DAY_MS;
  return (serial < 61 ? serial - 1 : serial) + fraction;
}

// ---------------------------------------------------------------------------------------------
// Sheets

const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOLEAN = 4;
const T_ERROR = 5;
const T_DATE = 6;

interface Shared {
  bytes: Uint8Array;
  strings: string[];
  dateStyles: Uint8Array;
  date1904: boolean;
  window: number;
}

/** The last attribute read by `nextAttribute`: its name and its value (between its quotes); or whether its tag closed itself. */
const attribute = { nameStart: 0, nameEnd: 0, value: 0, close: 0, selfClosed: false };

/**
 * Reads the attribute of a start tag at or after p into `attribute` and returns where the next one
 * may start. At the tag's end it returns ~(the position after ">" or "/>"), a negative number, and
 * says in `attribute.selfClosed` which it was. One shared record, not an object per attribute: rows
 * and cells read millions of them.
 */
function nextAttribute(b: Uint8Array, p: number, to: number, sheet: string): number {
  let c = b[p]!;
  while (c === 32 || c === 9 || c === 10 || c === 13) c = b[++p]!;
  if (c === 62 || c === 47) {
    attribute.selfClosed = c === 47;
    return ~(c === 62 ? p + 1 : p + 2);
  }
  if (p >= to) throw damagedSheet(sheet);
  const nameStart = p;
  while (p < to && b[p] !== 61) p++;
  let nameEnd = p;
  while (b[nameEnd - 1] === 32) nameEnd--;
  let quote = b[++p]!;
  while (quote !== 34 && quote !== 39 && p < to) quote = b[++p]!;
  const value = p + 1;
  let close = value;
  while (close < to && b[close] !== quote) close++;
  attribute.nameStart = nameStart;
  attribute.nameEnd = nameEnd;
  attribute.value = value;
  attribute.close = close;
  return close + 1;
}

function damagedSheet(name: string): XlsxError {
  return new XlsxError(`Trang tính "${name}" trong tệp .xlsx bị hỏng, không đọc được.`, DAMAGED_HINT);
}

/** What node:zlib's inflateRawSync drives inside: its handle, writing into a buffer it is given. */
interface ZlibHandle {
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
  onerror: (message: string) => void;
}

/**
 * A sheet's XML a window at a time, inflated into one reused buffer. node:zlib's public calls
 * inflate a part whole into a fresh buffer, and on this project's machines touching 44 MB of
 * fresh memory cost six times the inflating itself (280 ms of CPU against 40 ms for a national
 * sheet, which then took longer than reading the same data as CSV); so a large sheet goes
 * through zlib's handle the way inflateRawSync drives it, feature-detected: where the handle is
 * not there the sheet is inflated whole. `buf[0, filled)` holds the bytes not yet dropped;
 * `done` once the part is inflated to its end.
 */
class SheetSource {
  buf: Buffer;
  filled: number;
  done: boolean;
  #input: Buffer | null = null;
  #inOff = 0;
  #produced = 0;
  #size = 0;
  #engine: { close(): void } | null = null;
  #handle: ZlibHandle | null = null;
  #state: Uint32Array | null = null;
  #error: string | null = null;
  #name: string;

  constructor(shared: Shared, entry: ZipEntry, name: string) {
    this.#name = name;
    const streamed = entry.method === 8 && entry.size > shared.window ? SheetSource.#open(shared.bytes, entry) : null;
    if (streamed) {
      this.#input = streamed.input;
      this.#engine = streamed.engine;
      this.#handle = streamed.handle;
      this.#state = streamed.state;
      this.#size = entry.size;
      this.#handle.onerror = (message) => (this.#error = message);
      this.buf = Buffer.allocUnsafe(Math.max(64, shared.window));
      this.filled = 0;
      this.done = false;
      this.refill(0);
      while (!this.done && this.filled < 4096) this.refill(0);
      // A prefixed (<x:row>) or UTF-16 sheet is read whole: its text needs converting first.
      const head = this.buf.toString('latin1', 0, Math.min(this.filled, 4096));
      if (!(this.buf[0] === 0xff && this.buf[1] === 0xfe) && !(this.buf[0] === 0xfe && this.buf[1] === 0xff) && !mainPrefix(head)) return;
      this.close();
    }
    const whole = unzipEntry(shared.bytes, entry);
    if (typeof whole === 'string') throw new XlsxError(whole, DAMAGED_HINT);
    this.buf = mainPrefix(whole.toString('latin1', 0, Math.min(whole.length, 4096))) ? toXml(whole).b : whole;
    this.filled = this.buf.length;
    this.done = true;
  }

  static #open(bytes: Uint8Array, entry: ZipEntry) {
    const p = entry.localOffset;
    if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50 || entry.size > MAX_PART_BYTES) return null;
    const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
    if (start + entry.compressedSize > bytes.length) return null;
    const engine = createInflateRaw() as unknown as { close(): void; _handle?: Partial<ZlibHandle>; _writeState?: unknown };
    const handle = engine._handle;
    const state = engine._writeState;
    if (typeof handle?.writeSync !== 'function' || !(state instanceof Uint32Array) || state.length !== 2) {
      engine.close();
      return null;
    }
    return { input: Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize), engine, handle: handle as ZlibHandle, state };
  }

  /**
   * Drops buf[0, keep), moves what follows to the front and inflates after it; when nothing can
   * be dropped from a full window (one row larger than it), the window doubles.
   */
  refill(keep: number): void {
    if (this.done) throw damagedSheet(this.#name);
    const kept = this.filled - keep;
    if (keep > 0) this.buf.copyWithin(0, keep, this.filled);
    else if (kept === this.buf.length) {
      if (this.buf.length * 2 > MAX_PART_BYTES) throw damagedSheet(this.#name);
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, kept);
      this.buf = bigger;
    }
    this.filled = kept;
    const input = this.#input!;
    for (;;) {
      const room = this.buf.length - this.filled;
      const inLen = input.length - this.#inOff;
      // As inflateRawSync: Z_FINISH, and while the output fills up, more room is given.
      this.#handle!.writeSync(constants.Z_FINISH, input, this.#inOff, inLen, this.buf, this.filled, room);
      if (this.#error !== null) {
        this.close();
        throw damagedSheet(this.#name);
      }
      const roomLeft = this.#state![0]!;
      this.#inOff += inLen - this.#state![1]!;
      this.filled += room - roomLeft;
      this.#produced += room - roomLeft;
      if (this.#produced > this.#size) {
        this.close();
        throw damagedSheet(this.#name);
      }
      if (roomLeft > 0) {
        // zlib stopped with room to spare: the stream has ended.
        this.close();
        if (this.#produced !== this.#size) throw damagedSheet(this.#name);
        this.done = true;
        return;
      }
      if (this.filled > kept) return;
    }
  }

  close(): void {
    this.#engine?.close();
    this.#engine = this.#handle = null;
    this.#input = null;
  }
}

const ROW_END = Buffer.from('</row');

/** Where the part's sheet data begins (after <sheetData>), read as far as that. */
interface Positioned {
  src: SheetSource;
  /** After <sheetData …>; -1 when the sheet has no sheet data (or <sheetData/>): `tail` then starts at `at`. */
  rows: number;
  at: number;
}

class Sheet implements XlsxSheet {
  readonly name: string;
  readonly state: XlsxSheet['state'];
  #entry: ZipEntry;
  #shared: Shared;
  #positioned: Positioned | null = null;
  #merges: XlsxSheet['merges'] | null = null;
  #hiddenColumns: Set<number> | null = null;

  constructor(name: string, state: XlsxSheet['state'], entry: ZipEntry, shared: Shared) {
    this.name = name;
    this.state = state;
    this.#entry = entry;
    this.#shared = shared;
  }

  /** Columns are read from the sheet's first bytes; the sheet stays open for its rows. */
  get hiddenColumns() {
    if (!this.#hiddenColumns) this.#positioned ??= this.#open();
    return this.#hiddenColumns!;
  }

  /** Merged ranges follow the cells: asked before the rows, they cost a pass over the sheet (its rows skipped). */
  get merges() {
    if (!this.#merges) this.#walk(null);
    return this.#merges!;
  }

  forEachRow(onRow: (row: number, hidden: boolean, cells: XlsxRowCells) => void): void {
    this.#walk(onRow);
  }

  /** Inflates up to the start of the sheet data and reads the columns before it. */
  #open(): Positioned {
    const src = new SheetSource(this.#shared, this.#entry, this.name);
    try {
      let open = -1;
      for (let from = 0; ; ) {
        open = src.buf.indexOf('<sheetData', from);
        if (open >= 0 && open + 11 > src.filled) open = -1;
        if (open >= 0 && !isNameEnd(src.buf[open + 10]!)) {
          from = open + 1;
          continue;
        }
        const gt = open < 0 ? -1 : src.buf.indexOf(62, open);
        if (gt >= 0 && gt < src.filled) break;
        if (src.done) {
          open = -1;
          break;
        }
        from = 0;
        src.refill(0);
      }
      const head = toXml(src.buf.subarray(0, open >= 0 ? open : src.filled));
      const hidden = new Set<number>();
      for (let p = findTag(head.s, 'col', 0); p >= 0; p = findTag(head.s, 'col', p + 1)) {
        const { attrs } = attributes(head, p);
        if (!isTrue(attr(head, attrs, 'hidden'))) continue;
        const min = Number(attr(head, attrs, 'min'));
        const max = Math.min(Number(attr(head, attrs, 'max') ?? min), MAX_COLUMNS);
        for (let c = min; c <= max; c++) hidden.add(c - 1);
      }
      this.#hiddenColumns ??= hidden;
      if (open < 0) return { src, rows: -1, at: 0 };
      const gt = src.buf.indexOf(62, open);
      return src.buf[gt - 1] === 47 ? { src, rows: -1, at: gt + 1 } : { src, rows: gt + 1, at: gt + 1 };
    } catch (e) {
      src.close();
      throw e;
    }
  }

  /** Every row (to `onRow`, or skipped when null), then the merged ranges after them. */
  #walk(onRow: ((row: number, hidden: boolean, cells: XlsxRowCells) => void) | null): void {
    const { src, rows, at } = this.#positioned ?? this.#open();
    this.#positioned = null;
    try {
      let p = at;
      if (rows >= 0) {
        const reader = onRow && new RowReader(this.#shared, this.name, onRow);
        for (;;) {
          const b = src.buf;
          while (p < src.filled && b[p] !== 60) p++;
          // A tag, and from a row's start its whole element, must be in the window: else more is inflated.
          if (p + 12 > src.filled) {
            if (src.done) throw damagedSheet(this.name);
            src.refill(p);
            p = 0;
            continue;
          }
          if (b[p + 1] === 47) break; // </sheetData>
          let end = -1;
          if (b[p + 1] === 114 && b[p + 2] === 111 && b[p + 3] === 119 && isNameEnd(b[p + 4]!)) {
            let gt = p + 4;
            while (gt < src.filled && b[gt] !== 62) gt++;
            if (gt < src.filled) {
              if (b[gt - 1] === 47) end = gt + 1;
              else {
                const close = b.indexOf(ROW_END, gt);
                const closeGt = close < 0 || close + 5 > src.filled ? -1 : b.indexOf(62, close + 5);
                if (closeGt >= 0 && closeGt < src.filled) end = closeGt + 1;
              }
            }
            if (end >= 0) reader?.row(b, p, end);
          } else {
            // A comment, or an element this reader does not read.
            end = skipElement(b, p, src.filled);
          }
          if (end < 0) {
            if (src.done) throw damagedSheet(this.name);
            src.refill(p);
            p = 0;
            continue;
          }
          p = end;
        }
      }
      // What follows the cells, to the end of the part: the merged ranges are there.
      while (!src.done) {
        src.refill(p);
        p = 0;
      }
      const tail = toXml(src.buf.subarray(p, src.filled));
      const merges: XlsxSheet['merges'] = [];
      for (let t = findTag(tail.s, 'mergeCell', 0); t >= 0; t = findTag(tail.s, 'mergeCell', t + 1)) {
        const ref = attr(tail, attributes(tail, t).attrs, 'ref');
        const m = ref && /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(ref);
        if (!m) continue;
        const left = columnOf(m[1]!);
        const top = Number(m[2]);
        merges.push({ top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnOf(m[3]) : left });
      }
      this.#merges ??= merges;
    } finally {
      src.close();
    }
  }
}

function columnOf(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + ((letters.charCodeAt(i) & ~32) - 64);
  return col - 1;
}

/**
 * The hot loop: one row's cells, by comparing bytes (no string of the sheet is made). Cells are
 * <c r="B7" s="3" t="s"><f>…</f><v>…</v></c> or <c t="inlineStr"><is>…</is></c>.
 */
class RowReader {
  // Buffers as wide as the widest row so far, grown on demand (16,384 columns up front cost
  // more than reading a small sheet).
  #capacity = 64;
  #cells: XlsxRowCells;
  #rowNumber = 0;
  #dirty = 0;
  #shared: Shared;
  #name: string;
  #onRow: (row: number, hidden: boolean, cells: XlsxRowCells) => void;

  constructor(shared: Shared, name: string, onRow: (row: number, hidden: boolean, cells: XlsxRowCells) => void) {
    this.#shared = shared;
    this.#name = name;
    this.#onRow = onRow;
    const text: string[] = [];
    for (let i = 0; i < this.#capacity; i++) text.push('');
    this.#cells = { width: 0, kind: new Uint8Array(this.#capacity), number: new Float64Array(this.#capacity), text, formula: new Uint8Array(this.#capacity) };
  }

  #grow(col: number): void {
    const cells = this.#cells;
    while (this.#capacity <= col) this.#capacity *= 2;
    const kind = new Uint8Array(this.#capacity);
    kind.set(cells.kind);
    const number = new Float64Array(this.#capacity);
    number.set(cells.number);
    const formula = new Uint8Array(this.#capacity);
    formula.set(cells.formula);
    for (let i = cells.text.length; i < this.#capacity; i++) cells.text.push('');
    cells.kind = kind;
    cells.number = number;
    cells.formula = formula;
  }

  /** The row element in buffer[from, to), from its "<row" to the end of its "</row>" (or "/>"). */
  row(buffer: Buffer, from: number, to: number): void {
    const b: Uint8Array = buffer;
    const { strings, dateStyles, date1904 } = this.#shared;
    const styles = dateStyles.length;
    const name = this.#name;
    const cells = this.#cells;
    const text = cells.text;
    let kind = cells.kind;
    let number = cells.number;
    let formula = cells.formula;
    // <row …>: attributes r and hidden.
    let explicitRow = 0;
    let hidden = false;
    let empty = false;
    let p = from + 4;
    for (;;) {
      const next = nextAttribute(b, p, to, name);
      if (next < 0) {
        p = ~next;
        empty = attribute.selfClosed;
        break;
      }
      const { nameStart, nameEnd, value: v, close } = attribute;
      const length = nameEnd - nameStart;
      if (length === 1 && b[nameStart] === 114) {
        let n = 0;
        for (let i = v; i < close; i++) n = n * 10 + (b[i]! - 48);
        explicitRow = n;
      } else if (length === 6 && b[nameStart] === 104 && b[nameStart + 1] === 105 && b[nameStart + 5] === 110) {
        hidden = b[v] === 49 || b[v] === 116;
      }
      p = next;
    }
    const rowNumber = (this.#rowNumber = explicitRow > 0 ? explicitRow : this.#rowNumber + 1);
    if (this.#dirty > 0) {
      kind.fill(0, 0, this.#dirty);
      formula.fill(0, 0, this.#dirty);
    }
    let width = 0;
    let col = -1;
    while (!empty) {
      while (p < to && b[p] !== 60) p++;
      if (p >= to) throw damagedSheet(name);
      const c1 = b[p + 1];
      // </row>: cells and what they hold are consumed whole, so this end tag closes the row.
      if (c1 === 47) break;
      if (c1 !== 99 || !isNameEnd(b[p + 2]!)) {
        p = skipElement(b, p, to);
        if (p < 0) throw damagedSheet(name);
        continue;
      }
      // <c …>: attributes r, s, t.
      p += 2;
      let at = -1;
      let style = 0;
      let type = T_NUMBER;
      let cellEmpty = false;
      for (;;) {
        const next = nextAttribute(b, p, to, name);
        if (next < 0) {
          p = ~next;
          cellEmpty = attribute.selfClosed;
          break;
        }
        const { nameStart, nameEnd, value: v, close } = attribute;
        if (nameEnd - nameStart === 1) {
          const n = b[nameStart];
          if (n === 114) {
            let letters = 0;
            let k = v;
            for (let ch = b[k]! & ~32; ch >= 65 && ch <= 90; ch = b[++k]! & ~32) letters = letters * 26 + (ch - 64);
            if (k > v) at = letters - 1;
          } else if (n === 115) {
            let id = 0;
            for (let k = v; k < close; k++) id = id * 10 + (b[k]! - 48);
            style = id;
          } else if (n === 116) {
            const t0 = b[v];
            if (t0 === 115) type = close - v === 1 ? T_SHARED : T_STR;
            else if (t0 === 105) type = T_INLINE;
            else if (t0 === 98) type = T_BOOLEAN;
            else if (t0 === 101) type = T_ERROR;
            else if (t0 === 100) type = T_DATE;
          }
        }
        p = next;
      }
      col = at >= 0 ? at : col + 1;
      if (col >= this.#capacity) {
        if (col >= MAX_COLUMNS) throw damagedSheet(name);
        this.#grow(col);
        kind = cells.kind;
        number = cells.number;
        formula = cells.formula;
      }
      // Children: <f>, <v>, <is>; anything else (an extLst) is skipped.
      let vStart = -1;
      let vEnd = -1;
      let hasFormula = false;
      let inline: string | null = null;
      while (!cellEmpty) {
        while (p < to && b[p] !== 60) p++;
        if (p >= to) throw damagedSheet(name);
        const d1 = b[p + 1];
        const d2 = b[p + 2]!;
        if (d1 === 47) {
          // </c>
          while (p < to && b[p] !== 62) p++;
          p++;
          break;
        }
        if (d1 === 118 && isNameEnd(d2)) {
          p += 2;
          while (p < to && b[p] !== 62) p++;
          if (b[p - 1] === 47) {
            vStart = vEnd = ++p;
            continue;
          }
          vStart = ++p;
          while (p < to && b[p] !== 60) p++;
          vEnd = p;
          while (p < to && b[p] !== 62) p++;
          p++;
        } else if (d1 === 102 && isNameEnd(d2)) {
          hasFormula = true;
          p += 2;
          while (p < to && b[p] !== 62) p++;
          if (b[p - 1] !== 47) {
            // A formula's text holds no '<' (it is escaped): its end tag is the next tag.
            while (p < to && b[p] !== 60) p++;
            while (p < to && b[p] !== 62) p++;
          }
          p++;
        } else if (d1 === 105 && d2 === 115 && isNameEnd(b[p + 3]!)) {
          p += 3;
          while (p < to && b[p] !== 62) p++;
          if (b[p - 1] === 47) {
            inline = '';
            p++;
            continue;
          }
          const start = ++p;
          while (p < to && !(b[p] === 60 && b[p + 1] === 47 && b[p + 2] === 105 && b[p + 3] === 115)) p++;
          inline = stringItem(buffer, start, p);
          while (p < to && b[p] !== 62) p++;
          p++;
        } else {
          p = skipElement(b, p, to);
          if (p < 0) throw damagedSheet(name);
        }
        if (p > to) throw damagedSheet(name);
      }
      // The value, by the cell's type.
      let k: number = CELL.empty;
      if (type === T_INLINE) {
        if (inline !== null) {
          k = CELL.text;
          text[col] = inline;
        } else if (vStart < vEnd) {
          k = CELL.text;
          text[col] = textAt(buffer, vStart, vEnd);
        }
      } else if (vStart < vEnd) {
        switch (type) {
          case T_NUMBER: {
            const n = numberAt(buffer, vStart, vEnd);
            if (n === n) {
              number[col] = n;
              k = style < styles && dateStyles[style] === 1 ? CELL.date : CELL.number;
            } else {
              k = CELL.text;
              text[col] = textAt(buffer, vStart, vEnd);
            }
            break;
          }
          case T_SHARED: {
            let index = 0;
            for (let i = vStart; i < vEnd; i++) index = index * 10 + (b[i]! - 48);
            k = CELL.text;
            text[col] = strings[index] ?? '';
            break;
          }
          case T_STR:
            k = CELL.text;
            text[col] = textAt(buffer, vStart, vEnd);
            break;
          case T_BOOLEAN: {
            const b0 = b[vStart];
            k = CELL.boolean;
            number[col] = b0 === 48 || b0 === 102 ? 0 : 1;
            break;
          }
          case T_ERROR:
            k = CELL.error;
            text[col] = textAt(buffer, vStart, vEnd);
            break;
          case T_DATE: {
            const raw = textAt(buffer, vStart, vEnd);
            const serial = isoToSerial(raw, date1904);
            if (serial === serial) {
              k = CELL.date;
              number[col] = serial;
            } else {
              k = CELL.text;
              text[col] = raw;
            }
            break;
          }
        }
      } else if (hasFormula) {
        // A formula whose cached text is empty still has a value (""); otherwise Excel never computed it.
        if (type === T_STR && vStart >= 0) {
          k = CELL.text;
          text[col] = '';
        } else k = CELL.formulaWithoutValue;
      }
      kind[col] = k;
      formula[col] = hasFormula ? 1 : 0;
      if (col >= width) width = col + 1;
    }
    cells.width = width;
    this.#dirty = width;
    this.#onRow(rowNumber, hidden, cells);
  }
}

/**
 * Past a comment, a processing instruction or an element this reader does not read (an <extLst>
 * in a row or cell, nested ones included), within b[lt, to); -1 when it does not end there.
 */
function skipElement(b: Uint8Array, lt: number, to: number): number {
  const c1 = b[lt + 1];
  let p = lt + 1;
  if (c1 === 33 && b[lt + 2] === 45 && b[lt + 3] === 45) {
    for (p = lt + 4; p < to && !(b[p] === 45 && b[p + 1] === 45 && b[p + 2] === 62); p++);
    return p + 2 < to ? p + 3 : -1;
  }
  while (p < to && b[p] !== 62) p++;
  if (p >= to) return -1;
  if (c1 === 63 || c1 === 33 || b[p - 1] === 47) return p + 1;
  // Count nesting by start and end tags until the element's own end tag.
  let depth = 1;
  for (p++; depth > 0; p++) {
    while (p < to && b[p] !== 60) p++;
    if (p >= to) return -1;
    const c = b[p + 1];
    let gt = p + 1;
    while (gt < to && b[gt] !== 62) gt++;
    if (gt >= to) return -1;
    if (c === 47) depth--;
    else if (c !== 33 && c !== 63 && b[gt - 1] !== 47) depth++;
    p = gt;
  }
  return p;
}

// ---------------------------------------------------------------------------------------------

/**
 * Opens a workbook: reads the zip directory, the workbook, shared strings and styles; sheets are
 * read when asked. Refuses (in Vietnamese, with a way out) what is not a readable .xlsx.
 */
export function openWorkbook(bytes: Uint8Array, options: XlsxOptions = {}): XlsxOpen {
  const zip = readZip(bytes);
  if (!zip.ok) return zip;
  const { entries } = zip;
  const part = (name: string): Xml | Refusal | null => {
    const entry = lookup(entries, name);
    if (!entry) return null;
    const data = unzipEntry(bytes, entry);
    return typeof data === 'string' ? refuse(data, DAMAGED_HINT) : toXml(data);
  };
  const isRefusal = (v: unknown): v is Refusal => typeof v === 'object' && v !== null && 'ok' in v;

  try {
    // The main part is where the package's own relationships say (xl/workbook.xml as Excel writes it).
    const packageRels = part('_rels/.rels');
    if (isRefusal(packageRels)) return packageRels;
    const main = packageRels && [...readRels(packageRels, '').values()].find((r) => r.type.endsWith('/officeDocument'));
    const workbookPart = main?.target ?? 'xl/workbook.xml';
    if (/\.bin$/i.test(workbookPart)) return refuse('Tệp là sổ làm việc nhị phân của Excel (.xlsb), không phải .xlsx.');
    const workbook = part(workbookPart);
    if (isRefusal(workbook)) return workbook;
    if (!workbook) {
      const mimetype = lookup(entries, 'mimetype');
      const mime = mimetype && unzipEntry(bytes, mimetype);
      if (mime && typeof mime !== 'string' && mime.toString('latin1').includes('opendocument.spreadsheet')) {
        return refuse('Tệp là bảng tính OpenDocument (.ods), không phải sổ làm việc Excel (.xlsx).', 'Mở tệp bằng LibreOffice Calc hoặc Excel, chọn Tệp › Lưu thành, kiểu "Excel 2007-365 (.xlsx)" hoặc "Sổ làm việc Excel (*.xlsx)".');
      }
      return refuse('Tệp nén này không chứa sổ làm việc Excel (có thể là tệp Word, PowerPoint hoặc tệp .zip bị đổi đuôi).');
    }
    if (findTag(workbook.s, 'workbook', 0) < 0) return refuse('Tệp nén này không chứa sổ làm việc Excel (có thể là tệp Word, PowerPoint hoặc tệp .zip bị đổi đuôi).');
    const wbRelsXml = part(relsOf(workbookPart));
    if (isRefusal(wbRelsXml)) return wbRelsXml;
    const wbRels = wbRelsXml ? readRels(wbRelsXml, workbookPart) : new Map<string, Relationship>();
    const relOfType = (type: string) => [...wbRels.values()].find((r) => r.type.endsWith(type))?.target;

    const s = workbook.s;
    const workbookPr = findTag(s, 'workbookPr', 0);
    const date1904 = workbookPr >= 0 && isTrue(attr(workbook, attributes(workbook, workbookPr).attrs, 'date1904'));

    const stringsXml = part(relOfType('/sharedStrings') ?? 'xl/sharedStrings.xml');
    if (isRefusal(stringsXml)) return stringsXml;
    const stylesXml = part(relOfType('/styles') ?? 'xl/styles.xml');
    if (isRefusal(stylesXml)) return stylesXml;
    const shared: Shared = {
      bytes,
      strings: stringsXml ? readSharedStrings(stringsXml) : [],
      dateStyles: stylesXml ? readDateStyles(stylesXml) : new Uint8Array(0),
      date1904,
      window: options.window ?? DEFAULT_WINDOW,
    };

    const sheets: XlsxSheet[] = [];
    const sheetsTag = findTag(s, 'sheets', 0);
    for (let p = sheetsTag < 0 ? -1 : findTag(s, 'sheet', sheetsTag); p >= 0; p = findTag(s, 'sheet', p + 1)) {
      const { attrs } = attributes(workbook, p);
      const name = attr(workbook, attrs, 'name') ?? '';
      const rel = wbRels.get(prefixedAttr(workbook, attrs, 'id') ?? '');
      const fallback = `xl/worksheets/sheet${attr(workbook, attrs, 'sheetId')}.xml`;
      if (rel && !rel.type.endsWith('/worksheet')) continue;
      const entry = lookup(entries, rel?.target ?? fallback);
      if (!entry) return refuse(`Tệp .xlsx bị hỏng: thiếu nội dung của trang tính "${name}".`, DAMAGED_HINT);
      const state = attr(workbook, attrs, 'state');
      sheets.push(new Sheet(name, state === 'hidden' || state === 'veryHidden' ? state : 'visible', entry, shared));
    }
    return { ok: true, workbook: { date1904, sheets } };
  } catch (e) {
    if (e instanceof XlsxError) return refuse(e.message, e.hint);
    throw e;
  }
}
