// npm run validate: checks the data folder (DATA_DIR, default data/) and lists every problem.
import { appendFileSync } from 'node:fs';
import { dataPaths, loadDataset } from '../src/lib/dataset.ts';
import { problemOutput } from '../src/lib/problem.ts';

const started = performance.now();
const paths = dataPaths();
const outcome = loadDataset(paths);
const ms = Math.round(performance.now() - started);
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
