import Papa from 'papaparse';
import { NON_BREAKING } from './text.ts';

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
  const garbled = /Ã[\u0080-\u00bf]|á»|áº|Æ°|Ä‘/.exec(text);
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

/**
 * Text → header and records. Every cell is kept as NFC text; rows that are empty (or only
 * delimiters, as Excel leaves them) are dropped but keep their place in the row numbering.
 */
export function parseCsv(text: string): { table: CsvTable; errors: { row: number; message: string }[] } {
  // Files edited in two tools mix CRLF and LF; papaparse guesses one line break for the whole file.
  const unified = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  // What `cleanText` does to each cell, done once to the whole text (NFC never composes across a
  // delimiter, quote or line break), so each cell only needs trimming: 11 million cells nationally.
  const clean = unified.normalize('NFC').replace(NON_BREAKING, ' ');
  const delimiter = sniffDelimiter(clean);
  const parsed = Papa.parse<string[]>(clean, { delimiter, newline: '\n', header: false, skipEmptyLines: false });
  const errors = parsed.errors.map((e) => ({ row: (e.row ?? 0) + 1, message: e.message }));
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim());
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  // One look at the whole text tells whether any cell can need trimming (quoted or padded cells).
  const padded = clean.includes('"') || paddingPattern(delimiter).test(clean);
  const records: CsvRecord[] = [];
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i]!;
    let empty = true;
    // Cleaned in place: one array per row is enough at national scale.
    for (let j = 0; j < cells.length; j++) {
      const v = padded ? cells[j]!.trim() : cells[j]!;
      cells[j] = v;
      if (v !== '') empty = false;
    }
    if (!empty) records.push({ row: i + 1, cells });
  }
  return { table: { header, records, delimiter }, errors };
}

/** Whitespace (other than the line break) at the start or end of some cell of an unquoted text. */
function paddingPattern(delimiter: string): RegExp {
  const d = delimiter === '\t' ? '\\t' : delimiter;
  return new RegExp(`(?:^|[\\n${d}])[^\\S\\n]|[^\\S\\n](?:[\\n${d}]|$)`);
}
