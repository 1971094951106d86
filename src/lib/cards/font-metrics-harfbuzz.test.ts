// Our OpenType reader against HarfBuzz, the reference shaper (harfbuzzjs, a devDependency used only
// here, as papaparse is for the CSV reader): share cards are placed glyph by glyph from our reader's
// glyphs, advances and kerning, so on the text cards draw they must be exactly what a shaper gives.
// Measured against fontkit too in `scripts/bench-fonts.ts` (BENCHMARKS.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { cardTextCorpus, firstDifference, fromAdvances, readerLayout, type LineLayout } from '../../../tools/fonts/font-corpus.ts';
import { parseFont } from './font-metrics.ts';
import { CARD_FONT_FILES } from './glyphs.ts';

const fontDir = path.resolve(import.meta.dirname, '../../../node_modules/@expo-google-fonts/be-vietnam-pro');
const corpus = cardTextCorpus();
const buffer = new hb.Buffer();

function shaper(bytes: Uint8Array): (text: string) => LineLayout | null {
  const font = new hb.Font(new hb.Face(new hb.Blob(bytes)));
  return (text) => {
    buffer.clearContents();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    const p = buffer.getGlyphPositions();
    return fromAdvances(buffer.getGlyphInfos().map((g) => g.codepoint), p.map((q) => q.xAdvance), p.map((q) => q.xOffset), p.map((q) => q.yOffset));
  };
}

/** Every character a card composes from cached glyphs: printable ASCII and every character of the corpus. */
const characters = [...new Set([...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)), ...corpus.join('')])];

describe.each(Object.entries(CARD_FONT_FILES))('our reader lays out card text as HarfBuzz shapes it (weight %s)', (_, file) => {
  const bytes = new Uint8Array(readFileSync(path.join(fontDir, file)));
  const font = parseFont(bytes);
  const shape = shaper(bytes);

  it('on every commune and province name and every card line: the same glyphs at the same positions', () => {
    const differ = corpus.filter((text) => firstDifference(readerLayout(font, text), shape(text)) >= 0);
    expect(differ).toEqual([]);
  });

  it('on every ordered pair of the characters cards compose (kerning), ligatures detected instead', () => {
    const ids = (text: string) => Array.from(text, (ch) => font.glyph(ch.codePointAt(0)!));
    const ligature = (text: string) => ids(text).some((_, i, all) => font.ligatureAt(all, i));
    const ligatures: string[] = [];
    const differ: string[] = [];
    for (const left of characters) {
      // "L a L b L c …": every pair (L, x) and (x, L) once, in one line; pairs that make a ligature apart.
      const rights = characters.filter((right) => {
        const made = ligature(left + right) || ligature(right + left);
        if (made) ligatures.push(left + right);
        return !made;
      });
      const line = rights.map((right) => left + right).join('') + left;
      if (firstDifference(readerLayout(font, line), shape(line)) >= 0) differ.push(left);
    }
    expect(differ).toEqual([]);
    // Where our reader says a ligature starts, HarfBuzz indeed draws fewer glyphs (og-raster leaves such text to resvg).
    expect(ligatures.length).toBeGreaterThan(0);
    for (const pair of ligatures) {
      const text = ligature(pair) ? pair : [...pair].reverse().join('');
      expect(shape(text)!.glyphs.length, pair).toBeLessThan([...text].length);
    }
  });
});

it('the comparison sees a difference of one font unit', () => {
  const font = parseFont(new Uint8Array(readFileSync(path.join(fontDir, CARD_FONT_FILES[700]!))));
  const a = readerLayout(font, 'Phường Tây Hồ');
  expect(firstDifference(a, { ...a, x: a.x.map((x, i) => (i === 3 ? x + 1 : x)) })).toBe(3);
  expect(firstDifference(a, { ...a, width: a.width - 1 })).toBe(a.glyphs.length);
  expect(firstDifference(a, a)).toBe(-1);
});
