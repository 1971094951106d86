import { z } from 'astro/zod';
import * as coerce from '../lib/coerce.ts';
import type { Coerced } from '../lib/coerce.ts';

/**
 * Zod schemas for one CSV cell: input is always the cell's text, output the typed value.
 * A failed coercion becomes an issue whose `params.hint` says how to fix it.
 */
function fromCoerce<T>(fn: (raw: string) => Coerced<T>) {
  return z.string().transform((raw, ctx): T => {
    const r = fn(raw);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.message, params: { hint: r.hint } });
    return z.NEVER;
  });
}

/** Empty cell → null, anything else through `fn`. */
function optional<T>(fn: (raw: string) => Coerced<T>) {
  return fromCoerce<T | null>((raw) => (raw === '' ? { ok: true, value: null } : fn(raw)));
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
  vocabulary: <K extends string>(labels: Readonly<Record<K, string>>) => required<K>((raw) => coerce.vocabulary(raw, labels)),
  optionalVocabulary: <K extends string>(labels: Readonly<Record<K, string>>) => optional<K>((raw) => coerce.vocabulary(raw, labels)),
  optionalOfficialCode: (digits: number) => optional((raw) => coerce.officialCode(raw, digits)),
};

/** A CSV table: its columns (and which must be present in the header) and the row schema. */
export interface TableSchema<Out> {
  columns: readonly string[];
  requiredColumns: readonly string[];
  row: z.ZodType<Out, Record<string, string>>;
}

export function table<Shape extends Record<string, z.ZodType<unknown, string>>, Out>(
  shape: Shape,
  optionalColumns: readonly (keyof Shape & string)[],
  toEntry: (row: z.output<z.ZodObject<Shape>>) => Out,
): TableSchema<Out> {
  const columns = Object.keys(shape);
  return {
    columns,
    requiredColumns: columns.filter((c) => !optionalColumns.includes(c)),
    row: z.object(shape).transform(toEntry) as unknown as z.ZodType<Out, Record<string, string>>,
  };
}
