import { plainDecimal, POWERS_OF_TEN } from './coerce.ts';
import { oncePerText } from '../domain/memo.ts';
import { cleanText } from '../text/strings.ts';

/** One data record with the row number Excel shows for it (header = row 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  delimiter: string;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string; hint: string; row?: number };

const LEGACY_HINT =
  'Mở tệp bằng Excel, chọn Tệp › Lưu thành (Save As) › kiểu "CSV UTF-8 (Phân cách bằng dấu phẩy)" rồi lưu lại. ' +
  'Nếu tệp gõ bằng phông TCVN3 (.VnTime) hoặc VNI, chuyển mã sang Unicode bằng Unikey (Công cụ chuyển mã) trước.';

/**
 * Bytes → text, accepting what Excel writes (UTF-8 with or without BOM, UTF-16 "Unicode text")
 * and refusing legacy Vietnamese encodings, which would silently garble every name.
 */
export function decodeCsv(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return {
      ok: false,
      row: lineOfFirstInvalidByte(body),
      message: 'Tệp không được lưu ở mã UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI): chữ tiếng Việt sẽ bị sai.',
      hint: LEGACY_HINT,
    };
  }
  // Plain searches first: the pattern itself is slow on a national file, and these never occur in clean text.
  const suspect = text.includes('Ã') || text.includes('á»') || text.includes('áº') || text.includes('Æ°') || text.includes('Ä‘');
  const garbled = suspect ? /Ã[\u0080-\u00bf]|á»|áº|Æ°|Ä‘/.exec(text) : null;
  if (garbled) {
    return {
      ok: false,
      row: text.slice(0, garbled.index).split('\n').length,
      message: `Tệp đã bị đổi mã hai lần, chữ tiếng Việt bị vỡ (thấy "${garbled[0]}").`,
      hint: 'Lấy lại bản gốc của tệp, mở bằng Excel và lưu kiểu "CSV UTF-8 (Phân cách bằng dấu phẩy)".',
    };
  }
  return { ok: true, text };
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return line;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    i += need + 1;
  }
  return line;
}

/** The delimiter of the header line: Excel in Vietnamese locale writes ";" because "," is the decimal mark. */
export function sniffDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return count > 0 ? best : ',';
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** One problem of the file's CSV form (an unclosed quote, text after a closing quote), by Excel row. */
export interface CsvError {
  row: number;
  /** Position of the cell in its row (0 = column A). */
  cell: number;
  message: string;
}

/**
 * Reads CSV text record by record, as Excel writes it: any of CRLF, LF or CR line breaks,
 * RFC 4180 quoting ("" inside a quoted cell), the delimiter of the header line. Every cell comes
 * out as `cleanText` makes it (NFC, plain spaces, trimmed); rows that are empty (or only
 * delimiters, as Excel leaves them) are skipped but keep their place in the row numbering.
 *
 * Why not papaparse: it makes a string of every cell, and a national year has eight million
 * score cells. Here the caller names the numeric columns and their plain numbers ("12", "4,5")
 * are read straight into a reused array; only cells that are not plain numbers become text.
 * Tests hold the records equal to papaparse's (then cleaned) for well-formed files.
 */
export class CsvReader {
  readonly delimiter: string;
  /** The header cells, trailing empty ones dropped. */
  readonly header: string[];
  /** Excel row of the header: 1, or below the description rows a template puts above it. */
  readonly headerRow: number;
  errors: CsvError[] = [];
  private readonly text: string;
  private d: number;
  private pos = 0;
  /** Excel row of the record being read. */
  private row = 1;
  private empty = true;
  private readonly cells: string[] = [];

  /**
   * `headerScore` finds the header among the first rows (how many of the file's column keys a row
   * names; the highest, at least 2, wins): a workbook saved as CSV (the template's export) has
   * description rows above it. Without it, or when no row qualifies, row 1 is the header.
   */
  constructor(text: string, headerScore?: (cells: readonly string[]) => number) {
    this.text = text;
    const sniffed = sniffDelimiter(text);
    let found: { delimiter: string; header: string[]; row: number; pos: number; errors: CsvError[]; score: number } | null = null;
    // The delimiter is sniffed on line 1; under description rows it is the one that makes a header appear.
    for (const delimiter of headerScore ? [...new Set([sniffed, ',', ';', '\t'])] : [sniffed]) {
      this.d = delimiter.charCodeAt(0);
      this.pos = 0;
      this.errors = [];
      for (let row = 1; row <= (headerScore ? MAX_DESCRIPTION_ROWS + 1 : 1) && this.pos < text.length; row++) {
        this.row = row;
        const cells = [...this.next(NO_NUMBERS, new Float64Array(0))];
        while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
        const score = headerScore ? headerScore(cells) : 2;
        if (score >= 2 && score > (found?.score ?? 0)) found = { delimiter, header: cells, row, pos: this.pos, errors: [...this.errors], score };
      }
      if (found) break;
    }
    if (!found) {
      // No header among the first rows: row 1 is taken as it is, and its problems are reported.
      this.d = sniffed.charCodeAt(0);
      this.pos = 0;
      this.errors = [];
      this.row = 1;
      const header = text.length > 0 ? [...this.next(NO_NUMBERS, new Float64Array(0))] : [];
      while (header.length > 0 && header[header.length - 1] === '') header.pop();
      found = { delimiter: sniffed, header, row: 1, pos: this.pos, errors: this.errors, score: 0 };
    }
    this.delimiter = found.delimiter;
    this.d = found.delimiter.charCodeAt(0);
    this.header = found.header;
    this.headerRow = found.row;
    this.row = found.row;
    this.pos = found.pos;
    this.errors = found.errors;
  }

  /** About the number of data records still to read, by line breaks (more when cells hold line breaks or rows are empty). */
  remainingRecords(): number {
    const text = this.text;
    const newline = text.includes('\n') ? '\n' : '\r';
    let count = 0;
    for (let i = text.indexOf(newline, this.pos); i >= 0; i = text.indexOf(newline, i + 1)) count++;
    // The last line counts too when no line break ends the file.
    return text.endsWith(newline) ? count : count + 1;
  }

  /**
   * Calls `onRecord` for each non-empty data record. `numericAt[i]` is the slot in `numbers` of
   * column i's value when the column is numeric (-1 otherwise): a plain non-negative decimal
   * goes there and its cell is left ''; any other text stays in the cell (its slot NaN).
   * `cells` and `numbers` are reused for every record: read them during the call, keep copies.
   */
  forEachRecord(numericAt: Int32Array, numbers: Float64Array, onRecord: (row: number, cells: string[], numbers: Float64Array) => void): void {
    while (this.pos < this.text.length) {
      this.row++;
      const cells = this.next(numericAt, numbers);
      if (!this.empty) onRecord(this.row, cells, numbers);
    }
  }

  /** Reads one record from `pos`. */
  private next(numericAt: Int32Array, numbers: Float64Array): string[] {
    const text = this.text;
    const n = text.length;
    const d = this.d;
    // One array for every record: 200,000 rows of fifty cells would otherwise be that many arrays to collect.
    const cells = this.cells;
    let count = 0;
    // A loop, not `fill`: the call costs more than forty stores.
    for (let k = 0; k < numbers.length; k++) numbers[k] = NaN;
    let empty = true;
    let i = this.pos;
    for (;;) {
      const slot = count < numericAt.length ? numericAt[count]! : -1;
      let cell: string;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        [cell, i] = this.quoted(i, count);
      } else if (slot >= 0) {
        // A score cell: digits with at most one decimal point or comma, read in place as `plainDecimal`
        // (coerce.ts) reads them, so no string is made of it; csv.test.ts holds the two equal.
        let digits = 0;
        let point = -1;
        let plain = true;
        let j = i;
        for (; j < n; j++) {
          const c = text.charCodeAt(j);
          if (endsCell(c, d)) break;
          if (c >= 48 && c <= 57) digits = digits * 10 + (c - 48);
          else if ((c === 46 || c === 44) && point < 0) point = j;
          else plain = false;
        }
        if (j === i) cell = '';
        else if (plain && j - i <= 15 && point !== i && point !== j - 1) {
          numbers[slot] = point < 0 ? digits : digits / POWERS_OF_TEN[j - 1 - point]!;
          empty = false;
          cell = '';
        } else cell = cleanText(text.slice(i, j));
        i = j;
      } else {
        let j = i;
        let wide = false;
        for (; j < n; j++) {
          const c = text.charCodeAt(j);
          if (endsCell(c, d)) break;
          if (c > 127) wide = true;
        }
        cell = j === i ? '' : text.slice(i, j);
        // Only a cell with non-ASCII text (NFC, non-breaking spaces) or space at an end can change when cleaned.
        if (wide) cell = cleanWide(cell);
        else if (cell !== '' && (text.charCodeAt(i) <= SPACE || text.charCodeAt(j - 1) <= SPACE)) cell = cell.trim();
        i = j;
      }
      if (cell !== '') {
        empty = false;
        if (slot >= 0) {
          // Quoted or padded: still a number when its text is a plain one.
          const v = plainDecimal(cell);
          if (v === v) {
            numbers[slot] = v;
            cell = '';
          }
        }
      }
      cells[count++] = cell;
      const c = i < n ? text.charCodeAt(i) : -1;
      if (c === d) {
        i++;
        continue;
      }
      if (c === CR) i += i + 1 < n && text.charCodeAt(i + 1) === LF ? 2 : 1;
      else if (c === LF) i++;
      break;
    }
    this.pos = i;
    this.empty = empty;
    cells.length = count;
    return cells;
  }

  /** A quoted cell starting at `i`: its cleaned text and where the text after it starts. */
  private quoted(i: number, position: number): [string, number] {
    const text = this.text;
    const n = text.length;
    let value = '';
    let from = i + 1;
    for (;;) {
      const q = text.indexOf('"', from);
      if (q < 0) {
        this.errors.push({ row: this.row, cell: position, message: 'Một ô mở ngoặc kép (") nhưng không đóng: phần còn lại của tệp bị đọc vào ô đó.' });
        value += text.slice(from);
        i = n;
        break;
      }
      if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
        value += text.slice(from, q + 1);
        from = q + 2;
        continue;
      }
      value += text.slice(from, q);
      i = q + 1;
      break;
    }
    // Spaces may follow the closing quote; anything else is kept, but the row is reported.
    let j = i;
    while (j < n && isPadding(text.charCodeAt(j), this.d)) j++;
    if (j < n && !endsCell(text.charCodeAt(j), this.d)) {
      this.errors.push({ row: this.row, cell: position, message: 'Có chữ ngay sau dấu ngoặc kép đóng một ô: các ô của dòng này có thể bị đọc sai.' });
      while (j < n && !endsCell(text.charCodeAt(j), this.d)) j++;
      value += text.slice(i, j);
    }
    if (value.includes('\r')) value = value.replace(/\r\n?/g, '\n');
    return [cleanText(value), j];
  }
}

const NO_NUMBERS = new Int32Array(0);
/** How many rows above the header a file may have (a template's title, labels and one row per criteria set). */
export const MAX_DESCRIPTION_ROWS = 12;

/** Whether a character ends a cell: the delimiter or a line break. */
function endsCell(c: number, delimiter: number): boolean {
  return c === delimiter || c === LF || c === CR;
}

/** Space Excel or a pasted value may leave between a closing quote and the delimiter (what cleaning turns into a space, and tabs). */
function isPadding(c: number, delimiter: number): boolean {
  return c === SPACE || (c === TAB && delimiter !== TAB) || c === 0xa0 || c === 0x2007 || c === 0x202f;
}

/**
 * `cleanText` of a cell with non-ASCII text, remembered for short ones: the same few words
 * ("không", "có") fill a column on every row, and normalising each costs more than a lookup.
 */
const cleanShort = oncePerText(cleanText);
function cleanWide(cell: string): string {
  return cell.length > 16 ? cleanText(cell) : cleanShort(cell);
}

/** Text → header and records (every cell as text): for small files and tests. */
export function parseCsv(text: string): { table: CsvTable; errors: CsvError[] } {
  const reader = new CsvReader(text);
  const records: CsvRecord[] = [];
  reader.forEachRecord(NO_NUMBERS, new Float64Array(0), (row, cells) => records.push({ row, cells: [...cells] }));
  return { table: { header: reader.header, records, delimiter: reader.delimiter }, errors: reader.errors };
}
