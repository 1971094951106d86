import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildEnv, ROOT } from './paths.ts';

/** The data the deploy test publishes (small; one constant, so a larger fixture is one line away). */
export const DEPLOY_FIXTURE = path.join(ROOT, 'tests/fixtures/valid');
/** Two builds of it, precompressed: the first release, and a second that differs on every page. */
export const DEPLOY_DIST = { v1: path.join(ROOT, 'dist-test-deploy/v1'), v2: path.join(ROOT, 'dist-test-deploy/v2') };
/** What the second release adds to the publisher's name, shown in the header and footer of every page. */
export const V2_MARK = ' (bản cập nhật)';

/** Built by the deploy test before it starts (a build waits for any other in the checkout to finish). */
export function buildDeployFixtures(): void {
  const work = mkdtempSync(path.join(tmpdir(), 'antq-deploy-fixture-'));
  try {
    for (const [version, out] of Object.entries(DEPLOY_DIST)) {
      const dir = path.join(work, version);
      cpSync(DEPLOY_FIXTURE, dir, { recursive: true });
      if (version === 'v2') {
        const settings = path.join(dir, 'data/cai-dat.json');
        const json = JSON.parse(readFileSync(settings, 'utf8')) as { co_quan_cong_bo: string };
        json.co_quan_cong_bo += V2_MARK;
        writeFileSync(settings, JSON.stringify(json, null, 2));
      }
      const env = buildEnv({ DATA_DIR: path.join(dir, 'data'), OUT_DIR: out, SOURCE_DATE_EPOCH: '1767225600' });
      const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts'), '--precompress'], { cwd: ROOT, encoding: 'utf8', env });
      if (r.status !== 0) throw new Error(`Build of the deploy fixture (${version}) failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
