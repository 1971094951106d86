// npm run template -- --year 2027 [--force] [--theo-tieu-chi]: writes data/ket-qua/<year>.xlsx, the workbook an editor
// fills for the year (units holding a recognition ready, every coded column a drop-down, every score checked), and
// adds the year's targets and calendar copied from the year before, marked for checking.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appendRows } from '../src/lib/publish/csv-write.ts';
import { dataPaths, loadDataset } from '../src/lib/validation/dataset.ts';
import { formatProblems } from '../src/lib/validation/problem.ts';
import { display } from '../src/lib/validation/read-sources.ts';
import { resultsWorkbook } from '../tools/workbook/results-template.ts';
import { appendWorkbookRows } from '../tools/workbook/table-workbook.ts';
import { copiedPlanRows, yearTemplateOptions } from '../tools/workbook/year-template.ts';

const { values } = parseArgs({ options: { year: { type: 'string' }, force: { type: 'boolean', default: false }, 'theo-tieu-chi': { type: 'boolean', default: false } } });
const year = Number(values.year);
if (!Number.isInteger(year) || year < 2000 || year > 2100) {
  console.error('Cần năm: npm run template -- --year 2027');
  process.exit(2);
}
const paths = dataPaths();
const outcome = loadDataset(paths);
if (!outcome.ok) {
  console.error('Sửa các lỗi dữ liệu hiện có trước khi tạo mẫu năm mới.\n');
  console.error(formatProblems(outcome.problems));
  process.exit(1);
}
const file = path.join(paths.dataDir, 'ket-qua', `${year}.xlsx`);
const csv = path.join(paths.dataDir, 'ket-qua', `${year}.csv`);
if (existsSync(csv)) {
  console.error(`Đã có ${display(csv)}: kết quả năm ${year} đang được ghi bằng tệp CSV. Mỗi năm chỉ một tệp (CSV hoặc Excel).`);
  process.exit(1);
}
if (existsSync(file) && !values.force) {
  console.error(`Đã có ${display(file)}. Thêm --force để ghi đè (mọi điều đã điền trong tệp sẽ mất).`);
  process.exit(1);
}
const options = yearTemplateOptions(outcome.dataset, year, !values['theo-tieu-chi']);
writeFileSync(file, await resultsWorkbook(options));
const plan = copiedPlanRows(outcome.dataset, year);
// The rows go into the file the editor keeps, CSV or workbook.
const append = async (base: string, rows: Record<string, string>[]) => {
  if (rows.length === 0) return 0;
  const xlsx = path.join(paths.dataDir, `${base}.xlsx`);
  const target = existsSync(xlsx) ? xlsx : path.join(paths.dataDir, `${base}.csv`);
  writeFileSync(target, target === xlsx ? await appendWorkbookRows(readFileSync(target), rows) : appendRows(readFileSync(target, 'utf8'), rows));
  return rows.length;
};
const targets = await append('chi-tieu', plan.targets);
const steps = await append('lich', plan.calendar);
console.log(`✓ Đã tạo ${display(file)}: ${options.expected.length} đơn vị đang giữ công nhận đã có dòng duy trì, ${options.blankRows} dòng trống cho đơn vị đăng ký mới.`);
if (targets + steps > 0) console.log(`  Thêm ${targets} dòng chỉ tiêu và ${steps} mốc lịch năm ${year}, chép từ năm trước và ghi "CẦN KIỂM TRA" ở cột nguồn: sửa theo kế hoạch năm ${year}.`);
console.log('  Mở tệp bằng Excel hoặc LibreOffice; trang tính "Hướng dẫn" giải thích từng cột.');
