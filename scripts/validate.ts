// npm run validate: checks the data folder (DATA_DIR, default data/) and lists every problem.
import { appendFileSync } from 'node:fs';
import { dataPaths, loadDataset } from '../src/lib/validation/dataset.ts';
import { formatAnnotations, formatWarnings, problemOutput } from '../src/lib/validation/problem.ts';

const started = performance.now();
const paths = dataPaths();
const outcome = loadDataset(paths);
const ms = Math.round(performance.now() - started);
// Warnings never block; in GitHub Actions they are annotations of their own.
if (outcome.warnings.length > 0) {
  console.error(formatWarnings(outcome.warnings) + '\n');
  if (process.env.GITHUB_ACTIONS === 'true') console.log(formatAnnotations(outcome.warnings));
}
if (!outcome.ok) {
  const out = problemOutput(outcome.problems);
  console.error(out.stderr);
  if (out.stdout) console.log(out.stdout);
  if (out.summary && process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, out.summary);
  process.exit(1);
}
const d = outcome.dataset;
console.log(
  `✓ Dữ liệu hợp lệ (${paths.dataDir}): ${d.units.length} đơn vị, ${d.results.length} dòng kết quả, ` +
    `${d.criteriaSets.length} bộ tiêu chí, ${d.models.length} mô hình, ${d.stories.length} tin bài; ${ms} ms.`,
);
