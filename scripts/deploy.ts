// npm run deploy -- --target ssh://user@host/path [--keep 5] [--identity key] [--known-hosts file] [--reload "cmd"] [--bwlimit KiB/s] [--dist dist]
// Publishes the built site to a department's own web server: a new release folder uploaded with
// rsync (only what changed), checked against the build's manifest, then `current` switched in one
// rename. See src/lib/publish/remote-site.ts. Environment: DEPLOY_TARGET, DEPLOY_SSH_KEY, DEPLOY_KNOWN_HOSTS,
// DEPLOY_RELOAD, DEPLOY_KEEP, DEPLOY_BWLIMIT.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { outDir } from '../src/lib/config/out-dir.ts';
import { deploy, DeployError } from '../src/lib/publish/remote-site.ts';
import { deployOptions } from './deploy-options.ts';

const root = path.resolve(import.meta.dirname, '..');
try {
  const { options, values } = deployOptions(process.argv.slice(2), { dist: { type: 'string' } });
  const dist = values.dist ? path.resolve(values.dist as string) : outDir(root);
  let commit: string | undefined;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // outside git the release is named by its time alone
  }
  const started = performance.now();
  const done = await deploy(dist, { ...options, ...(commit ? { commit } : {}) });
  console.log(`Giữ ${done.kept.length} bản: ${done.kept.join(', ')}${done.removed.length ? `; đã xóa ${done.removed.join(', ')}` : ''}. (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  console.log('Quay lại bản trước: npm run rollback (cùng --target).');
} catch (error) {
  // Problems of the site, the target or the server are said plainly; anything else keeps its trace.
  console.error(error instanceof DeployError || (error instanceof Error && error.message.length > 0 && !(error instanceof TypeError)) ? `✗ ${(error as Error).message}` : error);
  process.exit(1);
}
