import type { FontMetrics } from './font-metrics.ts';
import type { Scene } from './scene.ts';
import { encodeIndexedPng } from './png.ts';

/**
 * Share cards composed from cached glyph images instead of rendering each card's SVG.
 *
 * Nationally there are ~38,000 cards. Drawn by resvg each took ~14 ms to render and ~6 ms to
 * encode as RGBA. A card is flat rectangles and lines of text, so it is composed here: each
 * glyph is drawn once per style and eighth-pixel offset (by resvg, the same rasteriser, see
 * `card-worker.ts`), placed with the font's advances and kerning, and the card written as
 * an indexed PNG (one byte a pixel, about a third of the RGBA file).
 */

/** A glyph's coverage (0–255), placed relative to the pen position on the baseline. */
export interface GlyphImage {
  alpha: Uint8Array;
  width: number;
  height: number;
  /** Offset of the image's top-left corner from the pen position (x) and the baseline (y). */
  left: number;
  top: number;
}

export interface GlyphStyle {
  size: number;
  weight: number;
}

/**
 * Draws glyphs of one style, each at every sub-pixel offset: `[glyph][phase]`, phase k placed at
 * k / PHASES px. Asked for many at once, because each drawing call has a fixed cost.
 */
export type GlyphSource = (style: GlyphStyle, codePoints: readonly number[]) => GlyphImage[][];

/** Glyph images kept per style, code point and phase; one cache lives as long as its worker. */
export interface GlyphCache {
  /** Draws, in one go, those of these code points not drawn yet. */
  ensure(style: GlyphStyle, codePoints: Iterable<number>): void;
  get(style: GlyphStyle, codePoint: number, phase: number): GlyphImage;
}

/** Eighth-pixel positions: edges stay within 1/16 px of where resvg puts them (quarters left 0.3 % of pixels visibly off). */
export const PHASES = 8;
/** Characters whose drawing depends on their neighbours or that draw nothing: not composed here. */
const SHAPED = /[\p{M}\p{Default_Ignorable_Code_Point}\p{Cc}]/u;
/** Coverage levels kept per colour pair: 32 is smooth at these sizes and leaves room in a 256-colour palette. */
const LEVELS = 32;

function parseColour(hex: string): number | null {
  return /^#[0-9a-f]{6}$/i.test(hex) ? Number.parseInt(hex.slice(1), 16) : null;
}

function mix(bg: number, fg: number, t: number): number {
  let out = 0;
  for (const shift of [16, 8, 0]) {
    const b = (bg >> shift) & 0xff;
    const f = (fg >> shift) & 0xff;
    out |= Math.round(b + (f - b) * t) << shift;
  }
  return out;
}

/**
 * The characters cards use most, in a fixed order: ASCII, every Vietnamese vowel with each tone in
 * both cases, đ, and the punctuation the site writes.
 */
function commonCodePoints(): number[] {
  const set = new Set<number>();
  for (let c = 0x20; c <= 0x7e; c++) set.add(c);
  for (const vowel of 'aăâeêioôơuưy') {
    for (const tone of ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323']) {
      const letter = (vowel + tone).normalize('NFC');
      set.add(letter.codePointAt(0)!);
      set.add(letter.toUpperCase().codePointAt(0)!);
    }
  }
  for (const ch of 'đĐ·–—…“”‘’«»°') set.add(ch.codePointAt(0)!);
  return [...set].sort((a, b) => a - b);
}

/**
 * Glyphs are drawn in fixed groups, each always with the same neighbours at the same place: resvg's
 * edges move by a level with where in its drawing a glyph sits, so a glyph drawn with whatever a
 * worker happened to need first made a card's bytes depend on which cards that worker drew before
 * (two builds of the same data differed by a pixel). A character outside the groups is drawn alone.
 */
const GROUP_SIZE = 16;
const COMMON = commonCodePoints();
const GROUP_OF = new Map(COMMON.map((cp, i) => [cp, Math.floor(i / GROUP_SIZE)]));
function groupOf(cp: number): number[] {
  const g = GROUP_OF.get(cp);
  return g === undefined ? [cp] : COMMON.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE);
}

export function glyphCache(source: GlyphSource): GlyphCache {
  const cache = new Map<string, GlyphImage[]>();
  const key = (style: GlyphStyle, cp: number) => `${style.size} ${style.weight} ${cp}`;
  return {
    ensure(style, codePoints) {
      for (const cp of new Set(codePoints)) {
        if (cache.has(key(style, cp))) continue;
        const group = groupOf(cp);
        source(style, group).forEach((phases, i) => cache.set(key(style, group[i]!), phases));
      }
    },
    get(style, cp, phase) {
      const phases = cache.get(key(style, cp));
      if (!phases) throw new Error(`glyph ${cp} of ${key(style, cp)} not drawn: call ensure() first`);
      return phases[phase]!;
    },
  };
}

/**
 * The scene as an indexed PNG, or null when it cannot be composed faithfully (a character the
 * font lacks, a colour that is not #rrggbb, more colours than a palette holds): draw it as SVG then.
 */
export function rasterScene(scene: Scene, fonts: ReadonlyMap<number, FontMetrics>, glyphs: GlyphCache): Buffer | null {
  const { width, height } = scene;
  const pixels = new Uint8Array(width * height);
  const palette: number[] = [];
  /** Per palette entry: the colour pair it belongs to (-1 for a flat fill) and its coverage level. */
  const pairOf: number[] = [];
  const levelOf: number[] = [];
  const flat = new Map<number, number>();
  const flatIndex = (colour: number) => {
    let i = flat.get(colour);
    if (i === undefined) {
      flat.set(colour, (i = palette.length));
      palette.push(colour);
      pairOf.push(-1);
      levelOf.push(0);
    }
    return i;
  };

  for (const r of scene.rects) {
    const colour = parseColour(r.fill);
    if (colour === null) return null;
    const index = flatIndex(colour);
    const x0 = Math.max(0, Math.round(r.x));
    const x1 = Math.min(width, Math.round(r.x + r.width));
    for (let y = Math.max(0, Math.round(r.y)); y < Math.min(height, Math.round(r.y + r.height)); y++) pixels.fill(index, y * width + x0, y * width + x1);
  }

  let pairs = 0;
  for (const t of scene.texts) {
    const font = fonts.get(t.weight);
    const fg = parseColour(t.fill);
    if (!font || fg === null) return null;
    // The background is what lies under the start of the line (cards put each line on one flat colour).
    const under = pixels[Math.min(height - 1, Math.max(0, Math.round(t.y - t.size / 3))) * width + Math.min(width - 1, Math.max(0, Math.round(t.x)))]!;
    if (pairOf[under] !== -1) return null;
    const pair = pairs++;
    const ramp = [under];
    for (let level = 1; level < LEVELS; level++) {
      ramp.push(palette.length);
      palette.push(mix(palette[under]!, fg, level / (LEVELS - 1)));
      pairOf.push(pair);
      levelOf.push(level);
    }
    if (palette.length > 256) return null;

    const scale = t.size / font.unitsPerEm;
    const style = { size: t.size, weight: t.weight };
    // Text a shaper would change is left to resvg: combining marks (NFD text), invisible characters
    // (a soft hyphen), and ligatures ("fi" in "Wifi").
    if (SHAPED.test(t.value)) return null;
    const codePoints = Array.from(t.value, (ch) => ch.codePointAt(0)!);
    const ids = codePoints.map((cp) => font.glyph(cp));
    if (ids.some((g, i) => g === 0 || font.ligatureAt(ids, i))) return null;
    glyphs.ensure(style, codePoints);
    let pen = t.x;
    let previous = 0;
    const baseline = Math.round(t.y);
    for (const [i, cp] of codePoints.entries()) {
      const g = ids[i]!;
      if (previous) pen += font.kerning(previous, g) * scale;
      previous = g;
      let x = Math.floor(pen);
      let phase = Math.round((pen - x) * PHASES);
      if (phase === PHASES) (x++, (phase = 0));
      const img = glyphs.get(style, cp, phase);
      const ox = x + img.left;
      const oy = baseline + img.top;
      for (let j = 0; j < img.height; j++) {
        const y = oy + j;
        if (y < 0 || y >= height) continue;
        for (let i = 0; i < img.width; i++) {
          const a = img.alpha[j * img.width + i]!;
          if (a === 0) continue;
          const px = ox + i;
          if (px < 0 || px >= width) continue;
          const level = (a * (LEVELS - 1) + 127) / 255 | 0;
          if (level === 0) continue;
          const at = y * width + px;
          const current = pixels[at]!;
          // Neighbouring glyphs may touch: the stronger coverage wins, as the eye expects.
          if (pairOf[current] === pair && levelOf[current]! >= level) continue;
          pixels[at] = ramp[level]!;
        }
      }
      pen += font.advance(g) * scale;
    }
  }
  return encodeIndexedPng(pixels, width, height, palette);
}
