import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The test fixtures: `sample` is the bundled demo as it was copied here, `real` a department's real-looking data saved by Excel, `valid` the smallest valid folder. */
export const FIXTURES = {
  sample: path.join(ROOT, 'tests/fixtures/sample'),
  real: path.join(ROOT, 'tests/fixtures/real'),
  valid: path.join(ROOT, 'tests/fixtures/valid'),
} as const;
export type FixtureName = keyof typeof FIXTURES;
/** The tests' own builds, so an editor's `npm run build` never races a test run. */
export const TEST_DIST = path.join(ROOT, 'dist-test');

/**
 * The environment for a build spawned from a test: the runner's own Vite variables (BASE_URL,
 * MODE, PROD…) and any data or output folder of the caller's shell are not for that build.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|DATA_DIR|CONTENT_DIR|OUT_DIR|BASE_PATH|SITE_URL)$/.test(key)) delete env[key];
  return { ...env, ...extra };
}
