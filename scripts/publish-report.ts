// node scripts/publish-report.ts [--base <git ref>]: what this publication changes against the data at <ref>
// (default HEAD~1), as Markdown for the CI summary. Also written to <out>/bao-cao-xuat-ban.md when dist exists.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataPaths, loadDataset } from '../src/lib/validation/dataset.ts';
import { outDir } from '../src/lib/config/out-dir.ts';
import { diffDatasets, reportMarkdown } from '../src/lib/publish/publish-report.ts';

const { values } = parseArgs({ options: { base: { type: 'string', default: 'HEAD~1' } } });
const root = path.resolve(import.meta.dirname, '..');
const now = loadDataset(dataPaths());
if (!now.ok) {
  console.log('### Báo cáo xuất bản\n\nDữ liệu có lỗi: không xuất bản (xem bước kiểm tra dữ liệu).');
  process.exit(1);
}
let before = null;
let label = `\`${values.base}\``;
try {
  const dir = mkdtempSync(path.join(tmpdir(), 'antq-base-'));
  // The data as it was at the base commit, read with today's rules.
  const tar = execFileSync('git', ['archive', values.base!, 'data', 'content'], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  const old = loadDataset({ dataDir: path.join(dir, 'data'), contentDir: path.join(dir, 'content') });
  before = old.ok ? old.dataset : null;
  if (!old.ok) label += ' (dữ liệu khi đó không hợp lệ: mọi dòng được coi là mới)';
} catch {
  label = 'lần đầu xuất bản (không có dữ liệu trước)';
}
const markdown = reportMarkdown(diffDatasets(before, now.dataset), label);
console.log(markdown);
const dist = outDir(root);
if (existsSync(dist)) writeFileSync(path.join(dist, 'bao-cao-xuat-ban.md'), markdown);
