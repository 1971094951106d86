import { oncePer, oncePerText } from '../domain/memo.ts';
import { slugify, toKey } from '../text/strings.ts';

/** A cell read as text and turned into a value, or the reason it could not be. */
export type Coerced<T> = { ok: true; value: T } | { ok: false; message: string; hint?: string | undefined };

const ok = <T>(value: T): Coerced<T> => ({ ok: true, value });

/** The reading of an empty optional cell, shared: most cells of a national file are empty. */
export const EMPTY: Coerced<null> = Object.freeze({ ok: true, value: null });
const fail = (message: string, hint?: string): Coerced<never> => ({ ok: false, message, hint });

/** Longest text a cell may hold: a name or a note, never a pasted document. */
export const MAX_CELL_LENGTH = 4000;

/**
 * Text as published: refuses what would become a formula in someone's Excel or markup on a page,
 * so hostile or pasted content is caught at the file, with the cell named.
 */
export function safeText(raw: string): Coerced<string> {
  // Most cells start with a letter and hold no "<": two character checks instead of two patterns.
  const first = raw.charCodeAt(0);
  if (first !== 61 && first !== 43 && first !== 64 && first !== 45 && raw.indexOf('<') < 0 && raw.length <= MAX_CELL_LENGTH) return ok(raw);
  if (/^[=+@]|^-[^\d\s]/.test(raw)) {
    return fail(`Ô bắt đầu bằng "${raw[0]}" nên Excel sẽ hiểu là công thức ("${raw.slice(0, 30)}").`, 'Ghi nội dung dạng chữ; nếu cần dấu này ở đầu, thêm một chữ trước nó.');
  }
  if (/<\/?[a-z!][^>]*>/i.test(raw)) {
    return fail('Ô chứa thẻ HTML (dạng <...>), không được phép trong dữ liệu.', 'Xóa các thẻ <...>; chỉ ghi chữ.');
  }
  if (raw.length > MAX_CELL_LENGTH) {
    return fail(`Ô dài ${raw.length} ký tự, quá giới hạn ${MAX_CELL_LENGTH}.`, 'Rút gọn nội dung; bài dài đặt trong content/ dưới dạng MDX.');
  }
  return ok(raw);
}

export function requiredText(raw: string): Coerced<string> {
  return raw === '' ? fail('Ô này bắt buộc nhưng đang để trống.', 'Điền giá trị vào ô.') : safeText(raw);
}

export function optionalText(raw: string): Coerced<string | null> {
  return raw === '' ? EMPTY : safeText(raw);
}

/** Stable ids go into URLs: lower-case ASCII letters, digits and single hyphens. */
export function id(raw: string): Coerced<string> {
  if (raw === '') return fail('Thiếu mã.', 'Điền mã gồm chữ thường không dấu, số và dấu gạch nối, ví dụ "phuong-an-binh".');
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw)) return ok(raw);
  return fail(`Mã "${raw}" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch nối.`, `Đổi thành "${slugify(raw)}".`);
}

export function integer(raw: string, min: number, max: number): Coerced<number> {
  if (!/^-?\d+$/.test(raw)) return fail(`"${raw}" không phải số nguyên.`, `Ghi một số nguyên từ ${min} đến ${max}.`);
  const n = Number(raw);
  if (n < min || n > max) return fail(`${raw} nằm ngoài khoảng cho phép ${min}–${max}.`, `Ghi một số từ ${min} đến ${max}.`);
  return ok(n);
}

/** A decimal as accepted in cells: comma or point, no thousands separators. */
export const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;

/** Exact powers of ten for reading decimals (a plain decimal has at most 15 digits). */
export const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The value of a plain non-negative decimal ("12", "4,5", "0.25"), or NaN for anything else
 * (signs, spaces, separators), which then goes the slow way through `decimal` for its message.
 * Eight million score cells nationally: this skips a regular expression, a replace and a
 * conversion per cell. Exact: digits and scale are small integers, so one correctly rounded
 * division gives the same double as `Number`. `CsvReader` (csv.ts) reads score cells the same way
 * without making a string of them; csv.test.ts holds the two equal.
 */
export function plainDecimal(raw: string): number {
  const n = raw.length;
  if (n === 0 || n > 15) return n === 0 ? NaN : DECIMAL.test(raw) && raw[0] !== '-' ? Number(raw.replace(',', '.')) : NaN;
  let digits = 0;
  let point = -1;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) digits = digits * 10 + (c - 48);
    else if ((c === 46 || c === 44) && point < 0 && i > 0 && i < n - 1) point = i;
    else return NaN;
  }
  return point < 0 ? digits : digits / POWERS_OF_TEN[n - 1 - point]!;
}

/** Decimal comma or point ("4,5" or "4.5"); thousands separators are refused rather than guessed. */
export function decimal(raw: string): Coerced<number> {
  const plain = plainDecimal(raw);
  if (plain === plain) return ok(plain);
  if (!DECIMAL.test(raw)) {
    return fail(`"${raw}" không phải là số.`, 'Ghi số với dấu phẩy hoặc dấu chấm thập phân, ví dụ 4,5; không dùng dấu phân cách hàng nghìn.');
  }
  return ok(Number(raw.replace(',', '.')));
}

/**
 * Dates as dd/mm/yyyy (the official form) or ISO yyyy-mm-dd; returns ISO. Never guesses.
 * Decision dates repeat across thousands of rows: each distinct text is read once (up to a bound).
 */
export const date: (raw: string) => Coerced<string> = oncePerText(readDate, 10_000);

function readDate(raw: string): Coerced<string> {
  let d: number, m: number, y: number;
  let match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if (/^\d{5}(?:[.,]\d+)?$/.test(raw)) {
    return fail(`"${raw}" là số ngày của Excel, không phải ngày.`, 'Định dạng cột là Văn bản (Text) rồi gõ lại ngày theo dạng dd/mm/yyyy, ví dụ 05/02/2026.');
  } else if (/^\d{1,2}\/\d{1,2}\/\d{2}$/.test(raw)) {
    return fail(`"${raw}" ghi năm bằng 2 chữ số.`, 'Ghi năm đủ 4 chữ số: dd/mm/yyyy, ví dụ 05/02/2026.');
  } else {
    return fail(`"${raw}" không phải ngày theo dạng dd/mm/yyyy.`, 'Ghi ngày theo dạng dd/mm/yyyy, ví dụ 05/02/2026.');
  }
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) {
    return fail(`Ngày "${raw}" không có trên lịch.`, 'Kiểm tra lại ngày và tháng (dd/mm/yyyy: ngày trước, tháng sau).');
  }
  return ok(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** "có"/"không" and their usual spellings; one of a handful of spellings on every row, each folded once. */
export const boolean: (raw: string) => Coerced<boolean> = oncePerText(lookupBoolean);

function lookupBoolean(raw: string): Coerced<boolean> {
  const k = toKey(raw);
  if (['co', 'x', '1', 'yes', 'true'].includes(k)) return ok(true);
  if (['khong', '0', 'no', 'false', ''].includes(k)) return ok(false);
  return fail(`"${raw}" không phải có/không.`, 'Ghi "có" hoặc "không" (hoặc x / để trống).');
}

/** A coded value; accepts the code or its label typed with or without diacritics. */
export function vocabulary<K extends string>(raw: string, labels: Readonly<Record<K, string>>): Coerced<K> {
  return vocabularyReader(labels)(raw);
}

/**
 * `vocabulary` for one set of labels, to keep in a column's reader: no lookup of the labels per
 * cell, and the same few values that repeat on every row folded once each.
 */
export const vocabularyReader = oncePer((labels: Readonly<Record<string, string>>) => oncePerText((raw) => lookupVocabulary(raw, labels))) as <K extends string>(
  labels: Readonly<Record<K, string>>,
) => (raw: string) => Coerced<K>;

function lookupVocabulary<K extends string>(raw: string, labels: Readonly<Record<K, string>>): Coerced<K> {
  const k = toKey(raw);
  for (const [code, label] of Object.entries(labels) as [K, string][]) {
    if (k === code || k === toKey(label)) return ok(code);
  }
  const accepted = Object.entries(labels as Record<string, string>)
    .map(([code, label]) => `${code} (${label})`)
    .join(', ');
  return fail(`"${raw}" không phải giá trị hợp lệ.`, `Dùng một trong: ${accepted}.`);
}

/** Official codes keep their leading zeros; a short all-digit code is what Excel does to them. */
export function officialCode(raw: string, digits: number): Coerced<string> {
  if (!/^\d+$/.test(raw)) return fail(`Mã "${raw}" chỉ được gồm chữ số.`, `Ghi đủ ${digits} chữ số, ví dụ ${'0'.repeat(digits - 1)}4.`);
  if (raw.length < digits) {
    return fail(
      `Mã "${raw}" thiếu số 0 ở đầu (Excel đã tự bỏ đi khi coi mã là số).`,
      `Định dạng cột là Văn bản (Text) rồi ghi "${raw.padStart(digits, '0')}".`,
    );
  }
  if (raw.length > digits) return fail(`Mã "${raw}" dài hơn ${digits} chữ số.`, `Ghi đúng ${digits} chữ số.`);
  return ok(raw);
}
