/**
 * Releases on the server: `releases/<id>/`, one whole copy of the site each (unchanged files are
 * hard links to the previous release), and `current`, a symbolic link to the one being served.
 *
 * An id starts with a sequence number one above the highest on the server, so the order of
 * releases never depends on the clocks of the machines that deployed them; the time (UTC) and
 * the commit follow for the people reading the folder.
 */
const ID = /^(\d{6})-(\d{8}T\d{6}Z)(-[0-9a-f]{7,40})?$/;
/** An upload in progress or cut short: never served, removed by the next deploy. */
export const INCOMING = '.tmp';

export function isReleaseId(name: string): boolean {
  return ID.test(name);
}

const seq = (id: string) => Number(ID.exec(id)![1]);

/** Release ids in the order they were deployed, oldest first; other names are left out. */
export function sortReleases(names: readonly string[]): string[] {
  return names.filter(isReleaseId).sort((a, b) => seq(a) - seq(b));
}

export function nextReleaseId(existing: readonly string[], now: Date, commit?: string): string {
  const last = sortReleases(existing).at(-1);
  const n = (last ? seq(last) : 0) + 1;
  if (n > 999_999) throw new Error('Đã hết số thứ tự bản xuất bản (999.999): xóa bớt thư mục releases/ cũ trên máy chủ.');
  const time = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const sha = commit && /^[0-9a-f]{7,40}$/.test(commit) ? `-${commit.slice(0, 12)}` : '';
  return `${String(n).padStart(6, '0')}-${time}${sha}`;
}

/** The release a `current` link names (its target is `releases/<id>`), if it names one. */
export function currentRelease(link: string | undefined): string | undefined {
  const id = link?.replace(/\/+$/, '').split('/').at(-1);
  return id && isReleaseId(id) ? id : undefined;
}

/**
 * What a deploy removes once `current` is switched: releases beyond the newest `keep` (the current
 * one is always kept, whatever its age, e.g. after a rollback) and uploads left by deploys that
 * were cut short. Names that are neither are not ours and are left alone.
 */
export function pruneList(names: readonly string[], current: string | undefined, keep: number): string[] {
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`Số bản giữ lại phải là số nguyên từ 1 trở lên (nhận được ${keep}).`);
  const releases = sortReleases(names);
  const kept = new Set(releases.slice(-keep));
  if (current) kept.add(current);
  const stale = names.filter((n) => n.endsWith(INCOMING) && isReleaseId(n.slice(0, -INCOMING.length)));
  return [...releases.filter((r) => !kept.has(r)), ...stale];
}

/** The releases a deploy keeps (for the CSP header: every one `current` may point to). */
export function keptReleases(names: readonly string[], current: string | undefined, keep: number): string[] {
  const gone = new Set(pruneList(names, current, keep));
  return sortReleases(names).filter((r) => !gone.has(r));
}

/** The release a rollback switches to: the newest one deployed before the current one. */
export function previousRelease(names: readonly string[], current: string | undefined): string | undefined {
  const releases = sortReleases(names);
  if (!current) return undefined;
  const at = releases.indexOf(current);
  return at > 0 ? releases[at - 1] : undefined;
}
