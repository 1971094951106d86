import path from 'node:path';

/**
 * The build output folder, from OUT_DIR (default dist/). The build empties it first, so it must be
 * a folder of its own: never the project, a parent of it, or a folder holding the data.
 */
export function outDir(root: string, env: Record<string, string | undefined> = process.env): string {
  const out = path.resolve(root, env.OUT_DIR || 'dist');
  refuseShared(out, root, env);
  return out;
}

/**
 * The folders the build keeps beside the output while it runs (the previous site being deleted,
 * embed pages waiting to move in), held to the same rule: they are emptied too.
 */
export function buildSideDirs(out: string, root: string, env: Record<string, string | undefined> = process.env): { oldSite: string; embeds: string } {
  const dirs = { oldSite: `${out}.antq-cu`, embeds: `${out}.antq-nhung` };
  for (const dir of Object.values(dirs)) refuseShared(dir, root, env);
  return dirs;
}

function refuseShared(dir: string, root: string, env: Record<string, string | undefined>): void {
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep);
  const data = path.resolve(root, env.DATA_DIR || 'data');
  if (inside(root, dir) || inside(data, dir) || dir === path.parse(dir).root) {
    throw new Error(`OUT_DIR "${dir}" chứa dự án hoặc dữ liệu; chọn một thư mục riêng cho bản dựng, ví dụ dist/.`);
  }
}
