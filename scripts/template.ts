// npm run template -- --year 2027 [--force]: writes data/ket-qua/<year>.csv and adds the year's targets and calendar.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataPaths, loadDataset } from '../src/lib/dataset.ts';
import { formatProblems } from '../src/lib/problem.ts';
import { display } from '../src/lib/read-sources.ts';
import { appendRows } from '../src/lib/csv-write.ts';
import { yearTemplate } from '../src/lib/template.ts';

const { values } = parseArgs({ options: { year: { type: 'string' }, force: { type: 'boolean', default: false } } });
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
const file = path.join(paths.dataDir, 'ket-qua', `${year}.csv`);
if (existsSync(file) && !values.force) {
  console.error(`Đã có ${display(file)}. Thêm --force để ghi đè.`);
  process.exit(1);
}
const t = yearTemplate(outcome.dataset, year);
writeFileSync(file, t.results);
const append = (name: string, rows: string[][]) => {
  const target = path.join(paths.dataDir, name);
  writeFileSync(target, appendRows(readFileSync(target, 'utf8'), rows));
  return rows.length;
};
const targets = append('chi-tieu.csv', t.targetRows);
const steps = append('lich.csv', t.calendarRows);
console.log(`✓ Đã tạo ${display(file)}: ${t.maintenanceUnits} đơn vị đang giữ công nhận cần báo cáo duy trì năm ${year}.`);
console.log(`  Thêm ${targets} dòng chỉ tiêu và ${steps} mốc lịch năm ${year} (chép từ năm trước: hãy sửa theo kế hoạch mới).`);
console.log('  Thêm một dòng cho mỗi đơn vị đăng ký xây dựng điển hình năm nay (dang_ky: có, giai_doan: xay_dung, ket_qua: dang_thuc_hien).');
