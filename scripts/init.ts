// npm run init -- --province 46 [--out DIR] [--year 2027] [--force]: starts a real province's data folder (default data/)
// from the official registry: its communes, wards and special zones as units, the official criteria sets, settings with
// the sample flag off, and this year's empty results workbook, targets and calendar. Its content/ folder beside it is
// emptied too. Refuses to replace anything without --force.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SETTINGS_FILE } from '../src/lib/config/settings-file.ts';
import { dataPaths, loadDataset } from '../src/lib/validation/dataset.ts';
import { formatProblems } from '../src/lib/validation/problem.ts';
import { display } from '../src/lib/validation/read-sources.ts';
import { loadRegistry, OFFICIAL_REGISTRY } from '../src/lib/validation/registry.ts';
import { CALENDAR_COLUMNS, MODEL_COLUMNS, PLAN_COLUMNS, provincePlanRow, provinceSettings, provinceUnitRows, TARGET_COLUMNS, UNIT_COLUMNS } from '../tools/init/province-folder.ts';
import { resultsWorkbook } from '../tools/workbook/results-template.ts';
import { tableWorkbook } from '../tools/workbook/table-workbook.ts';
import { yearTemplateOptions } from '../tools/workbook/year-template.ts';

const { values } = parseArgs({ options: { province: { type: 'string' }, out: { type: 'string' }, year: { type: 'string' }, force: { type: 'boolean', default: false } } });
const root = path.resolve(import.meta.dirname, '..');
const registry = loadRegistry(OFFICIAL_REGISTRY);
const code = (values.province ?? '').padStart(2, '0');
if (!values.province || !registry.provinces.has(code)) {
  console.error('Cần mã tỉnh, thành phố theo danh mục chính thức: npm run init -- --province 46');
  console.error(`Các mã: ${[...registry.provinces.values()].map((p) => `${p.code} ${p.fullName}`).join('; ')}.`);
  process.exit(2);
}
const year = values.year ? Number(values.year) : new Date().getFullYear();
if (!Number.isInteger(year) || year < 2000 || year > 2100) {
  console.error('--year phải là một năm, ví dụ 2027.');
  process.exit(2);
}
const { dataDir, contentDir } = dataPaths({ DATA_DIR: values.out ? path.resolve(values.out) : path.join(root, 'data') });
const occupied = (dir: string) => existsSync(dir) && readdirSync(dir, { recursive: true, withFileTypes: true }).some((e) => e.isFile() && e.name !== '.gitkeep');
for (const dir of [dataDir, contentDir]) {
  if (occupied(dir) && !values.force) {
    console.error(`${display(dir)} đã có tệp. Thêm --force để thay bằng thư mục mới của tỉnh (mọi tệp trong đó sẽ bị xóa), hoặc chọn --out <thư mục khác>.`);
    process.exit(1);
  }
}
for (const dir of [dataDir, contentDir]) rmSync(dir, { recursive: true, force: true });
mkdirSync(path.join(dataDir, 'ket-qua'), { recursive: true });
for (const sub of ['tin-bai', 'mo-hinh']) {
  mkdirSync(path.join(contentDir, sub), { recursive: true });
  writeFileSync(path.join(contentDir, sub, '.gitkeep'), '');
}
cpSync(path.join(root, 'registry', 'bo-tieu-chi'), path.join(dataDir, 'bo-tieu-chi'), { recursive: true });
// The default model types, which the department extends as its models need.
cpSync(path.join(root, 'registry', 'loai-mo-hinh.csv'), path.join(dataDir, 'loai-mo-hinh.csv'));
writeFileSync(path.join(dataDir, SETTINGS_FILE), `${JSON.stringify(provinceSettings(registry, code, year), null, 2)}\n`);
const units = provinceUnitRows(registry, code);
writeFileSync(path.join(dataDir, 'don-vi.xlsx'), await tableWorkbook(UNIT_COLUMNS, units));
writeFileSync(path.join(dataDir, 'mo-hinh.xlsx'), await tableWorkbook(MODEL_COLUMNS, []));
writeFileSync(path.join(dataDir, 'chi-tieu.xlsx'), await tableWorkbook(TARGET_COLUMNS, []));
writeFileSync(path.join(dataDir, 'lich.xlsx'), await tableWorkbook(CALENDAR_COLUMNS, []));
writeFileSync(path.join(dataDir, 'ke-hoach.xlsx'), await tableWorkbook(PLAN_COLUMNS, [provincePlanRow(registry, code, year)]));

// The year's results workbook is made from the folder as validated, like `npm run template`.
const outcome = loadDataset({ dataDir, contentDir });
if (!outcome.ok) {
  console.error(formatProblems(outcome.problems));
  process.exit(1);
}
writeFileSync(path.join(dataDir, 'ket-qua', `${year}.xlsx`), await resultsWorkbook(yearTemplateOptions(outcome.dataset, year)));
const province = registry.provinces.get(code)!;
console.log(`✓ Đã tạo thư mục dữ liệu của ${province.fullName} tại ${display(dataDir)}: ${units.length} xã, phường, đặc khu theo danh mục ngày 1/7/2025.`);
console.log('  Việc tiếp theo:');
console.log('  1. Sửa cai-dat.json (tên cơ quan công bố, địa chỉ trang) và ke-hoach.xlsx (kế hoạch năm nay, điều kiện đăng ký, thẩm quyền công nhận: chỗ ghi "CẦN KIỂM TRA").');
console.log('  2. Thêm cơ quan, doanh nghiệp, cơ sở giáo dục, khu dân cư vào don-vi.xlsx; ghi chỉ tiêu (chi-tieu.xlsx) và lịch (lich.xlsx) của kế hoạch năm nay.');
console.log(`  3. Điền ket-qua/${year}.xlsx, rồi npm run validate và npm run build.`);
