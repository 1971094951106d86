import { buildFixture, FIXTURE_BUILDS } from '../helpers/build.ts';

/**
 * Builds the fixture sites once per run for the build and browser projects. Both projects name
 * this setup; it runs in vitest's main process, so the second finds the builds made.
 */
export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  for (const name of Object.keys(FIXTURE_BUILDS) as (keyof typeof FIXTURE_BUILDS)[]) {
    const flag = `ANTQ_TEST_BUILT_${name}`;
    if (process.env[flag] === '1') continue;
    const r = buildFixture(name);
    if (r.status !== 0) throw new Error(`Build of the ${name} fixture failed:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
    process.env[flag] = '1';
  }
}
