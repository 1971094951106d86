import path from 'node:path';

/**
 * The build output folder, from OUT_DIR (default dist/). The build empties it first, so it must be
 * a folder of its own: never the project, a parent of it, or a folder holding the data.
 */
export function outDir(root: string, env: Record<string, string | undefined> = process.env): string {
  const out = path.resolve(root, env.OUT_DIR || 'dist');
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep);
  const data = path.resolve(root, env.DATA_DIR || 'data');
  if (inside(root, out) || inside(data, out) || out === path.parse(out).root) {
    throw new Error(`OUT_DIR "${out}" chứa dự án hoặc dữ liệu; chọn một thư mục riêng cho bản dựng, ví dụ dist/.`);
  }
  return out;
}
