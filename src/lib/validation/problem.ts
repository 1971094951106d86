/** Where a problem sits, as an editor finds it in Excel: file, row number, column letter and header. */
export interface Location {
  /** Path relative to the working folder, e.g. "data/ket-qua/2026.csv". */
  file: string;
  /** The sheet, in a workbook. */
  sheet?: string | undefined;
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
  /**
   * "file" for a problem with a whole file (its encoding, its header, its separator, a file missing or
   * unreadable): listed before every problem of single cells, which may only follow from it.
   */
  scope?: 'file' | undefined;
  /**
   * "warning" where a plan allows what a rule questions (an ineligible registration it tolerates):
   * said to the editor, never blocking publication.
   */
  level?: 'warning' | undefined;
}

/** Collects problems so every rule can report all it finds, never only the first. */
export class ProblemList {
  /** What blocks publication. */
  readonly items: Problem[] = [];
  /** What an editor is told but does not block publication. */
  readonly warnings: Problem[] = [];
  add(problem: Problem): void {
    (problem.level === 'warning' ? this.warnings : this.items).push(problem);
  }
  get size(): number {
    return this.items.length;
  }
}

export function formatLocation(p: Location): string {
  const parts = [p.file];
  if (p.sheet !== undefined) parts.push(`trang tính “${p.sheet}”`);
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

/** Warnings for people: they do not stop publication, but each says what to check. */
export function formatWarnings(warnings: readonly Problem[]): string {
  if (warnings.length === 0) return '';
  const lines = [`${warnings.length} cảnh báo (không chặn xuất bản, nhưng cần kiểm tra):`, ''];
  for (const p of sortProblems(warnings)) {
    lines.push(`⚠ ${formatLocation(p)}`);
    lines.push(`  ${p.message}`);
    if (p.hint) lines.push(`  → ${p.hint}`);
  }
  return lines.join('\n');
}

/**
 * GitHub Actions shows only the first ten error annotations of a step: the causes come first, and
 * beyond nine a tenth says how many more there are and where the whole list is (the job summary).
 */
export const ANNOTATION_LIMIT = 10;

/** GitHub Actions workflow commands, so each problem shows on its CSV line in the pull request. */
export function formatAnnotations(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const shown = sorted.length > ANNOTATION_LIMIT ? sorted.slice(0, ANNOTATION_LIMIT - 1) : sorted;
  const lines = shown.map((p) => {
    const props = [`file=${escapeProperty(p.file)}`];
    if (p.row !== undefined) props.push(`line=${p.row}`);
    if (p.column !== undefined) props.push(`col=${columnNumber(p.column)}`);
    props.push(`title=${escapeProperty(formatLocation(p))}`);
    const text = p.hint ? `${p.message} Cách sửa: ${p.hint}` : p.message;
    return `::${p.level === 'warning' ? 'warning' : 'error'} ${props.join(',')}::${escapeData(text)}`;
  });
  if (shown.length < sorted.length) {
    lines.push(`::error title=${escapeProperty(`Còn ${sorted.length - shown.length} lỗi khác`)}::${escapeData(`Dữ liệu có ${sorted.length} lỗi; đây là ${shown.length} lỗi đầu. Danh sách đầy đủ ở phần Tóm tắt (Summary) của lần chạy.`)}`);
  }
  return lines.join('\n');
}

/** Every problem as a Markdown table in Vietnamese, for the job summary of a CI run. */
export function formatSummary(problems: readonly Problem[]): string {
  const cell = (s: string | number | undefined) => String(s ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const rows = sortProblems(problems).map((p, i) => `| ${i + 1} | ${cell(p.sheet === undefined ? p.file : `${p.file}, trang tính “${p.sheet}”`)} | ${cell(p.row)} | ${cell(p.column ? `${p.column}${p.columnName ? ` (${p.columnName})` : ''}` : p.columnName)} | ${cell(p.message)} | ${cell(p.hint)} |`);
  return [
    `### Dữ liệu có ${problems.length} lỗi: trang chưa được xuất bản`,
    '',
    'Trang đang công bố vẫn giữ nguyên. Sửa các lỗi dưới đây (lỗi của cả tệp ở đầu danh sách: sửa chúng trước, nhiều lỗi sau có thể tự hết) rồi lưu lại.',
    '',
    '| # | Tệp | Dòng | Cột | Lỗi | Cách sửa |',
    '| ---: | --- | ---: | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** Problems with whole files first (the causes), then by file, row and column, as an editor works down a file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.scope === 'file' ? 0 : 1) - (b.scope === 'file' ? 0 : 1) ||
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

/**
 * What a command line tool prints for a failed validation: the report for people (stderr); in
 * GitHub Actions also the annotations (stdout) and the whole list for the job summary.
 */
export function problemOutput(problems: readonly Problem[], env: Record<string, string | undefined> = process.env): { stderr: string; stdout: string; summary: string } {
  const ci = env.GITHUB_ACTIONS === 'true';
  return { stderr: formatProblems(problems), stdout: ci ? formatAnnotations(problems) : '', summary: ci ? formatSummary(problems) : '' };
}
