import { isCollection, LineCounter, parse, parseDocument, YAMLParseError } from 'yaml';

export type FrontMatter = { ok: true; data: Record<string, unknown>; body: string } | { ok: false; line: number; message: string };

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** An MDX file split at its front matter: the YAML between the fences (null when there is none), the body after it, and the body's first line in the file. */
export interface FrontMatterSplit {
  yaml: string | null;
  body: string;
  bodyRow: number;
}

/** Where an MDX file's front matter ends: the one place its fences are recognised. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const m = FENCE.exec(text);
  if (!m) return { yaml: null, body: text, bodyRow: 1 };
  return { yaml: m[1]!, body: text.slice(m[0].length), bodyRow: m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0) + 1 };
}

/**
 * The front matter of an MDX file, read the one way the project reads it: YAML's "failsafe" schema,
 * so every value is the text the editor typed. With the default schema `ma_don_vi: 00004` becomes the
 * number 4 and `ngay: 2026-01-05` a Date; here they stay "00004" and "2026-01-05", and the field's
 * schema decides what the text means. Lines are numbered as in the file (the first `---` is line 1).
 */
export function readFrontMatter(text: string): FrontMatter {
  const { yaml, body } = splitFrontMatter(text);
  if (yaml === null) return { ok: true, data: {}, body };
  try {
    const data: unknown = parse(yaml, { schema: 'failsafe' });
    if (data === null || data === undefined || data === '') return { ok: true, data: {}, body };
    if (typeof data !== 'object' || Array.isArray(data)) return { ok: false, line: 2, message: 'Phần đầu phải là các dòng dạng "khoa: giá trị".' };
    return { ok: true, data: data as Record<string, unknown>, body };
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const line = 1 + (e.linePos?.[0].line ?? 1);
      const message = e.code === 'DUPLICATE_KEY' ? `Khóa ở dòng ${line} bị ghi hai lần.` : `Dòng ${line} của phần đầu (front matter) viết sai cú pháp.`;
      return { ok: false, line, message };
    }
    throw e;
  }
}

/**
 * The file line of a front-matter key, for a problem the schema found: `anh.2.mo_ta` is the line of
 * that key, or of the third photo when the key is missing. Line 1 is the opening `---`.
 * Undefined when the front matter cannot be read (its own problem says so).
 */
export function frontMatterLines(text: string): (keyPath: readonly PropertyKey[]) => number | undefined {
  const { yaml } = splitFrontMatter(text);
  if (yaml === null) return () => undefined;
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, schema: 'failsafe' });
  if (doc.errors.length > 0) return () => undefined;
  return (keyPath) => {
    let node: unknown = doc.contents;
    let offset: number | undefined;
    for (const key of keyPath) {
      if (!isCollection(node)) break;
      const items = node.items as { key?: { value?: unknown; range?: number[] } | null; value?: unknown; range?: number[] }[];
      const item = items.find((it, i) => ('key' in it ? it.key?.value === key : i === key));
      if (!item) break;
      const range = 'key' in item ? item.key?.range : item.range;
      if (range) offset = range[0];
      node = 'key' in item ? item.value : item;
    }
    return offset === undefined ? undefined : lines.linePos(offset).line + 1;
  };
}

/**
 * The file with its front matter blanked, line for line (positions in the body keep their line).
 * Astro compiles the MDX body from this, so its own front-matter parser (js-yaml, whose default
 * schema makes `2026-01-05` a Date and `00004` the number 4) finds none: the validator's reading
 * above is the only one, and the collections carry what it read.
 */
export function blankFrontMatter(text: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const m = FENCE.exec(text.slice(bom.length));
  if (!m) return text;
  return bom + m[0].replace(/[^\r\n]/g, '') + text.slice(bom.length + m[0].length);
}
