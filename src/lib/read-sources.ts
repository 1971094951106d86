import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { calendarTable } from '../schemas/calendar.ts';
import { criteriaItemTable, criteriaSetMeta } from '../schemas/criteria-set.ts';
import { modelTable } from '../schemas/model.ts';
import { resultTable, SCORE_COLUMN, type ResultRowCells } from '../schemas/result.ts';
import { settingsSchema } from '../schemas/settings.ts';
import { modelStoryFrontmatter, storyFrontmatter } from '../schemas/story.ts';
import { targetTable } from '../schemas/target.ts';
import { unitTable } from '../schemas/unit.ts';
import type { TableSchema } from '../schemas/cell.ts';
import { assembleCriteria } from './criteria.ts';
import { checkContentImages } from './content-images.ts';
import { frontmatterRows } from './frontmatter-rows.ts';
import type { ProblemList } from './problem.ts';
import { ScoreReader } from './scores.ts';
import type { ScoredRow, Sources } from './sources.ts';
import { emptyRead, readTable, type ExtraColumns, type Located, type TableRead } from './table.ts';
import { cleanText } from './text.ts';

/** The cells of a result row the scores rule reads (beside the score cells). */
const SCORE_INPUTS = ['nam', 'ma_don_vi', 'bo_tieu_chi', 'tong_tu_cham', 'tong_tham_dinh'] as const;

/** Paths shown to editors: relative to the working folder when inside it. */
export function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort();
}

function zodProblems(file: string, issues: readonly z.core.$ZodIssue[], defaultHint: string, problems: ProblemList, rowOf?: (path: readonly PropertyKey[]) => number | undefined): void {
  for (const issue of issues) {
    const key = issue.path.join('.');
    const hint = (issue as { params?: { hint?: string } }).params?.hint ?? defaultHint;
    problems.add({ file, row: rowOf?.(issue.path), columnName: key || undefined, message: `${key ? `Khóa "${key}": ` : ''}${issue.message}`, hint });
  }
}

/** JSON with zod: syntax errors and schema issues both become located problems. */
function readJson<T>(file: string, schema: z.ZodType<T, unknown>, problems: ProblemList): T | null {
  const shown = display(file);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '').normalize('NFC'));
  } catch (e) {
    problems.add({ file: shown, message: `Tệp JSON không đọc được: ${(e as Error).message}.`, hint: 'Kiểm tra dấu phẩy, ngoặc và ngoặc kép; có thể mở tệp bằng trình soạn thảo có kiểm tra JSON.' });
    return null;
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  zodProblems(shown, parsed.error.issues, 'Xem data/README.md để biết giá trị hợp lệ của khóa này.', problems);
  return null;
}

function readCsv<T>(file: string, schema: TableSchema<T>, problems: ProblemList, extra?: ExtraColumns): TableRead<T> {
  const shown = display(file);
  if (!existsSync(file)) {
    problems.add({ file: shown, message: 'Thiếu tệp.', hint: `Tạo tệp với dòng tiêu đề: ${schema.columns.join(', ')}.` });
    return emptyRead(shown);
  }
  return readTable(shown, readFileSync(file), schema, problems, extra);
}

/** Front matter between the first two `---` lines of an MDX file. */
function splitFrontmatter(text: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: parseYaml(m[1]!) ?? {}, body: text.slice(m[0].length) };
}

function readMdx<T>(file: string, schema: z.ZodType<T, unknown>, defaultHint: string, problems: ProblemList): { meta: T; body: string } | null {
  const shown = display(file);
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').normalize('NFC');
  let split: { data: unknown; body: string };
  try {
    split = splitFrontmatter(text);
  } catch (e) {
    problems.add({ file: shown, row: 2, message: `Phần đầu (front matter) không đọc được: ${(e as Error).message}`, hint: 'Mỗi dòng dạng "khoa: giá trị"; giá trị có dấu hai chấm đặt trong ngoặc kép.' });
    return null;
  }
  // Pictures are checked whatever the front matter holds, so every problem shows in one run.
  checkContentImages(file, shown, text, problems);
  const parsed = schema.safeParse(split.data);
  if (parsed.success) return { meta: parsed.data, body: split.body };
  zodProblems(shown, parsed.error.issues, defaultHint, problems, frontmatterRows(text));
  return null;
}

/** Reads every file of a data folder and its content folder; the rules run on what this returns. */
export function readSources(dataDir: string, contentDir: string, problems: ProblemList): Sources {
  const settingsFile = path.join(dataDir, 'cai-dat.json');
  let settingsValue = null;
  if (existsSync(settingsFile)) settingsValue = readJson(settingsFile, settingsSchema, problems);
  else problems.add({ file: display(settingsFile), message: 'Thiếu tệp thiết lập trang.', hint: 'Tạo data/cai-dat.json theo mẫu trong data/README.md.' });

  const criteriaDir = path.join(dataDir, 'bo-tieu-chi');
  const criteriaSets = listFiles(criteriaDir, '.json').flatMap((name) => {
    const file = path.join(criteriaDir, name);
    const meta = readJson(file, criteriaSetMeta, problems);
    if (!meta) return [];
    const csvFile = file.replace(/\.json$/, '.csv');
    const items = existsSync(csvFile) ? readCsv(csvFile, criteriaItemTable, problems) : null;
    const value = items ? { ...meta, groups: assembleCriteria(items, problems) } : meta;
    return [{ value, file: display(file), items }];
  });
  for (const name of listFiles(criteriaDir, '.csv')) {
    if (!existsSync(path.join(criteriaDir, name.replace(/\.csv$/, '.json')))) {
      problems.add({ file: display(path.join(criteriaDir, name)), message: 'Tệp nội dung bộ tiêu chí không có tệp thông tin (.json) đi kèm.', hint: `Tạo ${name.replace(/\.csv$/, '.json')} cùng thư mục (xem data/README.md).` });
    }
  }

  const resultsDir = path.join(dataDir, 'ket-qua');
  const results = listFiles(resultsDir, '.csv').flatMap((name) => {
    const file = path.join(resultsDir, name);
    if (!/^\d{4}\.csv$/.test(name)) {
      problems.add({ file: display(file), message: 'Tên tệp kết quả phải là năm đánh giá, ví dụ 2026.csv.', hint: 'Đổi tên tệp thành <năm>.csv.' });
      return [];
    }
    // Score cells are read for every row, rejected or not: their bad numbers are reported too.
    let scores: ScoreReader | undefined;
    const read = readCsv(file, resultTable, problems, {
      column: SCORE_COLUMN,
      open: (keys, columns, rows) => {
        const reader = (scores = new ScoreReader(keys, columns, rows, problems));
        return (row, cells, numbers) => reader.read(row, cells, numbers);
      },
    });
    scores?.finish();
    if (scores) for (const r of read.rows) r.value.scores = scores.scoresOf(r.row);
    const scoredFailedRows: Located<ScoredRow>[] = [];
    for (const f of read.failed) {
      if (scores && !SCORE_INPUTS.some((c) => f.bad.has(c))) {
        const t = f.typed as Pick<ResultRowCells, (typeof SCORE_INPUTS)[number]>;
        scoredFailedRows.push({ row: f.row, value: { year: t.nam, unitId: t.ma_don_vi, criteriaSetId: t.bo_tieu_chi, selfTotal: t.tong_tu_cham, appraisedTotal: t.tong_tham_dinh, scores: scores.scoresOf(f.row) } });
      }
    }
    return [{ year: Number(name.slice(0, 4)), file: read.columns.file, rows: read.rows, columns: read.columns, failed: read.failed, scoredFailedRows }];
  });

  const storyDir = path.join(contentDir, 'tin-bai');
  const stories = listFiles(storyDir, '.mdx').flatMap((name) => {
    const file = path.join(storyDir, name);
    const read = readMdx(file, storyFrontmatter, 'Khóa hợp lệ: tieu_de, ngay (dd/mm/yyyy), tom_tat, loai (tin_bai hoặc guong_nguoi_tot), ma_don_vi.', problems);
    return read ? [{ slug: name.replace(/\.mdx$/, ''), file: display(file), meta: read.meta, body: read.body }] : [];
  });
  const modelStoryDir = path.join(contentDir, 'mo-hinh');
  const modelStories = listFiles(modelStoryDir, '.mdx').flatMap((name) => {
    const file = path.join(modelStoryDir, name);
    const read = readMdx(file, modelStoryFrontmatter, 'Phần đầu bài giới thiệu mô hình có hai khóa tùy chọn: tieu_de, và anh (danh sách ảnh, mỗi ảnh có tep: ./anh/ten-anh.jpg, mo_ta: mô tả những gì ảnh cho thấy, chu_thich, tac_gia). Xem data/README.md.', problems);
    const lead = read?.meta.anh?.[0]?.tep;
    return read ? [{ slug: name.replace(/\.mdx$/, ''), file: display(file), title: read.meta.tieu_de ? cleanText(read.meta.tieu_de) : null, body: read.body, leadPhoto: lead ? path.relative(contentDir, path.resolve(modelStoryDir, lead)).split(path.sep).join('/') : null }] : [];
  });

  return {
    settings: settingsValue ? { value: settingsValue, file: display(settingsFile) } : null,
    criteriaSets,
    units: readCsv(path.join(dataDir, 'don-vi.csv'), unitTable, problems),
    results,
    models: readCsv(path.join(dataDir, 'mo-hinh.csv'), modelTable, problems),
    targets: readCsv(path.join(dataDir, 'chi-tieu.csv'), targetTable, problems),
    calendar: readCsv(path.join(dataDir, 'lich.csv'), calendarTable, problems),
    stories,
    modelStories,
  };
}
