import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { criteriaChart } from '../src/charts/criteria-chart.ts';
import { historyChart } from '../src/charts/history-chart.ts';
import { unitEntries } from '../src/collections/loader.ts';
import { criterionStats } from '../src/lib/site/criterion-stats.ts';
import type { Dataset } from '../src/lib/validation/dataset.ts';
import { toCsv } from '../src/lib/publish/open-data.ts';
import { reportTables } from '../src/lib/site/report-tables.ts';
import { reportWorkbook } from '../src/lib/publish/report-workbook.ts';
import { buildSite } from '../src/lib/site/site-index.ts';
import { reportHistory, reportYears, yearReport } from '../src/lib/site/year-report.ts';

/**
 * What the yearly report adds to a build, measured in this process on the same dataset: the
 * report, the statistics of where points are lost, the tables as CSV, the workbooks and the charts
 * of every year (what the report pages, their downloads and /tieu-chi/ compute). A figure beside
 * the full build's time, not a test.
 */
export async function reportCost(dataset: Dataset): Promise<{ ms: number; steps: string }> {
  const site = buildSite({ ...dataset, units: unitEntries(dataset).map((e) => e.data) });
  const t0 = performance.now();
  const years = reportYears(site);
  for (const y of years) yearReport(site, y);
  const t1 = performance.now();
  for (const y of years) criterionStats(site, y);
  const t2 = performance.now();
  let csvBytes = 0;
  for (const y of years) for (const t of reportTables(yearReport(site, y), criterionStats(site, y))) csvBytes += toCsv(t.columns.map((c) => c.key), t.rows).length;
  const t3 = performance.now();
  for (const y of years) await reportWorkbook(reportTables(yearReport(site, y), criterionStats(site, y)), { title: String(y), publisher: 'x', date: `${y}-12-31` });
  const t4 = performance.now();
  for (const y of years) for (const s of criterionStats(site, y)) criteriaChart(s, { width: 360, id: 'c', subject: String(y) });
  historyChart(reportHistory(site), { width: 480, id: 'h' });
  const t5 = performance.now();
  const f = (a: number, b: number) => `${(b - a).toFixed(0)} ms`;
  return { ms: t5 - t0, steps: `counts ${f(t0, t1)}, points lost ${f(t1, t2)}, CSV ${f(t2, t3)} (${(csvBytes / 1024).toFixed(0)} KB), workbooks ${f(t3, t4)}, charts ${f(t4, t5)}` };
}

/** The report pages as a phone downloads them: HTML plus linked stylesheets, gzipped; the largest first. */
export function reportPageSizes(dist: string): { page: string; gz: number }[] {
  const pages = ['bao-cao/index.html', 'tieu-chi/index.html', ...readdirSync(path.join(dist, 'bao-cao')).filter((d) => /^\d{4}$/.test(d)).map((d) => `bao-cao/${d}/index.html`)];
  return pages
    .map((page) => {
      const html = readFileSync(path.join(dist, page));
      let gz = gzipSync(html).length;
      for (const [, href] of html.toString('utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) gz += gzipSync(readFileSync(path.join(dist, href!))).length;
      return { page, gz };
    })
    .sort((a, b) => b.gz - a.gz);
}

/** Astro's own render times of the report pages and workbooks, from its build log ("(+265ms)"): pages render concurrently, so a rough sum. */
export function reportRenderMs(log: string): number {
  let ms = 0;
  for (const m of log.matchAll(/\/bao-cao\/[^\s]*\s+\(\+([\d.]+)(ms|s)\)/g)) ms += Number(m[1]) * (m[2] === 's' ? 1000 : 1);
  return ms;
}
