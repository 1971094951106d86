// npm run check-site: checks the built site (OUT_DIR, default dist/) before it is published: every
// internal link resolves inside the base path, every page is valid HTML, and no page holds markup the
// site does not write itself. The publishing workflow runs it after the build; a problem stops publishing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { dataPaths } from '../src/lib/validation/dataset.ts';
import { outDir } from '../src/lib/config/out-dir.ts';
import { checkSite, sitePages, type SiteProblem } from '../src/lib/publish/site-check.ts';
import { siteLocation } from '../src/lib/config/site-config.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = outDir(root);
const { base } = siteLocation(dataPaths().dataDir);
const started = performance.now();
const problems: SiteProblem[] = checkSite(dist, base);
const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(root, '.htmlvalidate.json'), 'utf8')));
const pages = sitePages(dist);
for (const page of pages) {
  const report = await validator.validateString(readFileSync(path.join(dist, page), 'utf8'), page);
  for (const r of report.results) for (const m of r.messages) problems.push({ page, message: `HTML không hợp lệ (dòng ${m.line}, ${m.ruleId}): ${m.message}` });
}
const ms = Math.round(performance.now() - started);
if (problems.length > 0) {
  console.error(`Trang dựng ra có ${problems.length} lỗi, chưa được xuất bản:\n`);
  for (const p of problems.slice(0, 200)) console.error(`✗ ${p.page}\n  ${p.message}`);
  if (problems.length > 200) console.error(`… và ${problems.length - 200} lỗi khác.`);
  console.error('\nĐây là lỗi của phần mềm dựng trang hoặc của nội dung bài viết, không phải của bảng dữ liệu: báo cho người quản trị kỹ thuật.');
  process.exit(1);
}
console.log(`✓ Trang dựng ra hợp lệ: ${pages.length} trang, mọi liên kết đều tới được, HTML đúng chuẩn, không có mã lạ (${ms} ms).`);
