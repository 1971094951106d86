import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** How long a build waits for another to finish before it gives up. */
const WAIT_LIMIT_MS = 30 * 60_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One build at a time in a checkout: Astro keeps its content store and generated types in the
 * project (`.astro/`, `node_modules/.astro/`), so two builds at once overwrite each other's state
 * and may publish one folder's text in the other's site. A second build waits for the first.
 * The lock is a folder (created atomically) holding the owner's pid; a lock left by a killed build
 * is taken over. Returns the release function.
 */
export async function acquireBuildLock(lockDir: string, log: (line: string) => void = console.log): Promise<() => void> {
  mkdirSync(path.dirname(lockDir), { recursive: true });
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      const release = () => rmSync(lockDir, { recursive: true, force: true });
      process.once('exit', release);
      return () => {
        process.removeListener('exit', release);
        release();
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let owner = NaN;
    try {
      owner = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    } catch {
      // Just created by another build that has not written its pid yet.
    }
    if (Number.isInteger(owner) && owner > 0 && !alive(owner)) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`Một lần dựng khác (pid ${owner}) vẫn đang chạy sau ${WAIT_LIMIT_MS / 60_000} phút; nếu không còn lần dựng nào, xóa thư mục ${lockDir}.`);
    if (!told) {
      log(`Đang chờ một lần dựng khác trong cùng thư mục dự án (pid ${owner}) chạy xong…`);
      told = true;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}
