import { sniffDelimiter } from './csv.ts';

/** A cell as CSV writes it: quoted when it holds the delimiter, a quote or a line break. */
export function csvCell(value: string, delimiter = ','): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * An editor's CSV file with rows added at the end, written the way the file already is: its
 * delimiter ("," or the ";" Excel writes in a Vietnamese locale), its line ending, its BOM.
 * Rows are text as the editor would type it.
 */
export function appendRows(text: string, rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return text;
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = sniffDelimiter(body);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return text.replace(/(\r?\n)*$/, eol) + rows.map((r) => r.map((c) => csvCell(c, delimiter)).join(delimiter)).join(eol) + eol;
}
