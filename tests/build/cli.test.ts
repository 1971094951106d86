import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/validation/dataset.ts';
import { buildEnv, FIXTURES, ROOT } from '../helpers/paths.ts';
import { tempDir } from '../helpers/temp.ts';

/** A private copy of a fixture folder (data/ and content/). */
function copy(name: keyof typeof FIXTURES): string {
  const dir = tempDir('antq-cli-');
  cpSync(FIXTURES[name], dir, { recursive: true });
  return dir;
}
const load = (dir: string) => loadDataset({ dataDir: path.join(dir, 'data'), contentDir: path.join(dir, 'content') });
const script = (name: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', name), ...args], { cwd: ROOT, env: buildEnv(env), encoding: 'utf8' });

describe('npm run validate', () => {
  it('exits 0 on a valid folder, sample or real', () => {
    for (const name of ['sample', 'real'] as const) {
      const r = script('validate.ts', [], { DATA_DIR: path.join(FIXTURES[name], 'data') });
      expect(r.stderr, name).toBe('');
      expect(r.status, name).toBe(0);
    }
  });
  it('exits non-zero, lists every problem and annotates the CSV line in GitHub Actions', () => {
    const dir = copy('sample');
    const results = path.join(dir, 'data', 'ket-qua', '2024.csv');
    const lines = readFileSync(results, 'utf8').split('\n');
    lines[4] = lines[4]!.replace(/^2024,/, '2042,');
    writeFileSync(results, lines.join('\n'));
    const r = script('validate.ts', [], { DATA_DIR: path.join(dir, 'data'), GITHUB_ACTIONS: 'true' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dòng 5, cột A (nam)');
    expect(r.stdout).toMatch(/::error file=.*ket-qua\/2024\.csv,line=5,col=1,title=/);
  });
});

describe('npm run template', () => {
  it('writes the year after the last one, which validates as it is', () => {
    for (const name of ['sample', 'real'] as const) {
      const dir = copy(name);
      const before = load(dir);
      if (!before.ok) throw new Error(`${name} fixture invalid`);
      const year = Math.max(...before.dataset.results.map((r) => r.year)) + 1;
      const r = script('template.ts', ['--year', String(year)], { DATA_DIR: path.join(dir, 'data') });
      expect(r.stderr, name).toBe('');
      expect(r.status, name).toBe(0);
      const outcome = load(dir);
      expect(outcome.problems).toEqual([]);
      const rows = outcome.ok ? outcome.dataset.results.filter((x) => x.year === year) : [];
      expect(rows.length, name).toBeGreaterThan(0);
      expect(rows.every((x) => x.stage === 'duy_tri' && x.outcome === 'dang_thuc_hien')).toBe(true);
    }
  });
  it('never replaces a year kept as CSV, and replaces a workbook only when told to', () => {
    const dir = copy('valid');
    const env = { DATA_DIR: path.join(dir, 'data') };
    const csv = script('template.ts', ['--year', '2026'], env);
    expect(csv.status).toBe(1);
    expect(csv.stderr).toContain('Mỗi năm chỉ một tệp');
    expect(script('template.ts', ['--year', '2027'], env).status).toBe(0);
    const again = script('template.ts', ['--year', '2027'], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(script('template.ts', ['--year', '2027', '--force'], env).status).toBe(0);
  });
});

describe('npm run generate', () => {
  it('writes synthetic data that passes every rule', () => {
    const dir = path.join(tempDir('antq-gen-'), 'out');
    const r = script('generate.ts', ['--units', '400', '--years', '5', '--end-year', '2026', '--out', dir, '--check'], {});
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('✓ hợp lệ');
  });
});
