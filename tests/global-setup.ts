import { spawnSync } from 'node:child_process';
import { buildDeployFixtures } from './helpers/deploy-fixture.ts';
import { buildEnv, ROOT, TEST_DIST } from './helpers/paths.ts';

/** Whole-build and browser tests read one build of the sample in dist-test/, made here once per run. */
export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  // The sample, at the default place: whatever the caller's shell had set is not for this build.
  const env = buildEnv({ OUT_DIR: TEST_DIST });
  const r = spawnSync(process.execPath, [`${ROOT}/scripts/build.ts`], { cwd: ROOT, encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`Build of the sample failed:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  buildDeployFixtures();
}
