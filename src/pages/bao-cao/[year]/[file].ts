import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../collections/site.ts';
import { criterionStats } from '../../../lib/site/criterion-stats.ts';
import { reportTables } from '../../../lib/site/report-tables.ts';
import { reportWorkbook } from '../../../lib/publish/report-workbook.ts';
import { reportYears, yearReport } from '../../../lib/site/year-report.ts';
import { reportText } from '../../../i18n/report.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  return reportYears(site).map((year) => ({ params: { year: String(year), file: `bao-cao-${year}.xlsx` }, props: { year } }));
};

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const year = props.year as number;
  const report = yearReport(site, year);
  // Dated by its data: the latest decision, or the first of the year before any.
  const bytes = await reportWorkbook(reportTables(report, criterionStats(site, year)), { title: reportText.title(year), publisher: site.settings.publisher, date: report.dataDate ?? `${year}-01-01` });
  return new Response(bytes, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
