import { scaleBand, scaleLinear } from 'd3';
import { escapeXml } from '../lib/text/escape-xml.ts';
import { formatNumber } from '../lib/text/format.ts';
import type { SetStats } from '../lib/site/criterion-stats.ts';
import { COLOURS } from '../styles/tokens.ts';

export interface CriteriaChartOptions {
  /** Width of the viewBox; the SVG fills its container. */
  width: number;
  /** Prefix of the ids of <title> and <desc>; unique on the page. */
  id: string;
  /** What the chart is of, for its title: "Khối xã, phường, đặc khu, năm 2025". */
  subject: string;
}

const FONT = 13;
const ROW = 22;
const GROUP_ROW = 24;
const LABEL = 96;
const VALUE = 56;
const BAR = COLOURS.link;
const TRACK = '#e6e4df';
const TEXT = COLOURS.text;
const RULE = COLOURS.rule;
const n = (x: number) => Math.round(x * 100) / 100;

/**
 * Where points are lost, as a static SVG: one bar per criterion, its length the average appraised
 * score as a share of the maximum on a 0–100 % scale, the share written beside it (the chart reads
 * without colour), a heading line per group. The table beside it holds the same figures and more.
 */
export function criteriaChart(stats: SetStats, options: CriteriaChartOptions): string {
  const { width, id, subject } = options;
  type Line = { kind: 'group'; text: string } | { kind: 'criterion'; no: number; share: number | null; below: number; scored: number };
  const lines: Line[] = stats.groups.flatMap((g): Line[] => [
    { kind: 'group', text: `Nhóm ${g.no}: ${g.averageShare === null ? '—' : `${formatNumber(g.averageShare)} %`}` },
    ...g.criteria.map((c): Line => ({ kind: 'criterion', no: c.no, share: c.averageShare, below: c.belowMax, scored: c.scored })),
  ]);
  const x = scaleLinear().domain([0, 100]).range([LABEL, Math.max(LABEL + 40, width - VALUE)]);
  const parts: string[] = [];
  let y = 22;
  // The scale: 0, 50 and 100 % above the bars.
  for (const t of [0, 50, 100]) parts.push(`<text x="${n(x(t))}" y="14" text-anchor="${t === 0 ? 'start' : t === 100 ? 'end' : 'middle'}" font-size="11">${t} %</text>`);
  const top = y;
  for (const l of lines) {
    if (l.kind === 'group') {
      parts.push(`<text x="0" y="${n(y + GROUP_ROW - 8)}" font-weight="700">${escapeXml(l.text)}</text>`);
      y += GROUP_ROW;
      continue;
    }
    const band = scaleBand().domain(['b']).range([y, y + ROW]).padding(0.2);
    const by = band('b')!;
    const label = `Tiêu chí ${l.no}`;
    const value = l.share === null ? 'chưa có điểm' : `${formatNumber(l.share)} %`;
    const title = `${label}: điểm thẩm định trung bình ${value}${l.share === null ? '' : ` điểm tối đa; ${l.below}/${l.scored} đơn vị dưới điểm tối đa`}`;
    parts.push(
      `<g><title>${escapeXml(title)}</title>` +
        `<text x="0" y="${n(by + band.bandwidth() / 2 + FONT * 0.36)}">${label}</text>` +
        `<rect x="${n(x(0))}" y="${n(by)}" width="${n(x(100) - x(0))}" height="${n(band.bandwidth())}" fill="${TRACK}"/>` +
        (l.share === null ? '' : `<rect x="${n(x(0))}" y="${n(by)}" width="${n(x(l.share) - x(0))}" height="${n(band.bandwidth())}" fill="${BAR}"/>`) +
        `<text x="${n(x(100) + 6)}" y="${n(by + band.bandwidth() / 2 + FONT * 0.36)}" font-variant-numeric="tabular-nums">${escapeXml(value)}</text></g>`,
    );
    y += ROW;
  }
  parts.push(`<line x1="${n(x(100))}" x2="${n(x(100))}" y1="${top}" y2="${n(y)}" stroke="${RULE}" stroke-dasharray="3 3"/>`);
  const height = y + 4;
  const worst = stats.groups.flatMap((g) => g.criteria).filter((c) => c.averageShare !== null).sort((a, b) => a.averageShare! - b.averageShare! || a.no - b.no)[0];
  const title = `Điểm thẩm định trung bình theo tiêu chí, % điểm tối đa – ${subject}`;
  const desc = `Mỗi thanh là một tiêu chí; thanh càng ngắn, đơn vị càng mất nhiều điểm ở tiêu chí đó. ${worst ? `Thấp nhất: tiêu chí ${worst.no}, ${formatNumber(worst.averageShare)} %. ` : ''}Bảng bên cạnh trình bày cùng số liệu bằng chữ.`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${n(width)} ${n(height)}" width="100%" font-size="${FONT}" fill="${TEXT}">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>` +
    `<g>${parts.join('')}</g></svg>`
  );
}
