import { escapeXml as xml } from './escape-xml.ts';

/** What a shared link shows on Zalo or Facebook: who, which year, what outcome. */
export interface Card {
  /** Output path under the build folder, e.g. "og/don-vi/phuong-a.png". */
  path: string;
  kicker: string;
  title: string;
  lines: string[];
  footer: string;
  /** Colour of the accent bar: the outcome's colour, or the brand's. */
  accent: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const FONT = 'Be Vietnam Pro';

/** Greedy word wrap by an average glyph width: good enough for a headline, never cut mid-word. */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S*$/, '')} …`;
    return kept;
  }
  return lines;
}

/** The card as SVG; every text from the data is escaped. */
export function cardSvg(card: Card): string {
  const title = wrap(card.title, 26, 2);
  const text = (x: number, y: number, size: number, weight: number, fill: string, value: string) =>
    `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${xml(value)}</text>`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${CARD_WIDTH}" height="110" fill="#9b1c1c"/>`,
    `<rect y="110" width="24" height="${CARD_HEIGHT - 110}" fill="${xml(card.accent)}"/>`,
    text(64, 72, 36, 700, '#ffffff', wrap(card.kicker, 52, 1)[0] ?? ''),
    ...title.map((t, i) => text(64, 230 + i * 84, 72, 700, '#1b1b1f', t)),
    ...card.lines.slice(0, 3).map((l, i) => text(64, 230 + title.length * 84 + 10 + i * 52, 34, 400, '#3d3d47', wrap(l, 62, 1)[0] ?? '')),
    text(64, 590, 30, 600, '#9c3f00', wrap(card.footer, 64, 1)[0] ?? ''),
    '</svg>',
  ];
  return parts.join('');
}
