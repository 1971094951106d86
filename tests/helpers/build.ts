import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { buildEnv, FIXTURES, ROOT, TEST_DIST, type FixtureName } from './paths.ts';

/** Runs `npm run build` (scripts/build.ts) on a data folder; its content/ sits beside it. */
export function build(dataDir: string, outDir: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], { cwd: ROOT, encoding: 'utf8', env: buildEnv({ DATA_DIR: dataDir, OUT_DIR: outDir, ...env }) });
}

/**
 * The fixture builds the build and browser tests read, made once per run by the global setup
 * (tests/setup/fixture-builds.ts). `real` is built under a sub-path, as a GitHub Pages project
 * site is served, so every test of it also checks that links stay under the base.
 */
export const FIXTURE_BUILDS = {
  sample: { fixture: 'sample', env: {} },
  real: { fixture: 'real', env: { BASE_PATH: '/antq/', SITE_URL: 'https://so-ca.github.io' } },
  valid: { fixture: 'valid', env: {} },
} as const satisfies Record<string, { fixture: FixtureName; env: Record<string, string> }>;

/** Where a fixture build is. */
export function builtSite(name: keyof typeof FIXTURE_BUILDS): string {
  return path.join(TEST_DIST, name);
}

export function buildFixture(name: keyof typeof FIXTURE_BUILDS): SpawnSyncReturns<string> {
  const { fixture, env } = FIXTURE_BUILDS[name];
  return build(path.join(FIXTURES[fixture], 'data'), builtSite(name), env);
}
