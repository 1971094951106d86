import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/paths.ts';

type Step = { run?: string; uses?: string };
const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/publish.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[]; needs?: string; if?: string }> };
const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the publishing workflow', () => {
  it('runs only the npm scripts a developer runs locally, in order: validate, test, build', () => {
    const runs = workflow.jobs.build!.steps.flatMap((s) => (s.run ? [s.run] : []));
    const npm = runs.flatMap((r) => [...r.matchAll(/npm (?:run )?(\w[\w-]*)/g)].map((m) => m[1]!)).filter((s) => s !== 'ci' && s !== 'install');
    expect(npm).toEqual(['validate', 'test', 'build']);
    // Installs from the lock file with a clean npm install, as README and .ci/run do.
    expect(runs.some((r) => /^npm install\b/.test(r))).toBe(true);
    for (const s of npm) expect(scripts[s], `npm script ${s}`).toBeDefined();
    expect(runs.some((r) => r.includes('scripts/publish-report.ts'))).toBe(true);
  });
  it('deploys only after a green build, and never from a pull request', () => {
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.if).toContain("!= 'pull_request'");
    expect(workflow.jobs.deploy!.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });
});
