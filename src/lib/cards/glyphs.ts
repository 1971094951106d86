import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { escapeXml } from '../text/escape-xml.ts';
import { parseFont, type FontMetrics } from './font-metrics.ts';
import { FONT } from './scene.ts';
import { PHASES, type GlyphImage, type GlyphSource } from './raster.ts';

/** The card font's files by weight, under @expo-google-fonts/be-vietnam-pro. */
export const CARD_FONT_FILES: Readonly<Record<number, string>> = {
  400: '400Regular/BeVietnamPro_400Regular.ttf',
  600: '600SemiBold/BeVietnamPro_600SemiBold.ttf',
  700: '700Bold/BeVietnamPro_700Bold.ttf',
};

export function cardFontFiles(fontDir: string): string[] {
  return Object.values(CARD_FONT_FILES).map((f) => path.join(fontDir, f));
}

export function cardFontMetrics(fontDir: string): Map<number, FontMetrics> {
  return new Map(Object.entries(CARD_FONT_FILES).map(([weight, f]) => [Number(weight), parseFont(readFileSync(path.join(fontDir, f)))]));
}

const EMPTY: GlyphImage = { alpha: new Uint8Array(0), width: 0, height: 0, left: 0, top: 0 };

/** Glyph images drawn by resvg, the rasteriser that draws the SVG cards: the same coverage, glyph by glyph. */
export function resvgGlyphs(fontFiles: string[]): GlyphSource {
  const options = { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT } };
  return ({ size, weight }, codePoints) => {
    // One drawing for all: a grid with a row per glyph and a cell per phase, each cell with room
    // for the widest glyph and Vietnamese marks stacked above capitals. resvg loads the fonts on
    // every drawing, which costs more than the glyphs.
    const pad = Math.ceil(size * 0.5);
    const base = Math.ceil(size * 1.5);
    const cellWidth = Math.ceil(size * 1.6) + 2 * pad;
    const cellHeight = Math.ceil(size * 2.1);
    const width = cellWidth * PHASES;
    const height = cellHeight * codePoints.length;
    const texts = codePoints.flatMap((cp, row) =>
      Array.from({ length: PHASES }, (_, phase) =>
        `<text x="${phase * cellWidth + pad + phase / PHASES}" y="${row * cellHeight + base}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="#000000">${escapeXml(String.fromCodePoint(cp))}</text>`,
      ),
    );
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${texts.join('')}</svg>`;
    const rgba = new Resvg(svg, options).render().pixels;
    return codePoints.map((_, row) => Array.from({ length: PHASES }, (_, phase) => crop(rgba, width, phase * cellWidth, row * cellHeight, cellWidth, cellHeight, pad, base)));
  };
}

/** The glyph in one cell of the grid, cropped to its ink, placed relative to pen and baseline. */
function crop(rgba: Uint8Array, stride: number, cx: number, cy: number, cw: number, ch: number, pad: number, base: number): GlyphImage {
  let x0 = cw;
  let y0 = ch;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      if (rgba[((cy + y) * stride + cx + x) * 4 + 3]! > 0) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        y1 = y;
      }
    }
  }
  if (x1 < 0) return EMPTY;
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  const alpha = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) alpha[y * w + x] = rgba[((cy + y0 + y) * stride + cx + x0 + x) * 4 + 3]!;
  return { alpha, width: w, height: h, left: x0 - pad, top: y0 - base };
}
