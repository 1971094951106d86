import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CSP_FILE, nginxCspInclude, type SitePolicies } from './csp-header.ts';
import { describeTarget, rsyncLogin, sshLogin, type SshTarget } from './deploy-target.ts';
import { currentRelease, INCOMING, isReleaseId, keptReleases, nextReleaseId, previousRelease, pruneList, sortReleases } from './releases.ts';
import { checkSite, MANIFEST } from './site-manifest.ts';

/**
 * Publishing to a department's own server over SSH, in steps that change nothing served until the
 * last one (scripts/deploy.ts, scripts/rollback.ts):
 *
 * 1. the local dist/ is checked against the build's manifest (a partial or empty site is refused);
 * 2. the server is reached and its folder checked (a wrong host, key or path stops here);
 * 3. rsync uploads into `releases/<id>.tmp/`, hard-linking every file unchanged since the current
 *    release (--link-dest, compared by checksum), so only what changed crosses the network;
 * 4. the server lists the upload with find and compares it with the manifest, byte for byte;
 *    only then is the folder renamed to `releases/<id>/`;
 * 5. the CSP include (`csp.conf`, the union of the policies of the releases kept) is rewritten and
 *    nginx reloaded, only when it changed, that is when the site's CSS or scripts changed;
 * 6. `current` is switched with one rename(2) of a new symbolic link over it: a request sees the
 *    old release or the new one, never a mix and never nothing;
 * 7. releases beyond the last `keep`, and uploads left by interrupted deploys, are removed.
 *
 * The server needs only a POSIX shell, GNU coreutils and find, and rsync.
 */
export interface DeployOptions {
  target: SshTarget;
  /** Private key file (otherwise ssh's own defaults and agent). */
  identity?: string;
  /** known_hosts file holding the server's key (otherwise ~/.ssh/known_hosts); unknown hosts are refused. */
  knownHosts?: string;
  /** Run on the server when the CSP include changed, to make nginx read it. */
  reload: string;
  /** Releases kept on the server, the current one included. */
  keep: number;
  /** rsync's --bwlimit, in KiB/s (a provincial link shared with other services). */
  bwlimit?: number;
  log: (line: string) => void;
}

export class DeployError extends Error {}

/** Set while a deploy or rollback runs: every step shares one SSH connection (each new one costs a key exchange). */
let controlPath: string | undefined;

function sshArgs(o: Pick<DeployOptions, 'target' | 'identity' | 'knownHosts'>): string[] {
  return [
    ...(controlPath ? ['-o', 'ControlMaster=no', '-o', `ControlPath=${controlPath}`] : []),
    '-o', 'BatchMode=yes', // never a password or passphrase prompt: CI has no one to answer
    '-o', 'StrictHostKeyChecking=yes', // an unknown or changed server key stops everything
    '-o', 'ConnectTimeout=15',
    '-o', 'ServerAliveInterval=15',
    '-o', 'ServerAliveCountMax=4',
    '-o', 'LogLevel=ERROR',
    '-p', String(o.target.port),
    ...(o.identity ? ['-i', o.identity, '-o', 'IdentitiesOnly=yes'] : []),
    ...(o.knownHosts ? ['-o', `UserKnownHostsFile=${o.knownHosts}`, '-o', 'GlobalKnownHostsFile=/dev/null'] : []),
  ];
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], input?: string, onOut?: (chunk: string) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      onOut?.(d);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e) => reject(new DeployError(`Không chạy được ${cmd}: ${e.message}. Cài gói ${cmd === 'rsync' ? 'rsync' : 'openssh-client'}.`)));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** A failed ssh connection, said as what to check. */
function connectionError(o: DeployOptions, stderr: string): DeployError {
  const where = `${o.target.host}:${o.target.port}`;
  const detail = stderr.trim().split('\n').at(-1) ?? '';
  if (o.identity && /Identity file .* not accessible|Load key|invalid format/i.test(stderr)) {
    return new DeployError(`Không đọc được khóa SSH ${o.identity}: tệp không có hoặc không phải khóa riêng OpenSSH. (${detail})`);
  }
  if (/Permission denied|Too many authentication failures/i.test(stderr)) {
    return new DeployError(`Máy chủ ${where} từ chối đăng nhập của "${o.target.user}": khóa SSH không đúng, hoặc khóa công khai chưa có trong ~/.ssh/authorized_keys của người dùng đó. (${detail})`);
  }
  if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No .* host key is known/i.test(stderr)) {
    return new DeployError(`Khóa của máy chủ ${where} không có hoặc không khớp trong known_hosts: không xuất bản lên một máy chưa xác minh. Lấy khóa từ người quản trị máy chủ (ssh-keyscan rồi đối chiếu dấu vân tay) và ghi vào known_hosts. (${detail})`);
  }
  return new DeployError(`Không kết nối được tới máy chủ ${where}: kiểm tra tên máy, cổng và đường mạng. (${detail})`);
}

/** Runs a POSIX sh script on the server with arguments (each already limited to safe characters). */
async function remote(o: DeployOptions, script: string, args: string[] = []): Promise<Run> {
  for (const a of args) if (!/^[A-Za-z0-9._/-]*$/.test(a)) throw new Error(`unsafe remote argument ${a}`);
  const r = await run('ssh', [...sshArgs(o), sshLogin(o.target), '--', 'sh', '-s', '--', ...args], script);
  if (r.code === 255) throw connectionError(o, r.stderr);
  return r;
}

/** What the server holds: its release folders and what `current` points to. */
interface ServerState {
  names: string[];
  current: string | undefined;
  csp: string;
}

const STATE = `set -eu
root=$1
[ -d "$root" ] || exit 10
cd "$root"
[ -w . ] || exit 11
command -v rsync >/dev/null 2>&1 || exit 12
if [ -e current ] && [ ! -L current ]; then exit 13; fi
mkdir -p releases
[ -L current ] && printf 'current\\t%s\\n' "$(readlink current)"
for d in releases/*; do [ -d "$d" ] && [ ! -L "$d" ] && printf 'release\\t%s\\n' "\${d#releases/}"; done
if [ -f csp.conf ]; then sed 's/^/csp\\t/' csp.conf; fi
exit 0
`;

async function serverState(o: DeployOptions): Promise<ServerState> {
  const r = await remote(o, STATE, [o.target.path]);
  const where = describeTarget(o.target);
  const messages: Record<number, string> = {
    10: `Thư mục ${o.target.path} không có trên máy chủ ${o.target.host}. Người quản trị máy chủ tạo nó một lần, cho người dùng "${o.target.user}" quyền ghi (xem README, mục máy chủ riêng), rồi xuất bản lại.`,
    11: `Người dùng "${o.target.user}" không có quyền ghi vào ${o.target.path} trên máy chủ ${o.target.host}.`,
    12: `Máy chủ ${o.target.host} chưa cài rsync (apt-get install rsync).`,
    13: `${o.target.path}/current trên máy chủ không phải là liên kết tới một bản xuất bản: không ghi đè một thư mục do người khác đặt. Người quản trị chuyển nó đi rồi xuất bản lại.`,
  };
  if (r.code !== 0) throw new DeployError(messages[r.code] ?? `Không đọc được thư mục ${where}: ${r.stderr.trim()}`);
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t'));
  return {
    current: currentRelease(lines.find((l) => l[0] === 'current')?.[1]),
    names: lines.filter((l) => l[0] === 'release').map((l) => l[1]!),
    csp: lines.filter((l) => l[0] === 'csp').map((l) => `${l.slice(1).join('\t')}\n`).join(''),
  };
}

/**
 * Checks an upload against its manifest, renames it into place, and prints the CSP file of each
 * release named after it (one line of JSON each), all in one session.
 */
const VERIFY = `set -eu
cd "$1/releases"
incoming=$2
id=$3
shift 3
cd "$incoming"
[ -f ${MANIFEST} ] || { echo "thiếu ${MANIFEST}"; exit 20; }
[ -f index.html ] || { echo "thiếu index.html"; exit 20; }
link=$(find . -type l -print | head -n 1)
[ -z "$link" ] || { echo "có liên kết tượng trưng $link: không phục vụ gì ngoài thư mục của bản"; exit 22; }
find . -type f ! -path ./${MANIFEST} -printf '%P\\t%s\\n' | LC_ALL=C sort > ../.verify-$id
if ! cmp -s ../.verify-$id ${MANIFEST}; then
  LC_ALL=C comm -3 ../.verify-$id ${MANIFEST} | head -n 10
  rm -f ../.verify-$id
  exit 21
fi
rm -f ../.verify-$id
cd ..
[ "$incoming" = "$id" ] || mv "$incoming" "$id"
for r in "$@"; do if [ -f "$r/${CSP_FILE}" ]; then tr -d '\\n' < "$r/${CSP_FILE}"; echo; fi; done
`;

/** Switches current in one rename(2), then removes the releases named after it. */
const SWITCH = `set -eu
cd "$1"
id=$2
shift 2
[ -d "releases/$id" ] && [ -f "releases/$id/${MANIFEST}" ] || exit 30
rm -f .current.tmp
ln -s "releases/$id" .current.tmp
mv -T .current.tmp current
[ "$(readlink current)" = "releases/$id" ] || exit 31
cd releases
rm -rf -- "$@" || echo "không xóa được bản cũ" >&2
`;

/** Verifies (and renames) a release on the server and reads the policies of `kept`. */
async function verify(o: DeployOptions, incoming: string, id: string, kept: string[]): Promise<SitePolicies[]> {
  const r = await remote(o, VERIFY, [o.target.path, incoming, id, ...kept]);
  if (r.code !== 0) {
    throw new DeployError(`Bản releases/${incoming} trên máy chủ không khớp với danh mục của bản dựng: trang đang chạy không đổi.\n${r.stdout.trim()}${r.stderr.trim()}`);
  }
  return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as SitePolicies);
}

/**
 * Makes the server's CSP include allow every release given and has nginx read it, when it changed
 * (the site's CSS or scripts changed). Before any switch: when nginx cannot reload, nothing is switched.
 */
async function updateCsp(o: DeployOptions, state: ServerState, policies: SitePolicies[]): Promise<boolean> {
  const include = nginxCspInclude(policies);
  if (include === state.csp) return false;
  // When nginx cannot reload, the include it last read is put back: the next deploy then sees the
  // change again and reloads, instead of finding the file already up to date.
  const script = [
    `set -u; cd '${o.target.path}' || exit 1`,
    'cat > csp.conf.tmp || exit 1',
    'if [ -f csp.conf ]; then cp -p csp.conf csp.conf.prev || exit 1; else rm -f csp.conf.prev; fi',
    'mv -f csp.conf.tmp csp.conf || exit 1',
    `if ! ( ${o.reload} ); then if [ -f csp.conf.prev ]; then mv -f csp.conf.prev csp.conf; else rm -f csp.conf; fi; exit 40; fi`,
    'rm -f csp.conf.prev',
  ].join('\n');
  const r = await run('ssh', [...sshArgs(o), sshLogin(o.target), '--', script], include);
  if (r.code === 255) throw connectionError(o, r.stderr);
  if (r.code !== 0) {
    throw new DeployError(`Mã CSS hoặc JavaScript của trang đã đổi nên nginx phải đọc lại chính sách CSP (${o.target.path}/csp.conf), nhưng lệnh "${o.reload}" trên máy chủ không chạy được (${r.stderr.trim() || `mã ${r.code}`}). Người quản trị cho phép lệnh đó (README: sudoers) hoặc đặt --reload; trang đang chạy chưa đổi.`);
  }
  // nginx starts its new workers after the command returns; the switch waits for them.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return true;
}

/**
 * Runs the steps over one SSH connection, opened first (a wrong host, key or server key stops
 * here) and closed at the end. The connection closes itself 30 s after its last use, so a run that
 * is killed leaves nothing behind. Its messages go to a file: it outlives the command that opens it.
 */
async function connected<T>(o: DeployOptions, steps: () => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'antq-ssh-'));
  try {
    const control = path.join(dir, 'c');
    const errors = path.join(dir, 'master.log');
    const fd = openSync(errors, 'w');
    const code = await new Promise<number>((resolve, reject) => {
      const master = spawn('ssh', ['-o', 'ControlMaster=yes', '-o', `ControlPath=${control}`, '-o', 'ControlPersist=30', '-N', ...sshArgs(o), sshLogin(o.target)], { stdio: ['ignore', 'ignore', fd] });
      master.on('error', (e) => reject(new DeployError(`Không chạy được ssh: ${e.message}. Cài gói openssh-client.`)));
      master.on('exit', (c) => resolve(c ?? 255));
    }).finally(() => closeSync(fd));
    if (code !== 0) throw connectionError(o, readFileSync(errors, 'utf8'));
    controlPath = control;
    try {
      return await steps();
    } finally {
      controlPath = undefined;
      await run('ssh', ['-o', `ControlPath=${control}`, '-O', 'exit', sshLogin(o.target)]).catch(() => undefined);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function deploy(dist: string, o: DeployOptions & { commit?: string; now?: Date }): Promise<{ id: string; kept: string[]; removed: string[]; cspReloaded: boolean }> {
  const problems = checkSite(dist);
  if (problems.length > 0) return Promise.reject(new DeployError(`Không xuất bản:\n${problems.join('\n')}`));
  return connected(o, () => upload(dist, o));
}

async function upload(dist: string, o: DeployOptions & { commit?: string; now?: Date }): Promise<{ id: string; kept: string[]; removed: string[]; cspReloaded: boolean }> {
  const where = describeTarget(o.target);
  o.log(`Kết nối ${where} …`);
  const state = await serverState(o);
  const id = nextReleaseId(state.names.filter(isReleaseId), o.now ?? new Date(), o.commit);
  const incoming = `${id}${INCOMING}`;
  o.log(`Tải lên releases/${id} (chỉ các tệp đã đổi so với ${state.current ?? 'không có bản nào'}) …`);
  const rsync = await run('rsync', [
    '--recursive', // regular files and folders only: a symbolic link in dist/ is not carried to the server
    '--perms', '--chmod=D755,F644', // readable by nginx whatever the local umask; equal modes let unchanged files be linked
    '--checksum', // each build writes every file anew: compare contents, not times
    '--delete',
    '--stats',
    ...(state.current ? [`--link-dest=../${state.current}`] : []),
    ...(o.bwlimit ? [`--bwlimit=${o.bwlimit}`] : []),
    '-e', ['ssh', ...sshArgs(o)].map((a) => `'${a}'`).join(' '),
    `${dist.replace(/\/+$/, '')}/`,
    `${rsyncLogin(o.target)}:${o.target.path}/releases/${incoming}/`,
  ]);
  if (rsync.code !== 0) {
    if (rsync.code === 255 || /connection unexpectedly closed|Connection refused/.test(rsync.stderr)) throw connectionError(o, rsync.stderr);
    throw new DeployError(`Tải lên bị lỗi (rsync mã ${rsync.code}): ${rsync.stderr.trim().split('\n').slice(-3).join(' ')}. Trang đang chạy không đổi; chạy lại lệnh để tải tiếp.`);
  }
  const sent = /Number of regular files transferred: ([\d,.]+)/.exec(rsync.stdout)?.[1];
  const bytes = /Total bytes sent: ([\d,.]+)/.exec(rsync.stdout)?.[1];
  o.log(`  ${sent ?? '?'} tệp được gửi, ${bytes ?? '?'} byte qua mạng.`);

  const names = [...state.names, id];
  const kept = keptReleases(names, id, o.keep);
  const removed = pruneList(names, id, o.keep);
  // The include must allow the release served until the switch as well as every one kept.
  const policies = await verify(o, incoming, id, [...new Set([...kept, ...(state.current ? [state.current] : [])])]);
  let cspReloaded: boolean;
  try {
    cspReloaded = await updateCsp(o, state, policies);
  } catch (error) {
    await remote(o, `cd "$1/releases" && rm -rf "$2"\n`, [o.target.path, id]).catch(() => undefined);
    throw error;
  }
  // Older releases beyond the last `keep`, and uploads left by interrupted deploys, go once the switch is made.
  await switchTo(o, id, removed);
  o.log(`✓ ${where} đang phục vụ bản ${id}${cspReloaded ? ' (nginx đã đọc lại chính sách CSP)' : ''}.`);
  return { id, kept, removed, cspReloaded };
}

async function switchTo(o: DeployOptions, id: string, remove: string[] = []): Promise<void> {
  const r = await remote(o, SWITCH, [o.target.path, id, ...remove]);
  if (r.code !== 0) throw new DeployError(`Không chuyển được liên kết current sang releases/${id} (mã ${r.code}): ${r.stderr.trim()}`);
  if (r.stderr.trim()) o.log(`Chưa xóa được bản cũ (${remove.join(', ')}): ${r.stderr.trim()}. Lần xuất bản sau thử lại.`);
}

/** Checks a kept release is whole again (nothing removed from it since) and reads every release's policies. */
function verifyKept(o: DeployOptions, id: string, releases: string[]): Promise<SitePolicies[]> {
  return verify(o, id, id, releases);
}

/** Switches `current` to an earlier release in one rename: the previous one, or the one named. */
export function rollback(o: DeployOptions & { to?: string }): Promise<{ from: string | undefined; to: string; releases: string[] }> {
  return connected(o, () => switchBack(o));
}

async function switchBack(o: DeployOptions & { to?: string }): Promise<{ from: string | undefined; to: string; releases: string[] }> {
  const state = await serverState(o);
  const releases = sortReleases(state.names);
  const to = o.to ?? previousRelease(releases, state.current);
  if (!to) {
    throw new DeployError(state.current ? `Không có bản nào trước ${state.current} trên máy chủ để quay lại.` : `Máy chủ chưa có bản xuất bản nào đang chạy ở ${o.target.path}.`);
  }
  if (!releases.includes(to)) throw new DeployError(`Không có bản ${to} trên máy chủ. Các bản đang giữ: ${releases.join(', ') || 'không có'}.`);
  await updateCsp(o, state, await verifyKept(o, to, releases));
  await switchTo(o, to);
  o.log(`✓ ${describeTarget(o.target)} đang phục vụ lại bản ${to} (trước đó: ${state.current ?? 'không có'}).`);
  return { from: state.current, to, releases };
}
