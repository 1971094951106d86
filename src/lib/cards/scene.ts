import { escapeXml as xml } from '../text/escape-xml.ts';
import { COLOURS } from '../../styles/tokens.ts';

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
  /** A model's lead photo (absolute path), drawn on the right of the card. */
  photo?: string | undefined;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const FONT = 'Be Vietnam Pro';

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

/** A flat drawing: filled rectangles, then single lines of text, each on one flat background. */
export interface Scene {
  width: number;
  height: number;
  rects: { x: number; y: number; width: number; height: number; fill: string }[];
  /** `x`, `y`: start of the baseline. */
  texts: { x: number; y: number; size: number; weight: number; fill: string; value: string }[];
  /** A photo, cropped to fill this box, laid over the drawing (`card-worker.ts`). */
  photo?: { x: number; y: number; width: number; height: number; file: string };
}

/** A model's share card: a JPEG when it shows the model's lead photo (see `photo.ts`), else a PNG. */
export function modelCardPath(slug: string, hasPhoto: boolean): string {
  return `og/mo-hinh/${slug}.${hasPhoto ? 'jpg' : 'png'}`;
}

/** Where a lead photo goes on a card: the right of the card, under the top bar. */
export const PHOTO_BOX = { x: 744, y: 110, width: CARD_WIDTH - 744, height: CARD_HEIGHT - 110 };

/** Where everything on a card goes: drawn as SVG by `cardSvg`, or composed from glyphs by `raster.ts`. */
export function cardScene(card: Card): Scene {
  // With a photo the text keeps the left column (smaller title, more lines), the photo the right.
  const l = card.photo
    ? { titleChars: 19, titleLines: 3, titleY: 210, titleStep: 70, titleSize: 58, lineGap: 4, lineStep: 48, lineSize: 30, lineChars: 36, footerSize: 26, footerChars: 44 }
    : { titleChars: 26, titleLines: 2, titleY: 230, titleStep: 84, titleSize: 72, lineGap: 10, lineStep: 52, lineSize: 34, lineChars: 62, footerSize: 30, footerChars: 64 };
  const title = wrap(card.title, l.titleChars, l.titleLines);
  const text = (x: number, y: number, size: number, weight: number, fill: string, value: string) => ({ x, y, size, weight, fill, value });
  return {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    rects: [
      { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, fill: COLOURS.background },
      { x: 0, y: 0, width: CARD_WIDTH, height: 110, fill: COLOURS.brand },
      { x: 0, y: 110, width: 24, height: CARD_HEIGHT - 110, fill: card.accent },
    ],
    texts: [
      text(64, 72, 36, 700, COLOURS.background, wrap(card.kicker, 52, 1)[0] ?? ''),
      ...title.map((t, i) => text(64, l.titleY + i * l.titleStep, l.titleSize, 700, COLOURS.text, t)),
      ...card.lines.slice(0, 3).map((line, i) => text(64, l.titleY + title.length * l.titleStep + l.lineGap + i * l.lineStep, l.lineSize, 400, '#3d3d47', wrap(line, l.lineChars, 1)[0] ?? '')),
      text(64, 590, l.footerSize, 600, COLOURS.attention, wrap(card.footer, l.footerChars, 1)[0] ?? ''),
    ],
    ...(card.photo ? { photo: { ...PHOTO_BOX, file: card.photo } } : {}),
  };
}

/** A scene as SVG; every text from the data is escaped. */
export function sceneSvg(scene: Scene): string {
  const { width, height } = scene;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    ...scene.rects.map((r) => `<rect${r.x ? ` x="${r.x}"` : ''}${r.y ? ` y="${r.y}"` : ''} width="${r.width}" height="${r.height}" fill="${xml(r.fill)}"/>`),
    ...scene.texts.map((t) => `<text x="${t.x}" y="${t.y}" font-family="${FONT}" font-size="${t.size}" font-weight="${t.weight}" fill="${t.fill}">${xml(t.value)}</text>`),
    '</svg>',
  ].join('');
}

/** The card as SVG. */
export function cardSvg(card: Card): string {
  return sceneSvg(cardScene(card));
}
