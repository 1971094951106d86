/** Where a problem sits, as an editor finds it in Excel: file, row number, column letter and header. */
export interface Location {
  /** Path relative to the working folder, e.g. "data/ket-qua/2026.csv". */
  file: string;
  /** Row as Excel numbers it (the header is row 1). */
  row?: number | undefined;
  /** Column letter as Excel shows it (A, B, … AA). */
  column?: string | undefined;
  /** Header text of that column. */
  columnName?: string | undefined;
}

/** One thing wrong with the data: what, where, and how to fix it, in Vietnamese. */
export interface Problem extends Location {
  message: string;
  hint?: string | undefined;
}

/** Collects problems so every rule can report all it finds, never only the first. */
export class ProblemList {
  readonly items: Problem[] = [];
  add(problem: Problem): void {
    this.items.push(problem);
  }
  get size(): number {
    return this.items.length;
  }
}

export function formatLocation(p: Location): string {
  const parts = [p.file];
  if (p.row !== undefined) parts.push(`dòng ${p.row}`);
  if (p.column !== undefined) parts.push(`cột ${p.column}${p.columnName ? ` (${p.columnName})` : ''}`);
  else if (p.columnName) parts.push(`cột ${p.columnName}`);
  return parts.join(', ');
}

/** Human report, sorted by file then row so an editor can work down the list. */
export function formatProblems(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const lines = [`Dữ liệu có ${sorted.length} lỗi, trang chưa được xuất bản:`, ''];
  for (const p of sorted) {
    lines.push(`✗ ${formatLocation(p)}`);
    lines.push(`  ${p.message}`);
    if (p.hint) lines.push(`  → Cách sửa: ${p.hint}`);
  }
  return lines.join('\n');
}

/** GitHub Actions workflow commands, so each problem shows on its CSV line in the pull request. */
export function formatAnnotations(problems: readonly Problem[]): string {
  return sortProblems(problems)
    .map((p) => {
      const props = [`file=${escapeProperty(p.file)}`];
      if (p.row !== undefined) props.push(`line=${p.row}`);
      if (p.column !== undefined) props.push(`col=${columnNumber(p.column)}`);
      props.push(`title=${escapeProperty(formatLocation(p))}`);
      const text = p.hint ? `${p.message} Cách sửa: ${p.hint}` : p.message;
      return `::error ${props.join(',')}::${escapeData(text)}`;
    })
    .join('\n');
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      columnNumber(a.column ?? '') - columnNumber(b.column ?? ''),
  );
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
