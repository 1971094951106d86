import { z } from 'astro/zod';

// Editors read zod's messages when a settings file (cai-dat.json) or an article's front matter
// breaks its schema. zod's own Vietnamese locale answers every case; the common ones get plainer
// words here (a type named as an editor knows it, a missing key called missing).
const TYPES: Record<string, string> = { string: 'chữ', number: 'số', boolean: 'true hoặc false', array: 'danh sách [ … ]', object: 'nhóm khóa { … }', date: 'ngày' };
const typeOf = (input: unknown): string => (input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input);

/** Our message for an issue, or undefined to let zod's Vietnamese locale say it. */
export function vietnameseMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'Thiếu giá trị: khóa này bắt buộc.';
    const expected = TYPES[issue.expected] ?? issue.expected;
    const got = TYPES[typeOf(issue.input)] ?? typeOf(issue.input);
    return `Phải là ${expected}, đang là ${got}.`;
  }
  if (issue.code === 'unrecognized_keys') return `Khóa không có trong mẫu: ${issue.keys.map((k) => `"${k}"`).join(', ')} (gõ sai tên khóa, hoặc khóa thừa).`;
  if (issue.code === 'invalid_value' && issue.values.length > 0) return `Giá trị không hợp lệ; chọn một trong: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}.`;
  return undefined;
}

let configured = false;
/** Makes every zod message Vietnamese, once per process: zod's locale, with ours first. */
export function useVietnameseZod(): void {
  if (configured) return;
  configured = true;
  z.config(z.locales.vi());
  z.config({ customError: (issue) => vietnameseMessage(issue) });
}
