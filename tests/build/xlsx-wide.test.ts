import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CELL, openWorkbook } from '../../src/lib/validation/xlsx.ts';
import { compareSeeds, expectSame, ours, plan, theirs, write } from '../helpers/xlsx-generated.ts';

describe('the xlsx reader reads as exceljs does, on many more generated workbooks', () => {
  it('gives the same cells, types, merges, hidden rows, columns and sheets on generated workbooks', async () => {
    const { cells, kinds } = await compareSeeds(41, 240);
    // The generator reaches every kind of cell, and enough of them.
    expect(kinds).toEqual([1, 2, 3, 4, 5, 6]);
    expect(cells).toBeGreaterThan(10_000);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Files written by LibreOffice

const soffice = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find(existsSync);
const CSV_FOR_LIBREOFFICE = ['ma_don_vi,ten,diem,ghi_chu', 'xa-1,Xã Ấn Thạnh,96.5,"có dấu phẩy, và ""ngoặc"""', 'phuong-2,Phường Bình An,74,', 'x-3, Khoảng trắng ,0.25,Dòng A & B <c>'].join('\n');

/** Converts an exceljs workbook of every kind of cell, and a CSV as an editor's file would be, with LibreOffice. */
async function convertWithLibreOffice(dir: string): Promise<string> {
  const p = plan(4242);
  p.sheets[0]!.rows.push({ n: 100, hidden: false, cells: [{ col: 0, value: new Date(Date.UTC(2025, 5, 30)), numFmt: 'dd/mm/yyyy' }, { col: 1, value: { formula: 'A100+1', result: 45839 } }] });
  writeFileSync(path.join(dir, 'from-exceljs.xlsx'), await write(p));
  writeFileSync(path.join(dir, 'editor.csv'), CSV_FOR_LIBREOFFICE);
  const out = path.join(dir, 'out');
  // LibreOffice now and then exits 0 without writing a file on a loaded machine: once more, then its own words.
  let log = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    // Its own profile in a writable folder: LibreOffice writes one on first start.
    const run = await promisify(execFile)(soffice!, [`-env:UserInstallation=file://${path.join(dir, `lo-profile-${attempt}`)}`, '--headless', '--norestore', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', out, path.join(dir, 'from-exceljs.xlsx'), path.join(dir, 'editor.csv')], { timeout: 80_000, env: { ...process.env, HOME: dir } });
    if (existsSync(path.join(out, 'from-exceljs.xlsx')) && existsSync(path.join(out, 'editor.xlsx'))) return out;
    log += `attempt ${attempt}: ${run.stdout}${run.stderr}\n`;
  }
  throw new Error(`LibreOffice wrote no workbook:\n${log}`);
}

// The conversion takes seconds: it starts with the file and runs beside the tests before its own.
let converted: Promise<{ out: string } | { error: unknown }> | undefined;
let loDir: string | undefined;
beforeAll(() => {
  if (!soffice) return;
  loDir = mkdtempSync(path.join(tmpdir(), 'antq-xlsx-lo-'));
  converted = convertWithLibreOffice(loDir).then(
    (out) => ({ out }),
    (error: unknown) => ({ error }),
  );
});
afterAll(async () => {
  await converted;
  if (loDir) rmSync(loDir, { recursive: true, force: true });
});

describe('workbooks written by LibreOffice', () => {
  (soffice ? it : it.skip)(soffice ? 'reads them as exceljs does (inline strings, its own styles)' : 'reads workbooks written by LibreOffice — SKIPPED: soffice is not installed (.ci/run installs libreoffice-calc-nogui)', async () => {
    const done = await converted!;
    if ('error' in done) throw done.error;
    for (const name of ['from-exceljs.xlsx', 'editor.xlsx']) {
      const bytes = readFileSync(path.join(done.out, name));
      const want = await theirs(bytes);
      expectSame(ours(new Uint8Array(bytes), name).sheets, want.sheets, `LibreOffice ${name}`);
    }
    // And the CSV's own values, by type.
    const opened = openWorkbook(new Uint8Array(readFileSync(path.join(done.out, 'editor.xlsx'))));
    const rows: unknown[][] = [];
    if (opened.ok) opened.workbook.sheets[0]!.forEachRow((_, __, c) => rows.push(Array.from({ length: c.width }, (_, i) => (c.kind[i] === CELL.number ? c.number[i] : c.kind[i] === CELL.text ? c.text[i] : null))));
    expect(rows).toEqual([
      ['ma_don_vi', 'ten', 'diem', 'ghi_chu'],
      ['xa-1', 'Xã Ấn Thạnh', 96.5, 'có dấu phẩy, và "ngoặc"'],
      ['phuong-2', 'Phường Bình An', 74],
      ['x-3', ' Khoảng trắng ', 0.25, 'Dòng A & B <c>'],
    ]);
  }, 180_000);
});

