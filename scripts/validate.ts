// npm run validate: checks the data folder (DATA_DIR, default data/) and lists every problem.
import { dataPaths, loadDataset } from '../src/lib/dataset.ts';
import { formatAnnotations, formatProblems } from '../src/lib/problem.ts';

const started = performance.now();
const paths = dataPaths();
const outcome = loadDataset(paths);
const ms = Math.round(performance.now() - started);
if (!outcome.ok) {
  console.error(formatProblems(outcome.problems));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(formatAnnotations(outcome.problems));
  process.exit(1);
}
const d = outcome.dataset;
console.log(
  `✓ Dữ liệu hợp lệ (${paths.dataDir}): ${d.units.length} đơn vị, ${d.results.length} dòng kết quả, ` +
    `${d.criteriaSets.length} bộ tiêu chí, ${d.models.length} mô hình, ${d.stories.length} tin bài; ${ms} ms.`,
);
