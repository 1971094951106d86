import { z } from 'astro/zod';
import * as coerce from '../lib/validation/coerce.ts';
import type { Coerced } from '../lib/validation/coerce.ts';

/**
 * Zod schemas for one CSV cell: input is always the cell's text, output the typed value.
 * A failed coercion becomes an issue whose `params.hint` says how to fix it.
 */
function fromCoerce<T>(fn: (raw: string) => Coerced<T>) {
  const schema = z.string().transform((raw, ctx): T => {
    const r = fn(raw);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.message, params: { hint: r.hint } });
    return z.NEVER;
  });
  coercers.set(schema, fn);
  return schema;
}

/** Each cell schema's coercion, so a table can read a row without zod's per-row cost (see `table`). */
const coercers = new WeakMap<z.ZodType, (raw: string) => Coerced<unknown>>();

/** Empty cell → null, anything else through `fn`. */
function optional<T>(fn: (raw: string) => Coerced<T>) {
  return fromCoerce<T | null>((raw) => (raw === '' ? coerce.EMPTY : fn(raw)));
}

/** Empty cell → the "required" problem, anything else through `fn`. */
function required<T>(fn: (raw: string) => Coerced<T>) {
  return fromCoerce<T>((raw) => (raw === '' ? (coerce.requiredText(raw) as Coerced<never>) : fn(raw)));
}

export const cell = {
  text: () => fromCoerce(coerce.requiredText),
  optionalText: () => fromCoerce(coerce.optionalText),
  id: () => fromCoerce(coerce.id),
  optionalId: () => optional(coerce.id),
  integer: (min: number, max: number) => required((raw) => coerce.integer(raw, min, max)),
  optionalInteger: (min: number, max: number) => optional((raw) => coerce.integer(raw, min, max)),
  year: () => cell.integer(2000, 2100),
  optionalYear: () => cell.optionalInteger(2000, 2100),
  decimal: () => required(coerce.decimal),
  optionalDecimal: () => optional(coerce.decimal),
  date: () => required(coerce.date),
  optionalDate: () => optional(coerce.date),
  boolean: () => fromCoerce(coerce.boolean),
  vocabulary: <K extends string>(labels: Readonly<Record<K, string>>) => required<K>(coerce.vocabularyReader(labels)),
  optionalVocabulary: <K extends string>(labels: Readonly<Record<K, string>>) => optional<K>(coerce.vocabularyReader(labels)),
  officialCode: (digits: number) => required((raw) => coerce.officialCode(raw, digits)),
  optionalOfficialCode: (digits: number) => optional((raw) => coerce.officialCode(raw, digits)),
};

/** One problem with one cell of a row. */
export interface CellIssue {
  column: string;
  message: string;
  hint?: string | undefined;
}

/** A row read: its entry, or its problems and the cells that did read (by column), for rules that need only those. */
export type RowRead<Out> = { ok: true; value: Out } | { ok: false; issues: CellIssue[]; typed: Record<string, unknown> };

/** A CSV table: its columns (and which must be present in the header) and the row schema. */
export interface TableSchema<Out> {
  columns: readonly string[];
  requiredColumns: readonly string[];
  /** Columns editors may keep for their own reading (a unit's name beside its code): accepted and not read. */
  helperColumns?: readonly string[];
  /** Columns of an earlier version of the contract → what replaced them, told to an editor whose file still has one. */
  retiredColumns?: Readonly<Record<string, string>>;
  /** The row as a zod schema: the definition, and what tests hold `read` to. */
  row: z.ZodType<Out, Record<string, string>>;
  /**
   * The same row read from its cells in `columns` order: each cell coerced once, then the entry
   * built. At national scale (200,000 rows) zod's per-row object parse was the largest cost.
   * With `positions`, column i's cell is `cells[positions[i]]` (-1: not in the file, read as empty):
   * a file's row is read in place.
   */
  read: (cells: readonly string[], positions?: readonly number[]) => RowRead<Out>;
}

type CellReader = (raw: string) => Coerced<unknown> | { ok: false; issues: { message: string; hint?: string | undefined }[] };

/** A column's reader: its coercion when it is a `cell.*` schema, else the zod schema itself. */
function cellReader(schema: z.ZodType<unknown, string>): CellReader {
  const fn = coercers.get(schema);
  if (fn) return fn;
  return (raw) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { ok: true, value: parsed.data };
    return { ok: false, issues: parsed.error.issues.map((i) => ({ message: i.message, hint: (i as { params?: { hint?: string } }).params?.hint })) };
  };
}

export function table<Shape extends Record<string, z.ZodType<unknown, string>>, Out>(
  shape: Shape,
  optionalColumns: readonly (keyof Shape & string)[],
  toEntry: (row: z.output<z.ZodObject<Shape>>) => Out,
): TableSchema<Out> {
  const columns = Object.keys(shape);
  const readers = columns.map((c) => cellReader(shape[c]!));
  // Every row's typed cells start as a copy of this: one shape with room for all columns, instead of
  // an empty object grown property by property on each of 200,000 rows.
  const blank = Object.fromEntries(columns.map((c) => [c, undefined])) as Record<string, unknown>;
  return {
    columns,
    requiredColumns: columns.filter((c) => !optionalColumns.includes(c)),
    row: z.object(shape).transform(toEntry) as unknown as z.ZodType<Out, Record<string, string>>,
    read(cells, positions) {
      const typed: Record<string, unknown> = { ...blank };
      let issues: CellIssue[] | null = null;
      for (let i = 0; i < columns.length; i++) {
        const column = columns[i]!;
        const at = positions ? positions[i]! : i;
        const r = readers[i]!(at < 0 ? '' : (cells[at] ?? ''));
        if (r.ok) typed[column] = r.value;
        else if ('issues' in r) for (const issue of r.issues) (issues ??= []).push({ column, ...issue });
        else (issues ??= []).push({ column, message: r.message, hint: r.hint });
      }
      if (!issues) return { ok: true, value: toEntry(typed as z.output<z.ZodObject<Shape>>) };
      // A rejected row keeps only the cells that did read.
      for (const issue of issues) delete typed[issue.column];
      return { ok: false, issues, typed };
    },
  };
}
