import { scaleBand } from 'd3';
import { OUTCOME_COLOURS, OUTCOMES, type Outcome } from '../schemas/vocabulary.ts';
import { OUTCOME_ORDER } from '../lib/site/site-index.ts';
import { textColourOn } from './contrast.ts';
import { escapeXml } from '../lib/text/escape-xml.ts';
import { COLOURS } from '../styles/tokens.ts';

/** One unit of the chart: its name and its outcome per year (a year without a row is left empty). */
export interface MaintenanceChartRow {
  name: string;
  outcomeByYear: ReadonlyMap<number, Outcome>;
}

export interface MaintenanceChartOptions {
  /** Width of the viewBox; the SVG fills its container (cap it with CSS: a strict CSP forbids inline styles). */
  width: number;
  /** Prefix of the ids of <title> and <desc>; must be unique on the page. */
  id?: string;
  /** Sentence in <desc> that points to the table holding the same data. */
  tableNote?: string;
}


/** A letter per outcome, so the chart still reads in greyscale and without colour vision. */
export const OUTCOME_MARK: Record<Outcome, string> = {
  cong_nhan: 'C',
  duy_tri: 'D',
  khong_duy_tri: 'K',
  khong_cong_nhan: '✕',
  thu_hoi: 'T',
  dang_thuc_hien: '…',
};

const EMPTY_LABEL = 'Không có kết quả năm đó';
const FONT = 13;
/** Average glyph width of a sans-serif Vietnamese name, in em; generous so labels never reach the cells. */
const GLYPH = 0.56;
const ROW = 24;
const HEADER = 24;
const GAP = 8;
const MAX_STEP = 48;
/** Narrowest year column: a bold "2026" at 13 px still fits. */
const MIN_STEP = 36;
const SWATCH = 18;
const LEGEND_LINE = 26;
const OUTLINE = COLOURS.rule;
const STRIPE = COLOURS.surface;
const TEXT = COLOURS.text;

/** Letter colour of a cell: black or white, whichever contrasts more with its fill (at least 4.5:1 for every outcome). */
export function cellTextColour(outcome: Outcome): string {
  return textColourOn(OUTCOME_COLOURS[outcome], '#000000');
}

const n = (x: number) => Math.round(x * 100) / 100;
const textWidth = (s: string, size = FONT) => [...s].length * size * GLYPH;

function truncate(name: string, width: number): string {
  const chars = [...name];
  const fit = Math.floor(width / (FONT * GLYPH));
  return chars.length <= fit ? name : `${chars.slice(0, Math.max(1, fit - 1)).join('')}…`;
}

function cell(x: number, y: number, size: number, outcome: Outcome): string {
  const fill = OUTCOME_COLOURS[outcome];
  const stroke = outcome === 'dang_thuc_hien' ? ` stroke="${OUTLINE}" stroke-width="1.5"` : '';
  return (
    `<rect x="${n(x)}" y="${n(y)}" width="${n(size)}" height="${n(size)}" rx="3" fill="${fill}"${stroke}/>` +
    `<text x="${n(x + size / 2)}" y="${n(y + size / 2 + FONT * 0.36)}" text-anchor="middle" font-weight="700" fill="${cellTextColour(outcome)}">${OUTCOME_MARK[outcome]}</text>`
  );
}

/** Year-by-unit chart of outcomes as a static SVG string: rows are units, columns years. */
export function maintenanceChart(rows: readonly MaintenanceChartRow[], years: readonly number[], options: MaintenanceChartOptions): string {
  const { width, id = 'bieu-do-duy-tri', tableNote = 'Bảng bên dưới trình bày cùng số liệu bằng chữ.' } = options;
  const longest = rows.reduce((m, r) => Math.max(m, textWidth(r.name)), 0);
  // Names take what the year columns leave at their narrowest, but never less than 40 % of the width.
  const labelWidth = Math.min(longest, Math.max(width * 0.4, width - years.length * MIN_STEP - GAP));
  const gridLeft = labelWidth + GAP;
  const x = scaleBand<number>()
    .domain(years)
    .range([gridLeft, Math.min(width - 2, gridLeft + years.length * MAX_STEP)])
    .paddingInner(0.12);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([HEADER, HEADER + rows.length * ROW])
    .paddingInner(0.15);
  const size = Math.min(x.bandwidth(), y.bandwidth());
  // In columns narrower than a bold "2026" plus a gap, smaller year labels keep neighbours apart.
  const yearFont = x.step() < textWidth('2026') + 8 ? ` font-size="${FONT - 2}"` : '';
  const gridRight = x.range()[1];
  const parts: string[] = [];

  for (const year of years) {
    parts.push(`<text x="${n(x(year)! + x.bandwidth() / 2)}" y="${HEADER - 8}" text-anchor="middle" font-weight="600"${yearFont}>${year}</text>`);
  }
  rows.forEach((row, i) => {
    const top = y(i)!;
    const out: string[] = [];
    if (i % 2 === 1) out.push(`<rect x="0" y="${n(top - (ROW - y.bandwidth()) / 2)}" width="${n(gridRight)}" height="${ROW}" fill="${STRIPE}"/>`);
    out.push(`<text x="0" y="${n(top + y.bandwidth() / 2 + FONT * 0.36)}">${escapeXml(truncate(row.name, labelWidth))}</text>`);
    for (const year of years) {
      const outcome = row.outcomeByYear.get(year);
      const left = x(year)! + (x.bandwidth() - size) / 2;
      const label = outcome ? OUTCOMES[outcome] : EMPTY_LABEL;
      out.push(`<g><title>${escapeXml(`${row.name}, năm ${year}: ${label}`)}</title>${outcome ? cell(left, top + (y.bandwidth() - size) / 2, size, outcome) : ''}</g>`);
    }
    parts.push(`<g>${out.join('')}</g>`);
  });

  const legendItems: [Outcome | null, string][] = [...OUTCOME_ORDER.map((o): [Outcome, string] => [o, OUTCOMES[o]]), [null, EMPTY_LABEL]];
  let lx = 0;
  let ly = HEADER + rows.length * ROW + 16;
  const legend: string[] = [];
  for (const [outcome, label] of legendItems) {
    const itemWidth = SWATCH + 6 + textWidth(label) + 16;
    if (lx > 0 && lx + itemWidth > width) {
      lx = 0;
      ly += LEGEND_LINE;
    }
    const swatch = outcome
      ? cell(lx, ly, SWATCH, outcome)
      : `<rect x="${n(lx)}" y="${n(ly)}" width="${SWATCH}" height="${SWATCH}" rx="3" fill="none" stroke="${OUTLINE}" stroke-dasharray="2 2"/>`;
    legend.push(`<g>${swatch}<text x="${n(lx + SWATCH + 6)}" y="${n(ly + SWATCH / 2 + FONT * 0.36)}">${escapeXml(label)}</text></g>`);
    lx += itemWidth;
  }
  const height = ly + SWATCH + 4;

  const first = years[0];
  const last = years[years.length - 1];
  const span = first === undefined ? '' : first === last ? ` năm ${first}` : ` từ năm ${first} đến năm ${last}`;
  const key = OUTCOME_ORDER.map((o) => `${OUTCOME_MARK[o]}: ${OUTCOMES[o]}`).join('; ');
  const title = `Kết quả từng năm của ${rows.length} đơn vị từng được công nhận${span}`;
  const desc = `Mỗi hàng là một đơn vị, mỗi cột là một năm. Mỗi ô được tô màu và ghi chữ theo kết quả năm đó (${key}); ô trống: không có kết quả năm đó. ${tableNote}`;

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${n(width)} ${n(height)}" width="100%" font-size="${FONT}" fill="${TEXT}">` +
    `<title id="${id}-title">${escapeXml(title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>` +
    `<g>${parts.join('')}</g>` +
    `<g>${legend.join('')}</g>` +
    `</svg>`
  );
}
