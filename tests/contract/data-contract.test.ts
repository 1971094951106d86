import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/validation/dataset.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { tempDir } from '../helpers/temp.ts';

const SAMPLE = FIXTURES.sample;

function copySample(): string {
  const dir = tempDir('antq-sample-');
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}
const load = (dir: string) => loadDataset({ dataDir: path.join(dir, 'data'), contentDir: path.join(dir, 'content') });
const csvFiles = (dir: string) => [
  ...readdirSync(path.join(dir, 'data')).filter((f) => f.endsWith('.csv')).map((f) => path.join(dir, 'data', f)),
  ...readdirSync(path.join(dir, 'data', 'ket-qua')).map((f) => path.join(dir, 'data', 'ket-qua', f)),
  ...readdirSync(path.join(dir, 'data', 'bo-tieu-chi')).filter((f) => f.endsWith('.csv')).map((f) => path.join(dir, 'data', 'bo-tieu-chi', f)),
];

describe('the sample fixture', () => {
  it('validates', () => {
    const outcome = load(SAMPLE);
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
    const original = load(SAMPLE);
    const saved = load(dir);
    expect(saved.problems).toEqual([]);
    // The same data, read from another folder: only the stories' file paths differ.
    const withoutPaths = (o: typeof saved) => o.ok && { ...o.dataset, stories: o.dataset.stories.map(({ path: _, ...s }) => s), modelStories: o.dataset.modelStories.map(({ path: _, ...s }) => s) };
    expect(withoutPaths(saved)).toEqual(withoutPaths(original));
  });

  it('is rejected when corrupted, with file, row and column for every problem', () => {
    const dir = copySample();
    const results = path.join(dir, 'data', 'ket-qua', '2025.csv');
    const lines = readFileSync(results, 'utf8').split('\n');
    lines[2] = lines[2]!.replace(/,(có|không),/, ',');
    lines[3] = lines[3]!.replace(/\d{2}\/12\/2025/, '2025/12/31');
    writeFileSync(results, lines.join('\n'));
    const outcome = load(dir);
    expect(outcome.ok).toBe(false);
    const csvProblems = outcome.problems.filter((p) => p.file.endsWith('.csv'));
    expect(csvProblems.every((p) => p.row !== undefined)).toBe(true);
    expect(csvProblems.filter((p) => p.column === undefined).map((p) => p.message)).toEqual([expect.stringContaining('lệch cột')]);
    expect(outcome.problems.some((p) => p.file.endsWith('ket-qua/2025.csv') && p.row === 3)).toBe(true);
    expect(outcome.problems.some((p) => p.file.endsWith('ket-qua/2025.csv') && p.row === 4 && p.columnName === 'ngay_quyet_dinh')).toBe(true);
  });

  it('is rejected when a file is saved in a legacy encoding', () => {
    const dir = copySample();
    const units = path.join(dir, 'data', 'don-vi.csv');
    writeFileSync(units, Buffer.from(readFileSync(units, 'utf8').replace(/^\uFEFF/, ''), 'latin1'));
    expect(load(dir).problems.find((p) => p.file.endsWith('don-vi.csv'))?.hint).toContain('CSV UTF-8');
  });
});

