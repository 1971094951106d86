import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The list of every file of a built site with its size, written by the build as its very last step.
 * Its presence says the build finished; its lines say what a complete copy holds. The deploy checks
 * `dist/` against it before uploading, and the server's copy after uploading (with `find` and
 * `sort`, so the server needs no Node): a site cut short anywhere is never switched on.
 *
 * Format: one `path<TAB>size` line per file, paths with "/", lines in byte order (what
 * `LC_ALL=C sort` gives), the manifest itself not listed. A dot name keeps nginx from serving it.
 */
export const MANIFEST = '.antq-manifest';

export interface SiteFile {
  path: string;
  size: number;
}

/** Compares as `LC_ALL=C sort` does: by the UTF-8 bytes. */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

export function manifestText(files: readonly SiteFile[]): string {
  const lines = files.filter((f) => f.path !== MANIFEST).map((f) => {
    if (/[\t\n\r]/.test(f.path)) throw new Error(`Tên tệp có ký tự điều khiển, không ghi được vào danh mục: ${JSON.stringify(f.path)}`);
    return `${f.path}\t${f.size}`;
  });
  return lines.sort(byBytes).map((l) => `${l}\n`).join('');
}

export function parseManifest(text: string): SiteFile[] {
  return text.split('\n').filter(Boolean).map((line) => {
    const tab = line.lastIndexOf('\t');
    return { path: line.slice(0, tab), size: Number(line.slice(tab + 1)) };
  });
}

/** Every regular file under a folder, paths relative with "/". Symbolic links are not followed. */
export function listFiles(dir: string): SiteFile[] {
  const out: SiteFile[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.push({ path: path.relative(dir, full).split(path.sep).join('/'), size: statSync(full).size });
  }
  return out;
}

/** Written under another name and renamed, so a killed build never leaves a manifest half written. */
export function writeManifest(dir: string): number {
  const files = listFiles(dir);
  const tmp = path.join(dir, `${MANIFEST}.tmp`);
  writeFileSync(tmp, manifestText(files.filter((f) => f.path !== `${MANIFEST}.tmp`)));
  renameSync(tmp, path.join(dir, MANIFEST));
  return files.length;
}

/**
 * What is wrong between a manifest and a listing of the same folder, in Vietnamese (at most
 * `limit` lines, then a count): missing files, files of another size, files the build did not write.
 */
export function compareListing(manifest: readonly SiteFile[], listing: readonly SiteFile[], limit = 10): string[] {
  const expected = new Map(manifest.map((f) => [f.path, f.size]));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const f of listing) {
    if (f.path === MANIFEST) continue;
    seen.add(f.path);
    const size = expected.get(f.path);
    if (size === undefined) problems.push(`thừa tệp ${f.path} (bản dựng không ghi tệp này)`);
    else if (size !== f.size) problems.push(`tệp ${f.path} có ${f.size} byte, bản dựng ghi ${size} byte`);
  }
  for (const f of manifest) if (!seen.has(f.path)) problems.push(`thiếu tệp ${f.path}`);
  return problems.length > limit ? [...problems.slice(0, limit), `… và ${problems.length - limit} chỗ khác`] : problems;
}

/**
 * Why a built folder must not be published, or [] when it is a whole site: the build wrote its
 * manifest (it does so last), the home page is there, and every file is as the build left it.
 */
export function checkSite(dir: string): string[] {
  let text: string;
  try {
    if (!statSync(dir).isDirectory()) return [`${dir} không phải là thư mục.`];
    text = readFileSync(path.join(dir, MANIFEST), 'utf8');
  } catch {
    return [`${dir} không có danh mục ${MANIFEST}: bản dựng chưa xong, bị dừng giữa chừng hoặc không phải thư mục dựng của trang. Chạy "npm run build" rồi thử lại.`];
  }
  const manifest = parseManifest(text);
  if (!manifest.some((f) => f.path === 'index.html')) return [`${dir} không có trang chủ index.html: không xuất bản một trang trống.`];
  const problems = compareListing(manifest, listFiles(dir));
  return problems.length > 0 ? [`${dir} không khớp với danh mục của bản dựng (có thể đã bị chép dở hoặc sửa tay); chạy lại "npm run build":`, ...problems.map((p) => `  - ${p}`)] : [];
}
