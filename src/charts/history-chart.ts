import { scaleBand, scaleLinear } from 'd3';
import { REPORT_MEASURES } from '../i18n/report.ts';
import { OUTCOME_COLOURS, TRACKS } from '../schemas/vocabulary.ts';
import { escapeXml } from '../lib/text/escape-xml.ts';
import { HISTORY_MEASURES, type HistoryPoint } from '../lib/site/year-report.ts';
import { cellTextColour, OUTCOME_MARK } from './maintenance-chart.ts';
import { COLOURS } from '../styles/tokens.ts';

export interface HistoryChartOptions {
  width: number;
  id: string;
}

const FONT = 13;
const PLOT = 150;
const TEXT = COLOURS.text;
const RULE = COLOURS.rule;
const n = (x: number) => Math.round(x * 100) / 100;

/**
 * Recognitions, maintenance, lapses and revocations per year, one panel per track, as a static SVG:
 * four bars a year, each with its count above it and its letter (C, D, K, T, as the maintenance
 * chart writes them) beneath, so it reads in greyscale. The table beside it holds the same counts.
 */
export function historyChart(points: readonly HistoryPoint[], options: HistoryChartOptions): string {
  const { width, id } = options;
  const tracks = (Object.keys(TRACKS) as (keyof typeof TRACKS)[]).filter((t) => points.some((p) => p.track === t));
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const max = Math.max(1, ...points.flatMap((p) => HISTORY_MEASURES.map((m) => p[m])));
  const x = scaleBand<number>().domain(years).range([0, width]).paddingInner(0.2).paddingOuter(0.05);
  const inner = scaleBand<string>().domain(HISTORY_MEASURES).range([0, x.bandwidth()]).paddingInner(0.1);
  const parts: string[] = [];
  let top = 0;
  for (const track of tracks) {
    const panelTop = top + 20;
    const y = scaleLinear().domain([0, max]).range([panelTop + 18 + PLOT, panelTop + 18]);
    const base = y(0);
    parts.push(`<text x="0" y="${n(top + 14)}" font-weight="700">${escapeXml(TRACKS[track])}</text>`);
    parts.push(`<line x1="0" x2="${n(width)}" y1="${n(base)}" y2="${n(base)}" stroke="${RULE}"/>`);
    for (const year of years) {
      const p = points.find((q) => q.year === year && q.track === track);
      for (const m of HISTORY_MEASURES) {
        const v = p ? p[m] : 0;
        const left = x(year)! + inner(m)!;
        const w = inner.bandwidth();
        const h = base - y(v);
        parts.push(
          `<g><title>${escapeXml(`${TRACKS[track]}, năm ${year}: ${REPORT_MEASURES[m]} ${v}`)}</title>` +
            (v > 0 ? `<rect x="${n(left)}" y="${n(y(v))}" width="${n(w)}" height="${n(h)}" fill="${OUTCOME_COLOURS[m]}"/>` : '') +
            `<text x="${n(left + w / 2)}" y="${n(y(v) - 4)}" text-anchor="middle" font-size="11">${v}</text>` +
            `<text x="${n(left + w / 2)}" y="${n(base + 14)}" text-anchor="middle" font-size="11" font-weight="700">${OUTCOME_MARK[m]}</text></g>`,
        );
      }
      parts.push(`<text x="${n(x(year)! + x.bandwidth() / 2)}" y="${n(base + 32)}" text-anchor="middle" font-weight="600">${year}</text>`);
    }
    top = base + 44;
  }
  // Legend: swatch with its letter, then the word.
  let lx = 0;
  const legend: string[] = [];
  for (const m of HISTORY_MEASURES) {
    const label = REPORT_MEASURES[m];
    legend.push(
      `<g><rect x="${n(lx)}" y="${n(top)}" width="18" height="18" rx="3" fill="${OUTCOME_COLOURS[m]}"/>` +
        `<text x="${n(lx + 9)}" y="${n(top + 13)}" text-anchor="middle" font-weight="700" fill="${cellTextColour(m)}">${OUTCOME_MARK[m]}</text>` +
        `<text x="${n(lx + 24)}" y="${n(top + 13)}">${escapeXml(label)}</text></g>`,
    );
    lx += 24 + [...label].length * FONT * 0.56 + 16;
    if (lx > width - 120) {
      lx = 0;
      top += 26;
    }
  }
  const height = top + (lx === 0 ? 0 : 26);
  const span = years.length === 0 ? '' : years.length === 1 ? ` năm ${years[0]}` : ` từ năm ${years[0]} đến năm ${years[years.length - 1]}`;
  const title = `Công nhận mới, duy trì, không duy trì và thu hồi${span}, theo khối`;
  const desc = `Mỗi khối một khung; mỗi năm bốn cột, số trên đầu cột, chữ dưới chân cột (${HISTORY_MEASURES.map((m) => `${OUTCOME_MARK[m]}: ${REPORT_MEASURES[m]}`).join('; ')}). Bảng bên cạnh trình bày cùng số liệu bằng chữ.`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${n(width)} ${n(height)}" width="100%" font-size="${FONT}" fill="${TEXT}">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>` +
    `<g>${parts.join('')}</g><g>${legend.join('')}</g></svg>`
  );
}
