import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.ts';

type Step = { id?: string; run?: string; uses?: string; if?: string; env?: Record<string, string> };
const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/publish.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[]; needs?: string; if?: string }> };
const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const steps = workflow.jobs.build!.steps;
const npmScripts = (run: string) => [...run.matchAll(/npm (?:run )?(\w[\w-]*)/g)].map((m) => m[1]!).filter((s) => s !== 'ci' && s !== 'install');

describe('the publishing workflow', () => {
  it('runs only the npm scripts a developer runs locally, in order: validate, test, build, check-site, deploy', () => {
    const npm = steps.flatMap((s) => (s.run ? npmScripts(s.run) : []));
    expect(npm).toEqual(['validate', 'test', 'build', 'check-site', 'deploy']);
    // Installs from the lock file with a clean npm install, as README and .ci/run do.
    expect(steps.some((s) => s.run && /^npm install\b/.test(s.run))).toBe(true);
    for (const s of npm) expect(scripts[s], `npm script ${s}`).toBeDefined();
    expect(steps.some((s) => s.run?.includes('scripts/publish-report.ts'))).toBe(true);
  });

  it('publishes a push that changes only data when that data is valid: the code tests run only when the code changed', () => {
    const test = steps.find((s) => s.run === 'npm test')!;
    expect(test.if).toBe("steps.changes.outputs.code == 'true'");
    const changes = steps.find((s) => s.id === 'changes')!;
    expect(changes.run).toContain(":(exclude)data");
    expect(changes.run).toContain(":(exclude)content");
    for (const id of ['validate', 'build', 'check']) expect(steps.find((s) => s.id === id)!.if, id).toBeUndefined();
  });

  it('explains a failure in Vietnamese, with the outcome of every step that can fail', () => {
    const explain = steps.at(-1)!;
    expect(explain.if).toContain('failure()');
    expect(explain.run).toContain('scripts/ci-failure.ts');
    for (const id of ['install', 'validate', 'test', 'build', 'check', 'deploy']) expect(explain.env![`STEP_${id.toUpperCase()}`]).toBe(`\${{ steps.${id}.outcome }}`);
  });

  it('chooses GitHub Pages or the department\'s own server from the repository variable PUBLISH_TARGET', () => {
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!;
    const ssh = steps.find((s) => s.run?.includes('npm run deploy'))!;
    // Exactly one of the two runs, and neither from a pull request.
    expect(upload.if).toBe("github.event_name != 'pull_request' && vars.PUBLISH_TARGET != 'ssh'");
    expect(workflow.jobs.deploy!.if).toBe("github.event_name != 'pull_request' && vars.PUBLISH_TARGET != 'ssh'");
    expect(ssh.if).toBe("github.event_name != 'pull_request' && vars.PUBLISH_TARGET == 'ssh'");
    // The server deploy comes after the build and the checks of the built site.
    expect(steps.findIndex((s) => s.run === 'npm run check-site')).toBeLessThan(steps.indexOf(ssh));
    // Target, key and the server's known key come from secrets; the key is written to a private file.
    expect(ssh.env).toMatchObject({ DEPLOY_TARGET: '${{ secrets.DEPLOY_TARGET }}', SSH_KEY: '${{ secrets.DEPLOY_SSH_KEY }}', SSH_KNOWN_HOSTS: '${{ secrets.DEPLOY_KNOWN_HOSTS }}' });
    expect(ssh.run).toMatch(/umask 077/);
    expect(ssh.run).toContain('DEPLOY_KNOWN_HOSTS=');
    // Only the server gets precompressed copies (nginx sends them; Pages compresses by itself).
    expect(steps.find((s) => s.run === 'npm run build')!.env!.PRECOMPRESS).toBe("${{ vars.PUBLISH_TARGET == 'ssh' && '1' || '' }}");
  });

  it('installs the Debian packages the tests drive with the same script as .ci/run', () => {
    const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs).toContain('bash .ci/packages');
    expect(readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toContain('bash .ci/packages');
    const packages = readFileSync(path.join(ROOT, '.ci/packages'), 'utf8');
    for (const p of ['chromium', 'libreoffice-calc-nogui', 'openssh-server', 'nginx', 'libnginx-mod-http-brotli-static', 'rsync']) expect(packages).toContain(`(${p})`);
  });

  it('deploys only after a green build, and never from a pull request', () => {
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.if).toContain("!= 'pull_request'");
    expect(workflow.jobs.deploy!.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });
});
