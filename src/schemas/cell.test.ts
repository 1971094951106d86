import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from '../lib/validation/csv.ts';
import type { TableSchema } from './cell.ts';
import { calendarTable } from './calendar.ts';
import { criteriaItemTable } from './criteria-set.ts';
import { modelTable } from './model.ts';
import { resultTable } from './result.ts';
import { targetTable } from './target.ts';
import { unitTable } from './unit.ts';

/** Values that break each kind of cell in a different way, plus ones that pass. */
const PROBES = ['', 'x', '=1+1', '<b>', '-1', '4,5', '4.5', '1.000,5', '31/02/2025', '05/02/2026', '2026-02-05', '45000', '2026', '1999', 'có', 'khong', 'cong_nhan', 'Công nhận', 'xa/phuong', 'xa/bogus', '00912', '9112', 'ABC', 'a--b', 'phuong-an-binh'];

function sampleRows(file: string, schema: TableSchema<unknown>): string[][] {
  const decoded = decodeCsv(readFileSync(file));
  if (!decoded.ok) throw new Error(decoded.message);
  const { table } = parseCsv(decoded.text);
  const at = schema.columns.map((c) => table.header.indexOf(c));
  return table.records.slice(0, 5).map((r) => at.map((i) => (i < 0 ? '' : (r.cells[i] ?? ''))));
}

/** What zod says of a row, in the shape `read` answers. */
function viaZod(schema: TableSchema<unknown>, cells: string[]) {
  const input = Object.fromEntries(schema.columns.map((c, i) => [c, cells[i]!]));
  const parsed = schema.row.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ column: String(i.path[0]), message: i.message, hint: (i as { params?: { hint?: string } }).params?.hint })) };
}

const TABLES: [string, TableSchema<unknown>, string][] = [
  ['units', unitTable, 'data/don-vi.csv'],
  ['results', resultTable, 'data/ket-qua/2026.csv'],
  ['models', modelTable, 'data/mo-hinh.csv'],
  ['targets', targetTable, 'data/chi-tieu.csv'],
  ['calendar', calendarTable, 'data/lich.csv'],
  ['criteria items', criteriaItemTable, 'data/bo-tieu-chi/3554-2025-dia-ban.csv'],
];

describe('a table reads a row exactly as its zod schema does', () => {
  for (const [name, schema, file] of TABLES) {
    it(`${name}: every cell of sample rows replaced by each probe value`, () => {
      const rows = sampleRows(file, schema);
      expect(rows.length).toBeGreaterThan(0);
      let failures = 0;
      for (const base of rows) {
        expect(schema.read(base)).toEqual(viaZod(schema, base));
        for (let c = 0; c < base.length; c++) {
          for (const probe of PROBES) {
            const cells = base.with(c, probe);
            const read = schema.read(cells);
            const { typed, ...answer } = read as { typed?: Record<string, unknown> };
            expect(answer, `${schema.columns[c]} = ${JSON.stringify(probe)}`).toEqual(viaZod(schema, cells));
            // A failed row keeps the cells that did read, and only those.
            if (typed) expect(Object.keys(typed).sort()).toEqual(schema.columns.filter((k) => !read.ok && !read.issues.some((i) => i.column === k)).sort());
            if (!read.ok) failures++;
          }
        }
      }
      // The probes must exercise the failure path, not only agree on passing rows.
      expect(failures).toBeGreaterThan(rows.length);
    });
  }
});
