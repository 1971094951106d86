import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { loadDataset } from '../../src/lib/validation/dataset.ts';
import type { Problem } from '../../src/lib/validation/problem.ts';
import { FIXTURES, type FixtureName } from './paths.ts';
import { tempDir } from './temp.ts';

/** A private copy of a fixture (by default the smallest valid one) that a test may break, and a way to validate it. */
export function fixture(name: FixtureName = 'valid') {
  const root = tempDir('antq-');
  cpSync(FIXTURES[name], root, { recursive: true });
  const dataDir = path.join(root, 'data');
  const file = (rel: string) => path.join(root, rel);
  return {
    root,
    dataDir,
    read: (rel: string) => readFileSync(file(rel), 'utf8'),
    write: (rel: string, text: string | Uint8Array) => writeFileSync(file(rel), text),
    /** Sets one cell, addressed as an editor would: Excel row number and column header. */
    setCell(rel: string, row: number, column: string, value: string) {
      const rows = Papa.parse<string[]>(readFileSync(file(rel), 'utf8'), { skipEmptyLines: true }).data;
      const col = rows[0]!.indexOf(column);
      if (col < 0) throw new Error(`no column ${column} in ${rel}`);
      rows[row - 1]![col] = value;
      writeFileSync(file(rel), Papa.unparse(rows, { newline: '\n' }) + '\n');
    },
    /** Appends a raw CSV line. */
    appendLine(rel: string, line: string) {
      writeFileSync(file(rel), readFileSync(file(rel), 'utf8').replace(/\n?$/, '\n') + line + '\n');
    },
    validate(): Problem[] {
      return loadDataset({ dataDir, contentDir: path.join(root, 'content') }).problems;
    },
  };
}

/** Problems as "file:row:column message" lines, so a failing test shows them all. */
export function summary(problems: Problem[]): string[] {
  return problems.map((p) => `${p.file.replace(/^.*?data\//, 'data/').replace(/^.*?content\//, 'content/')}:${p.row ?? ''}:${p.column ?? p.columnName ?? ''} ${p.message}`);
}
