// build(options, effects) called in this process on the smallest valid fixture: one build of broken
// data, one whole build, both with a logger that keeps what it is told.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type BuildEffects, type BuildOptions } from '../../src/lib/publish/build/build.ts';
import { BUILD_STEPS, STEP_OUTPUTS, stepOf, writtenTooEarly, type BuildStep } from '../../src/lib/publish/build/steps.ts';
import { buildEnv, FIXTURES, ROOT } from '../helpers/paths.ts';
import { tempDir } from '../helpers/temp.ts';
import { fixture } from '../helpers/fixture.ts';

function listing(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** A fixture copy with an old site in its out dir, and effects that record the log, the steps and the files after each. */
function setUp(data: { root: string; dataDir: string }) {
  const outDir = path.join(tempDir('antq-build-fn-'), 'site');
  mkdirSync(outDir);
  writeFileSync(path.join(outDir, 'cu.html'), 'bản dựng trước');
  const options: BuildOptions = {
    root: ROOT,
    dataDir: data.dataDir,
    contentDir: path.join(data.root, 'content'),
    outDir,
    site: 'https://antq.example.gov.vn',
    base: '/',
    precompress: false,
    env: buildEnv({ SOURCE_DATE_EPOCH: '1767225600' }),
  };
  const log: { level: 'log' | 'warn' | 'error'; text: string }[] = [];
  const events: { step: BuildStep; phase: 'start' | 'end'; files: string[] }[] = [];
  let astroOutput = '';
  const effects: BuildEffects = {
    logger: {
      log: (...d) => log.push({ level: 'log', text: d.join(' ') }),
      warn: (...d) => log.push({ level: 'warn', text: d.join(' ') }),
      error: (...d) => log.push({ level: 'error', text: d.map(String).join(' ') }),
    },
    clock: { now: () => Date.now(), monotonic: () => performance.now() },
    runAstro: ({ execPath, args, cwd, env }) =>
      new Promise((resolve) => {
        const child = spawn(execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (b: Buffer) => (astroOutput += b.toString()));
        child.stderr.on('data', (b: Buffer) => (astroOutput += b.toString()));
        child.on('close', (code) => resolve(code ?? 1));
      }),
    writeSummary: () => undefined,
    onStep: (step, phase) => events.push({ step, phase, files: listing(outDir) }),
  };
  return { options, effects, log, events, outDir, astroOutput: () => astroOutput };
}

describe('build(options, effects)', () => {
  it('stops after validate when the data is invalid, and leaves neither a site nor the old one', async () => {
    const f = fixture('valid');
    f.setCell('data/don-vi.csv', 2, 'loai', 'khong-co-loai-nay');
    const t = setUp(f);
    const result = await build(t.options, t.effects);
    expect(result).toEqual({ ok: false, failedStep: 'validate', steps: [], exitCode: 1 });
    expect(t.events.filter((e) => e.phase === 'end')).toEqual([]);
    expect(t.events.map((e) => e.step)).not.toContain('astro');
    expect(t.log.find((l) => l.level === 'error')?.text).toContain('don-vi.csv');
    for (const dir of [t.outDir, `${t.outDir}.antq-cu`, `${t.outDir}.antq-nhung`]) expect(existsSync(dir), dir).toBe(false);
  });

  it('runs the named steps in order, and each writes only the outputs the step map gives it', { timeout: 600_000 }, async () => {
    const t = setUp({ root: FIXTURES.valid, dataDir: path.join(FIXTURES.valid, 'data') });
    const result = await build(t.options, t.effects);
    if (!result.ok) throw new Error(`build failed at ${result.failedStep}:\n${t.log.map((l) => l.text).join('\n')}\n${t.astroOutput().slice(-3000)}`);
    expect(result.steps.map((s) => s.step)).toEqual([...BUILD_STEPS]);
    const ends = t.events.filter((e) => e.phase === 'end');
    expect(ends.map((e) => e.step)).toEqual([...BUILD_STEPS]);
    // After each step, nothing a later step writes is there yet.
    for (const e of ends) expect(writtenTooEarly(e.files, e.step), e.step).toEqual([]);
    // What each step added is its own.
    let before = new Set<string>();
    for (const e of ends) {
      const added = e.files.filter((f) => !before.has(f));
      expect(added.filter((f) => stepOf(f) !== e.step), e.step).toEqual([]);
      before = new Set(e.files);
    }
    // Every step that declares outputs wrote some, and the old site is gone.
    const files = listing(t.outDir);
    for (const step of BUILD_STEPS.filter((s) => STEP_OUTPUTS[s].length > 0)) expect(files.some((f) => stepOf(f) === step), step).toBe(true);
    expect(files).not.toContain('cu.html');
    expect(files).toContain('.antq-manifest');
    expect(existsSync(`${t.outDir}.antq-cu`)).toBe(false);
    expect(existsSync(`${t.outDir}.antq-nhung`)).toBe(false);
    expect(t.log.filter((l) => l.level === 'log').map((l) => l.text.replace(/\d+/g, 'N'))).toEqual([
      '✓ Chỉ mục tìm kiếm: N trang (N ms sau khi Astro xong).',
      '✓ Ảnh chia sẻ: N vẽ mới, N lấy từ bộ nhớ đệm; N mã QR vẽ mới (N ms, vẽ song song với Astro).',
      '✓ Danh mục: N tệp (N ms).',
    ]);
    // The manifest lists every file but itself.
    expect(result.files).toBe(files.length - 1);
  });
});
