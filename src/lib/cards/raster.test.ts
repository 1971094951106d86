import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardScene, sceneSvg, FONT, type Card } from './scene.ts';
import { cardFontFiles, cardFontMetrics, resvgGlyphs } from './glyphs.ts';
import { glyphCache, rasterScene } from './raster.ts';

const fontDir = path.resolve('node_modules/@expo-google-fonts/be-vietnam-pro');
const fonts = cardFontMetrics(fontDir);
const glyphs = glyphCache(resvgGlyphs(cardFontFiles(fontDir)));
const card: Card = {
  path: 'og/don-vi/x.png',
  kicker: 'Đơn vị điển hình về phong trào Toàn dân bảo vệ ANTQ',
  title: 'Trường Tiểu học Võ Văn Tần, Ấp Vĩnh Yên',
  lines: ['Cơ sở giáo dục · Xã Ỷ La', 'Công nhận năm 2026 · 96,5/100 điểm', 'Năm 2027: Duy trì'],
  footer: 'DỮ LIỆU MINH HỌA – không phải kết quả thật',
  accent: '#009e73',
};

/** The card drawn whole by resvg, as RGB. */
function reference(c: Card): Uint8Array {
  const image = new Resvg(sceneSvg(cardScene(c)), { font: { fontFiles: cardFontFiles(fontDir), loadSystemFonts: false, defaultFontFamily: FONT } }).render();
  return image.pixels;
}

describe('share cards composed from glyphs', () => {
  it('draw a glyph the same whatever a worker drew before, so a card’s bytes never depend on the order of the cards', () => {
    const style = { size: 34, weight: 400 };
    const cps = ['ạ', 'Đ', '…', '€'].map((c) => c.codePointAt(0)!);
    const fresh = glyphCache(resvgGlyphs(cardFontFiles(fontDir)));
    for (const cp of cps) fresh.ensure(style, [cp]);
    const used = glyphCache(resvgGlyphs(cardFontFiles(fontDir)));
    // Sixty-two letters and digits first: drawn as one batch, 'ạ' would sit 62 rows down, where resvg's edges differ.
    const before = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'].map((c) => c.codePointAt(0)!);
    used.ensure(style, [...before, ...cps]);
    for (const cp of cps) for (let phase = 0; phase < 8; phase++) expect(used.get(style, cp, phase), String.fromCodePoint(cp)).toEqual(fresh.get(style, cp, phase));
  });
  it('look like the card drawn whole by resvg (same glyphs, advances and kerning)', () => {
    const png = rasterScene(cardScene(card), fonts, glyphs)!;
    const composed = PNG.sync.read(png);
    expect([composed.width, composed.height]).toEqual([1200, 630]);
    const ref = reference(card);
    let total = 0;
    let far = 0;
    for (let i = 0; i < ref.length; i += 4) {
      const d = Math.max(...[0, 1, 2].map((c) => Math.abs(composed.data[i + c]! - ref[i + c]!)));
      total += d;
      if (d > 32) far++;
    }
    const pixels = ref.length / 4;
    // Differences are only eighth-pixel placement and 32 coverage levels at glyph edges.
    expect(total / pixels).toBeLessThan(1);
    expect(far / pixels).toBeLessThan(0.002);
    // …and the text is there: a glyph-free card would differ by far more.
    const blank = PNG.sync.read(rasterScene({ ...cardScene(card), texts: [] }, fonts, glyphs)!);
    let blankTotal = 0;
    for (let i = 0; i < ref.length; i += 4) blankTotal += Math.abs(blank.data[i]! - ref[i]!);
    expect(blankTotal / pixels).toBeGreaterThan(10 * (total / pixels));
  });
  it('is an indexed PNG, smaller than an RGBA one', () => {
    const png = rasterScene(cardScene(card), fonts, glyphs)!;
    expect(png[25]).toBe(3); // colour type: indexed
    expect(png.length).toBeLessThan(60_000);
  });
  it('declines what it cannot compose faithfully, so the card is drawn whole instead', () => {
    expect(rasterScene(cardScene({ ...card, title: 'Đơn vị 漢字' }), fonts, glyphs)).toBeNull();
    expect(rasterScene(cardScene({ ...card, accent: 'rebeccapurple' }), fonts, glyphs)).toBeNull();
    // What a shaper changes: a ligature ("fi"), a soft hyphen, a decomposed (NFD) letter.
    expect(rasterScene(cardScene({ ...card, title: 'Mô hình Wifi an ninh' }), fonts, glyphs)).toBeNull();
    expect(rasterScene(cardScene({ ...card, title: 'Trường\u00adTiểu học' }), fonts, glyphs)).toBeNull();
    expect(rasterScene(cardScene({ ...card, title: 'Phường Ấn'.normalize('NFD') }), fonts, glyphs)).toBeNull();
    // …and nothing else is declined for it: "f" and "i" apart are composed.
    expect(rasterScene(cardScene({ ...card, title: 'Đội phòng cháy, Tổ tự quản i' }), fonts, glyphs)).not.toBeNull();
  });
});
