import { readFileSync, rmSync, renameSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/validation/dataset.ts';
import { criterionScores } from '../../src/lib/domain/scores.ts';
import { fixture, summary } from '../helpers/fixture.ts';
import { libreOffice } from '../helpers/libreoffice.ts';
import { buildEnv, ROOT } from '../helpers/paths.ts';
import { tempDir } from '../helpers/temp.ts';

// The template as a second spreadsheet program sees it: Debian's LibreOffice Calc, headless.
describe('the year template in LibreOffice Calc', () => {
  it('opens with its drop-downs and score checks, and LibreOffice\'s own CSV export of it validates', () => {
    const f = fixture('sample');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/template.ts'), '--year', '2027'], { cwd: ROOT, encoding: 'utf8', env: buildEnv({ DATA_DIR: f.dataDir }) });
    expect(r.status, r.stderr).toBe(0);
    const workbook = path.join(f.dataDir, 'ket-qua/2027.xlsx');
    const work = tempDir('antq-lo-');
    const profile = path.join(work, 'profile');

    // Converted to LibreOffice's own format (flat, one XML file), the validations are there: lists and the score checks.
    const content = readFileSync(libreOffice(workbook, 'fods', work, profile), 'utf8');
    const validations = [...content.matchAll(/<table:content-validation [^>]*table:condition="([^"]*)"/g)].map((m) => m[1]!);
    expect(validations.some((c) => c.includes('cell-content-is-in-list'))).toBe(true);
    expect(validations.filter((c) => c.includes('is-true-formula') || c.includes('ISNUMBER')).length).toBeGreaterThan(20);

    // Its CSV export of the data sheet (the first), in place of the workbook, reads to the same rows.
    const fromWorkbook = loadDataset({ dataDir: f.dataDir, contentDir: path.join(f.root, 'content') });
    const csv = libreOffice(workbook, 'csv:Text - txt - csv (StarCalc):44,34,76,1', work, profile);
    rmSync(workbook);
    renameSync(csv, path.join(f.dataDir, 'ket-qua/2027.csv'));
    const fromCsv = loadDataset({ dataDir: f.dataDir, contentDir: path.join(f.root, 'content') });
    expect(summary(fromCsv.problems)).toEqual([]);
    const rows = (o: typeof fromCsv) => (o.ok ? o.dataset.results.filter((x) => x.year === 2027).map(({ scores, ...x }) => ({ ...x, scores: criterionScores(scores) })) : []);
    expect(rows(fromCsv)).toEqual(rows(fromWorkbook));
    expect(rows(fromCsv).length).toBeGreaterThan(5);
  }, 300_000);

  it('re-saved by LibreOffice as .xlsx (as an editor using Calc saves it), still validates', () => {
    const f = fixture('real');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/template.ts'), '--year', '2028'], { cwd: ROOT, encoding: 'utf8', env: buildEnv({ DATA_DIR: f.dataDir }) });
    expect(r.status, r.stderr).toBe(0);
    const work = tempDir('antq-lo-');
    const saved = libreOffice(path.join(f.dataDir, 'ket-qua/2028.xlsx'), 'xlsx', work, path.join(work, 'profile'));
    renameSync(saved, path.join(f.dataDir, 'ket-qua/2028.xlsx'));
    expect(readFileSync(path.join(f.dataDir, 'ket-qua/2028.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(summary(loadDataset({ dataDir: f.dataDir, contentDir: path.join(f.root, 'content') }).problems)).toEqual([]);
  }, 300_000);
});
