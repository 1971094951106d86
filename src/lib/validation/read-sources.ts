import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { calendarTable } from '../../schemas/calendar.ts';
import { criteriaItemTable, criteriaSetMeta, type CriteriaRow } from '../../schemas/criteria-set.ts';
import { modelTable } from '../../schemas/model.ts';
import { modelTypeTable } from '../../schemas/model-type.ts';
import { planTable } from '../../schemas/plan.ts';
import { dossierTable } from '../../schemas/dossier.ts';
import { awardTable } from '../../schemas/award.ts';
import { resultTable, type ResultRowCells } from '../../schemas/result.ts';
import type { Settings } from '../../schemas/settings.ts';
import { readSettings, type SettingsRead } from '../config/settings-file.ts';
import { modelStoryFrontmatter, storyFrontmatter } from '../../schemas/story.ts';
import { targetTable } from '../../schemas/target.ts';
import { unitTable } from '../../schemas/unit.ts';
import type { TableSchema } from '../../schemas/cell.ts';
import { assembleCriteria } from './criteria-rows.ts';
import { frontMatterLines, readFrontMatter } from './front-matter.ts';
import { checkContentImages } from './content-images.ts';
import type { ProblemList } from './problem.ts';
import { scoreColumns } from '../domain/scores.ts';
import { loadRegistry, OFFICIAL_REGISTRY, parseRegistry, SAMPLE_REGISTRY_FILE, type Registry } from './registry.ts';
import type { ScoredRow, Sources } from './sources.ts';
import { useVietnameseZod } from '../../schemas/zod-vi.ts';
import { emptyRead, readTable, type ExtraColumns, type Located, type TableRead } from './table.ts';

// Any zod message that reaches an editor (settings, criteria sets, front matter) is Vietnamese, in plain words.
useVietnameseZod();

/** The cells of a result row the scores rule reads (beside the score cells). */
const SCORE_INPUTS = ['nam', 'ma_don_vi', 'bo_tieu_chi', 'tong_tu_cham', 'tong_tham_dinh'] as const;

/** Paths shown to editors: relative to the working folder when inside it. */
export function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
}

/** Lock files Excel (~$name.xlsx) and LibreOffice (.~lock.name#) leave beside an open file: never data. */
const LOCK_FILE = /^(~\$|\.~lock\.)/;

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext) && !LOCK_FILE.test(f))
    .sort();
}

/** A table may be kept as CSV or as an Excel workbook. */
const TABLE_EXTENSIONS = ['.csv', '.xlsx'] as const;

/**
 * The file of a table named `base` in `dir` (base.csv or base.xlsx): one of the two, never both, since
 * the site could not know which one the editor meant.
 */
function tableFile(dir: string, base: string, problems: ProblemList): { file: string } | { missing: string } | null {
  const found = TABLE_EXTENSIONS.map((ext) => path.join(dir, base + ext)).filter((f) => existsSync(f));
  if (found.length === 0) return { missing: path.join(dir, `${base}.csv`) };
  if (found.length > 1) {
    problems.add({ file: display(found[1]!), scope: 'file', message: `Có cả ${base}.csv và ${base}.xlsx: không biết dùng tệp nào.`, hint: 'Giữ một tệp (CSV hoặc Excel), xóa tệp kia.' });
    return null;
  }
  return { file: found[0]! };
}

/** A table file; an optional one (awards, plans, dossier) may be absent, and reads as empty. */
function readTableFile<T>(dir: string, base: string, schema: TableSchema<T>, problems: ProblemList, options: { optional?: boolean; extra?: ExtraColumns } = {}): TableRead<T> {
  const found = tableFile(dir, base, problems);
  if (!found) return emptyRead(display(path.join(dir, base)));
  if ('missing' in found && options.optional) return emptyRead(display(found.missing), false);
  return readCsv('file' in found ? found.file : found.missing, schema, problems, options.extra);
}

function zodProblems(file: string, issues: readonly z.core.$ZodIssue[], defaultHint: string, problems: ProblemList, rowOf?: (path: readonly PropertyKey[]) => number | undefined): void {
  for (const issue of issues) {
    const key = issue.path.join('.');
    const hint = (issue as { params?: { hint?: string } }).params?.hint ?? defaultHint;
    // A key the schema does not know is shown at its own line.
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    problems.add({ file, row: rowOf?.(at), columnName: key || undefined, message: `${key ? `Khóa "${key}": ` : ''}${issue.message}`, hint });
  }
}

/** The line of a JSON syntax error, from the position V8 gives in its (English) message. */
function jsonErrorLine(e: Error, file: string): number | undefined {
  const line = /line (\d+)/.exec(e.message);
  if (line) return Number(line[1]);
  const at = /position (\d+)/.exec(e.message);
  return at ? readFileSync(file, 'utf8').slice(0, Number(at[1])).split('\n').length : undefined;
}

/** A JSON file that does not parse, at the line of the error. */
function jsonSyntaxProblem(file: string, error: Error, problems: ProblemList): void {
  problems.add({ file: display(file), scope: 'file', row: jsonErrorLine(error, file), message: 'Tệp JSON viết sai cú pháp, không đọc được.', hint: 'Kiểm tra dấu phẩy, ngoặc và ngoặc kép quanh dòng này; có thể mở tệp bằng trình soạn thảo có kiểm tra JSON.' });
}

const JSON_HINT = 'Xem data/README.md để biết giá trị hợp lệ của khóa này.';

/** JSON with zod: syntax errors and schema issues both become located problems. */
function readJson<T>(file: string, schema: z.ZodType<T, unknown>, problems: ProblemList): T | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '').normalize('NFC'));
  } catch (e) {
    jsonSyntaxProblem(file, e as Error, problems);
    return null;
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  zodProblems(display(file), parsed.error.issues, JSON_HINT, problems);
  return null;
}

/** The site settings, read by the one settings reader (lib/config/settings-file.ts). */
function settingsProblems(read: SettingsRead, problems: ProblemList): Settings | null {
  if (read.ok) return read.settings;
  if ('missing' in read) problems.add({ file: display(read.file), scope: 'file', message: 'Thiếu tệp thiết lập trang.', hint: 'Tạo data/cai-dat.json theo mẫu trong data/README.md.' });
  else if ('syntaxError' in read) jsonSyntaxProblem(read.file, read.syntaxError, problems);
  else zodProblems(display(read.file), read.issues, JSON_HINT, problems);
  return null;
}

function readCsv<T>(file: string, schema: TableSchema<T>, problems: ProblemList, extra?: ExtraColumns): TableRead<T> {
  const shown = display(file);
  if (!existsSync(file)) {
    problems.add({ file: shown, scope: 'file', message: 'Thiếu tệp.', hint: `Tạo tệp với dòng tiêu đề: ${schema.columns.join(', ')}.` });
    return emptyRead(shown);
  }
  return readTable(shown, readFileSync(file), schema, problems, extra);
}

function readMdx<T>(file: string, schema: z.ZodType<T, unknown>, defaultHint: string, problems: ProblemList): { meta: T; body: string } | null {
  const shown = display(file);
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').normalize('NFC');
  const split = readFrontMatter(text);
  if (!split.ok) {
    problems.add({ file: shown, row: split.line, message: split.message, hint: 'Mỗi dòng dạng "khoa: giá trị"; giá trị có dấu hai chấm (:) hoặc bắt đầu bằng dấu ngoặc, #, @ đặt trong ngoặc kép.' });
    return null;
  }
  // Pictures are checked whatever the front matter holds, so every problem shows in one run.
  checkContentImages(file, shown, text, problems);
  const parsed = schema.safeParse(split.data);
  if (parsed.success) return { meta: parsed.data, body: split.body };
  zodProblems(shown, parsed.error.issues, defaultHint, problems, frontMatterLines(text));
  return null;
}

/**
 * The list of provinces and communes the units' codes are checked against: the official one, or a
 * sample folder's own list of invented places (a data folder with real data may not bring its own).
 */
function readRegistry(dataDir: string, problems: ProblemList): { value: Registry; file: string; own: boolean } | null {
  const own = path.join(dataDir, SAMPLE_REGISTRY_FILE);
  if (!existsSync(own)) return { value: loadRegistry(OFFICIAL_REGISTRY), file: display(OFFICIAL_REGISTRY), own: false };
  try {
    return { value: parseRegistry(JSON.parse(readFileSync(own, 'utf8').replace(/^\uFEFF/, '')), display(own)), file: display(own), own: true };
  } catch (e) {
    problems.add({ file: display(own), scope: 'file', message: `Danh mục địa danh minh họa không đọc được: ${(e as Error).message}`, hint: 'Tệp phải có dạng như registry/vn-units-2026-07-25.json; dữ liệu thật thì xóa tệp này để dùng danh mục chính thức.' });
    return null;
  }
}

/** Reads every file of a data folder and its content folder; the rules run on what this returns. */
export function readSources(dataDir: string, contentDir: string, problems: ProblemList): Sources {
  const settingsRead = readSettings(dataDir);
  const settingsValue = settingsProblems(settingsRead, problems);

  const registry = readRegistry(dataDir, problems);

  const criteriaDir = path.join(dataDir, 'bo-tieu-chi');
  const unreadableSetIds = new Set<string>();
  const criteriaSets = listFiles(criteriaDir, '.json').flatMap((name) => {
    const file = path.join(criteriaDir, name);
    const meta = readJson(file, criteriaSetMeta, problems);
    if (!meta) {
      unreadableSetIds.add(name.replace(/\.json$/, ''));
      return [];
    }
    const itemsFile = tableFile(criteriaDir, name.replace(/\.json$/, ''), problems);
    const items = itemsFile === null ? emptyRead<CriteriaRow>(display(file.replace(/\.json$/, ''))) : 'file' in itemsFile ? readCsv(itemsFile.file, criteriaItemTable, problems) : null;
    const value = items ? { ...meta, groups: assembleCriteria(items, problems) } : meta;
    return [{ value, file: display(file), items }];
  });
  for (const name of TABLE_EXTENSIONS.flatMap((ext) => listFiles(criteriaDir, ext))) {
    const base = name.replace(/\.(csv|xlsx)$/, '');
    if (!existsSync(path.join(criteriaDir, `${base}.json`))) {
      problems.add({ file: display(path.join(criteriaDir, name)), message: 'Tệp nội dung bộ tiêu chí không có tệp thông tin (.json) đi kèm.', hint: `Tạo ${base}.json cùng thư mục (xem data/README.md).` });
    }
  }

  const resultsDir = path.join(dataDir, 'ket-qua');
  const seenYears = new Map<string, string>();
  const results = TABLE_EXTENSIONS.flatMap((ext) => listFiles(resultsDir, ext)).flatMap((name) => {
    const file = path.join(resultsDir, name);
    if (!/^\d{4}\.(csv|xlsx)$/.test(name)) {
      problems.add({ file: display(file), scope: 'file', message: 'Tên tệp kết quả phải là năm đánh giá, ví dụ 2026.csv hoặc 2026.xlsx.', hint: 'Đổi tên tệp thành <năm>.csv (hoặc <năm>.xlsx).' });
      return [];
    }
    const other = seenYears.get(name.slice(0, 4));
    if (other) {
      problems.add({ file: display(file), scope: 'file', message: `Năm ${name.slice(0, 4)} có cả ${other} và ${name}: không biết dùng tệp nào.`, hint: 'Giữ một tệp kết quả cho mỗi năm (CSV hoặc Excel), xóa tệp kia.' });
      return [];
    }
    seenYears.set(name.slice(0, 4), name);
    // Score cells are read for every row, rejected or not: their bad numbers are reported too.
    const scoreCells = scoreColumns(problems);
    const read = readCsv(file, resultTable, problems, scoreCells.extra);
    const scores = scoreCells.finish();
    const year = Number(name.slice(0, 4));
    if (scores) for (const r of read.rows) r.value.scores = scores.scoresOf(r.row);
    // A row without a year is of its file's year (templates leave it out of rows an editor adds).
    for (const r of read.rows) if (Number.isNaN(r.value.year)) r.value.year = year;
    const scoredFailedRows: Located<ScoredRow>[] = [];
    for (const f of read.failed) {
      if (scores && !SCORE_INPUTS.some((c) => f.bad.has(c))) {
        const t = f.typed as Pick<ResultRowCells, (typeof SCORE_INPUTS)[number]>;
        scoredFailedRows.push({ row: f.row, value: { year: t.nam ?? year, unitId: t.ma_don_vi, criteriaSetId: t.bo_tieu_chi, selfTotal: t.tong_tu_cham, appraisedTotal: t.tong_tham_dinh, scores: scores.scoresOf(f.row) } });
      }
    }
    return [{ year, file: read.columns.file, rows: read.rows, columns: read.columns, failed: read.failed, scoredFailedRows, unreadable: read.unreadable }];
  });

  const storyDir = path.join(contentDir, 'tin-bai');
  const stories = listFiles(storyDir, '.mdx').flatMap((name) => {
    const file = path.join(storyDir, name);
    const read = readMdx(file, storyFrontmatter, 'Khóa hợp lệ: tieu_de, ngay (dd/mm/yyyy), tom_tat, loai (tin_bai hoặc guong_nguoi_tot), ma_don_vi.', problems);
    return read ? [{ slug: name.replace(/\.mdx$/, ''), file: display(file), path: file, meta: read.meta, body: read.body }] : [];
  });
  const modelStoryDir = path.join(contentDir, 'mo-hinh');
  const modelStories = listFiles(modelStoryDir, '.mdx').flatMap((name) => {
    const file = path.join(modelStoryDir, name);
    const read = readMdx(file, modelStoryFrontmatter, 'Phần đầu bài giới thiệu mô hình có hai khóa tùy chọn: tieu_de, và anh (danh sách ảnh, mỗi ảnh có tep: ./anh/ten-anh.jpg, mo_ta: mô tả những gì ảnh cho thấy, chu_thich, tac_gia). Xem data/README.md.', problems);
    const lead = read?.meta.photos[0]?.file;
    return read ? [{ slug: name.replace(/\.mdx$/, ''), file: display(file), path: file, ...read.meta, body: read.body, leadPhoto: lead ? path.relative(contentDir, path.resolve(modelStoryDir, lead)).split(path.sep).join('/') : null }] : [];
  });

  return {
    settings: settingsValue ? { value: settingsValue, file: display(settingsRead.file) } : null,
    registry,
    criteriaSets,
    unreadableSetIds,
    units: readTableFile(dataDir, 'don-vi', unitTable, problems),
    results,
    models: readTableFile(dataDir, 'mo-hinh', modelTable, problems),
    modelTypes: readTableFile(dataDir, 'loai-mo-hinh', modelTypeTable, problems),
    targets: readTableFile(dataDir, 'chi-tieu', targetTable, problems),
    plans: readTableFile(dataDir, 'ke-hoach', planTable, problems, { optional: true }),
    dossier: readTableFile(dataDir, 'ho-so', dossierTable, problems, { optional: true }),
    awards: readTableFile(dataDir, 'khen-thuong', awardTable, problems, { optional: true }),
    calendar: readTableFile(dataDir, 'lich', calendarTable, problems),
    stories,
    modelStories,
  };
}
