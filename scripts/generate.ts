// npm run generate -- --units 35000 --years 5 --out /tmp/antq-35k [--end-year 2029] [--seed 1] [--photos] [--check]
// Writes a synthetic, clearly labelled data folder (data/ and content/) that passes validation.
// --photos: one model in ten gets a story with a 4000×3000 photo-like JPEG in its gallery.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SETTINGS_FILE } from '../src/lib/config/settings-file.ts';
import { loadDataset } from '../src/lib/validation/dataset.ts';
import { generate } from '../tools/generate/synthetic.ts';
import { photoGrain, syntheticPhoto } from '../tools/generate/synthetic-photo.ts';
import { readSources } from '../src/lib/validation/read-sources.ts';
import { ProblemList } from '../src/lib/validation/problem.ts';
import { loadRegistry, OFFICIAL_REGISTRY } from '../src/lib/validation/registry.ts';

const { values } = parseArgs({
  options: {
    units: { type: 'string', default: '1000' },
    years: { type: 'string', default: '5' },
    'end-year': { type: 'string', default: '2029' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    check: { type: 'boolean', default: false },
    photos: { type: 'boolean', default: false },
  },
});
if (!values.out) {
  console.error('Cần --out <thư mục>, ví dụ: npm run generate -- --units 1000 --years 5 --out /tmp/antq-1k');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(values.out);
// Only ever replace a folder this script made (or an empty one): never a project or a data folder.
if (existsSync(out) && readdirSync(out).some((f) => f !== 'data' && f !== 'content')) {
  console.error(`${out} đã có tệp khác; chọn một thư mục mới.`);
  process.exit(2);
}
const dataDir = path.join(out, 'data');
rmSync(dataDir, { recursive: true, force: true });
rmSync(path.join(out, 'content'), { recursive: true, force: true });
mkdirSync(path.join(dataDir, 'ket-qua'), { recursive: true });
mkdirSync(path.join(out, 'content', 'mo-hinh'), { recursive: true });
mkdirSync(path.join(out, 'content', 'tin-bai'), { recursive: true });
// The official criteria sets (registry/, not the editors' data/), read through the same validated path as everything else.
cpSync(path.join(root, 'registry', 'bo-tieu-chi'), path.join(dataDir, 'bo-tieu-chi'), { recursive: true });
cpSync(path.join(root, 'registry', 'loai-mo-hinh.csv'), path.join(dataDir, 'loai-mo-hinh.csv'));
const criteria = readSources(path.join(root, 'registry'), path.join(root, 'content'), new ProblemList()).criteriaSets.map((s) => s.value);
const endYear = Number(values['end-year']);
const files = generate({ units: Number(values.units), years: Number(values.years), endYear, seed: Number(values.seed), criteriaSets: criteria, registry: loadRegistry(OFFICIAL_REGISTRY) });
for (const [rel, text] of Object.entries(files)) writeFileSync(path.join(dataDir, rel), text);
const settings = {
  ten_trang: 'Điển hình phong trào toàn dân bảo vệ ANTQ (dữ liệu tổng hợp)',
  co_quan_cong_bo: 'Dữ liệu tổng hợp để kiểm thử, không phải của cơ quan nào',
  dia_ban: `Toàn quốc (${values.units} đơn vị tổng hợp)`,
  ma_tinh: 'toan_quoc',
  dia_chi_trang: 'https://antq.example.gov.vn',
  duong_dan_goc: '/',
  du_lieu_minh_hoa: true,
  giay_phep: 'Dữ liệu tổng hợp, hư cấu hoàn toàn.',
  nam_hien_tai: endYear,
};
writeFileSync(path.join(dataDir, SETTINGS_FILE), JSON.stringify(settings, null, 2) + '\n');
console.log(`Đã tạo ${values.units} đơn vị × ${values.years} năm tại ${out}`);
if (values.photos) {
  // One model in ten, as a province might photograph its models: a phone-sized photo each, every
  // one different (a shared picture would be encoded once and flatter the figures).
  const slugs = files['mo-hinh.csv']!.split('\n').slice(1).filter(Boolean).map((line) => line.slice(0, line.indexOf(',')));
  const photoDir = path.join(out, 'content', 'mo-hinh', 'anh');
  mkdirSync(photoDir, { recursive: true });
  const [width, height] = [4000, 3000];
  const grain = await photoGrain(width, height);
  let count = 0;
  for (const [i, slug] of slugs.entries()) {
    if (i % 10 !== 0) continue;
    writeFileSync(path.join(photoDir, `${slug}.jpg`), await syntheticPhoto(width, height, i + 1, { grain }));
    writeFileSync(
      path.join(out, 'content', 'mo-hinh', `${slug}.mdx`),
      `---\nanh:\n  - tep: ./anh/${slug}.jpg\n    mo_ta: Ảnh tổng hợp của mô hình ${slug}, không chụp người hay nơi nào\n    chu_thich: Ảnh tổng hợp để đo hiệu năng.\n    tac_gia: Máy tạo dữ liệu\n---\n\nBài giới thiệu tổng hợp của mô hình (dữ liệu tổng hợp).\n`,
    );
    count++;
  }
  console.log(`Đã tạo ${count} ảnh ${width}×${height} cho ${count} mô hình`);
}
if (values.check) {
  const outcome = loadDataset({ dataDir, contentDir: path.join(out, 'content') });
  if (!outcome.ok) {
    console.error(outcome.problems.slice(0, 20));
    process.exit(1);
  }
  console.log(`✓ hợp lệ: ${outcome.dataset.results.length} dòng kết quả`);
}
