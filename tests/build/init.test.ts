import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/validation/dataset.ts';
import { build } from '../helpers/build.ts';
import { buildEnv, ROOT } from '../helpers/paths.ts';
import { tempDir } from '../helpers/temp.ts';

const init = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'scripts/init.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: buildEnv() });

describe('npm run init', () => {
  it('starts a real province in one command: its communes from the official registry, then validate and build pass', () => {
    const work = tempDir('antq-init-');
    const dataDir = path.join(work, 'data');
    const r = init(['--province', '46', '--out', dataDir, '--year', '2027']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const outcome = loadDataset({ dataDir, contentDir: path.join(work, 'content') });
    expect(outcome.problems).toEqual([]);
    if (!outcome.ok) return;
    const d = outcome.dataset;
    // Thành phố Huế: 40 communes, wards and special zones (registry of 1 July 2025), real data, its own year's workbook.
    expect(d.units).toHaveLength(40);
    expect(d.units.every((u) => u.provinceCode === '46' && u.province === 'Thành phố Huế')).toBe(true);
    expect(d.units.find((u) => u.communeCode === '19753')?.name).toBe('Phường Phú Xuân');
    expect(d.settings.isSample).toBe(false);
    expect(d.settings.provinces).toEqual(['46']);
    expect(existsSync(path.join(dataDir, 'ket-qua/2027.xlsx'))).toBe(true);
    const out = path.join(work, 'dist');
    const b = build(dataDir, out);
    expect(b.status, b.stderr.slice(-2000)).toBe(0);
    expect(readdirSync(path.join(out, 'don-vi'))).toHaveLength(40);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).not.toContain('Dữ liệu minh họa');
  }, 300_000);

  it('refuses to replace a folder with files unless told to', () => {
    const work = tempDir('antq-init-');
    const dataDir = path.join(work, 'data');
    expect(init(['--province', '01', '--out', dataDir]).status).toBe(0);
    const again = init(['--province', '01', '--out', dataDir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(init(['--province', '1', '--out', dataDir, '--force']).status).toBe(0);
    expect(init(['--province', '99', '--out', path.join(work, 'x')]).stderr).toContain('Cần mã tỉnh');
  });
});
