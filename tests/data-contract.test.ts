import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/lib/dataset.ts';
import { tempDir } from './helpers/temp.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

function copySample(): string {
  const dir = tempDir('antq-sample-');
  cpSync(path.join(ROOT, 'data'), path.join(dir, 'data'), { recursive: true });
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}
const load = (dir: string) => loadDataset({ dataDir: path.join(dir, 'data'), contentDir: path.join(dir, 'content') });
const csvFiles = (dir: string) => [
  ...readdirSync(path.join(dir, 'data')).filter((f) => f.endsWith('.csv')).map((f) => path.join(dir, 'data', f)),
  ...readdirSync(path.join(dir, 'data', 'ket-qua')).map((f) => path.join(dir, 'data', 'ket-qua', f)),
  ...readdirSync(path.join(dir, 'data', 'bo-tieu-chi')).filter((f) => f.endsWith('.csv')).map((f) => path.join(dir, 'data', 'bo-tieu-chi', f)),
];

describe('the bundled sample', () => {
  it('validates', () => {
    const outcome = load(ROOT);
    expect(outcome.problems).toEqual([]);
    expect(outcome.ok && outcome.dataset.settings.isSample).toBe(true);
  });

  it('is accepted unchanged after Excel saves it (BOM, CRLF, ";", decimal commas, NFD, empty rows)', () => {
    const dir = copySample();
    for (const file of csvFiles(dir)) {
      const rows = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      const excel = rows.map((r) => r.map((c) => c.replace(/^(\d+)\.(\d+)$/, '$1,$2').normalize('NFD')));
      writeFileSync(file, '\uFEFF' + Papa.unparse(excel, { delimiter: ';', newline: '\r\n' }) + '\r\n;;;;\r\n\r\n');
    }
    const original = load(ROOT);
    const saved = load(dir);
    expect(saved.problems).toEqual([]);
    expect(saved.ok && original.ok && saved.dataset).toEqual(original.ok && original.dataset);
  });

  it('is rejected when corrupted, with file, row and column for every problem', () => {
    const dir = copySample();
    const results = path.join(dir, 'data', 'ket-qua', '2025.csv');
    const lines = readFileSync(results, 'utf8').split('\n');
    lines[2] = lines[2]!.replace(/,(có|không),/, ',');
    lines[3] = lines[3]!.replace(/\d{2}\/12\/2025/, '2025/12/31');
    writeFileSync(results, lines.join('\n'));
    const units = path.join(dir, 'data', 'don-vi.csv');
    writeFileSync(units, readFileSync(units, 'utf8').replace(/,0(\d{4}),/, ',$1,'));
    const outcome = load(dir);
    expect(outcome.ok).toBe(false);
    const csvProblems = outcome.problems.filter((p) => p.file.endsWith('.csv'));
    expect(csvProblems.every((p) => p.row !== undefined)).toBe(true);
    expect(csvProblems.filter((p) => p.column === undefined).map((p) => p.message)).toEqual([expect.stringContaining('lệch cột')]);
    expect(outcome.problems.some((p) => p.file.endsWith('ket-qua/2025.csv') && p.row === 3)).toBe(true);
    expect(outcome.problems.some((p) => p.file.endsWith('ket-qua/2025.csv') && p.row === 4 && p.columnName === 'ngay_quyet_dinh')).toBe(true);
    expect(outcome.problems.some((p) => p.file.endsWith('don-vi.csv') && p.columnName === 'ma_hanh_chinh' && p.message.includes('thiếu số 0'))).toBe(true);
  });

  it('is rejected when a file is saved in a legacy encoding', () => {
    const dir = copySample();
    const units = path.join(dir, 'data', 'don-vi.csv');
    writeFileSync(units, Buffer.from(readFileSync(units, 'utf8').replace(/^\uFEFF/, ''), 'latin1'));
    expect(load(dir).problems.find((p) => p.file.endsWith('don-vi.csv'))?.hint).toContain('CSV UTF-8');
  });
});

describe('npm run validate', () => {
  const run = (dataDir: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/validate.ts')], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, ...env }, encoding: 'utf8' });

  it('exits 0 on the sample', () => {
    const r = run(path.join(ROOT, 'data'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  it('exits non-zero, lists every problem and annotates the CSV line in GitHub Actions', () => {
    const dir = copySample();
    const results = path.join(dir, 'data', 'ket-qua', '2024.csv');
    const lines = readFileSync(results, 'utf8').split('\n');
    lines[4] = lines[4]!.replace(/^2024,/, '2042,');
    writeFileSync(results, lines.join('\n'));
    const r = run(path.join(dir, 'data'), { GITHUB_ACTIONS: 'true' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dòng 5, cột A (nam)');
    expect(r.stdout).toMatch(/::error file=.*ket-qua\/2024\.csv,line=5,col=1,title=/);
  });
});

describe('npm run template', () => {
  it('writes a new year that validates as it is', () => {
    const dir = copySample();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/template.ts'), '--year', '2027'], { cwd: ROOT, env: { ...process.env, DATA_DIR: path.join(dir, 'data') }, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const outcome = load(dir);
    expect(outcome.problems).toEqual([]);
    const rows = outcome.ok ? outcome.dataset.results.filter((x) => x.year === 2027) : [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => x.stage === 'duy_tri' && x.outcome === 'dang_thuc_hien')).toBe(true);
  });
});

describe('npm run generate', () => {
  it('writes synthetic data that passes every rule', () => {
    const dir = path.join(tempDir('antq-gen-'), 'out');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/generate.ts'), '--units', '400', '--years', '5', '--end-year', '2026', '--out', dir, '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('✓ hợp lệ');
  });
});
