import { CsvReader, sniffDelimiter } from '../validation/csv.ts';
import { toKey } from '../text/strings.ts';

/** A cell as CSV writes it: quoted when it holds the delimiter, a quote or a line break. */
export function csvCell(value: string, delimiter = ','): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A line of CSV: an empty cell for null, numbers as JavaScript writes them (a decimal point), texts quoted as `csvCell` says. */
export function csvLine(cells: readonly (string | number | null)[], delimiter = ','): string {
  return cells.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : csvCell(v, delimiter))).join(delimiter);
}

/** Where each key of the records goes in a header row (as editors may write its headers): -1 when the file has no such column. */
export function positionsIn(header: readonly string[], keys: readonly string[]): number[] {
  const at = header.map((h) => toKey(h));
  return keys.map((k) => at.indexOf(k));
}

/**
 * An editor's CSV file with rows added at the end, written the way the file already is: its
 * delimiter ("," or the ";" Excel writes in a Vietnamese locale), its line ending, its BOM, and its
 * columns (each record's values go under their headers; a column the file lacks is left out).
 */
export function appendRows(text: string, records: readonly Readonly<Record<string, string>>[]): string {
  if (records.length === 0) return text;
  const body = text.replace(/^\uFEFF/, '');
  const keys = Object.keys(records[0]!);
  const reader = new CsvReader(body, (cells) => positionsIn(cells, keys).filter((p) => p >= 0).length);
  const delimiter = sniffDelimiter(body);
  const width = reader.header.length;
  const positions = positionsIn(reader.header, keys);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = (r: Readonly<Record<string, string>>) => {
    const cells = new Array<string>(width).fill('');
    keys.forEach((k, i) => {
      if (positions[i]! >= 0) cells[positions[i]!] = r[k] ?? '';
    });
    return csvLine(cells, delimiter);
  };
  return text.replace(/(\r?\n)*$/, eol) + records.map(line).join(eol) + eol;
}
