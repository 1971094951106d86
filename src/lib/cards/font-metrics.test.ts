import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFont } from './font-metrics.ts';

const fontDir = path.resolve('node_modules/@expo-google-fonts/be-vietnam-pro');
const bold = parseFont(readFileSync(path.join(fontDir, '700Bold/BeVietnamPro_700Bold.ttf')));

describe('font metrics read from the card font', () => {
  it('maps Latin and precomposed Vietnamese letters to glyphs, and a missing character to 0', () => {
    for (const ch of 'AaĐđƯươắẾễỵỹ0·–“”') expect(bold.glyph(ch.codePointAt(0)!), ch).toBeGreaterThan(0);
    expect(bold.glyph('漢'.codePointAt(0)!)).toBe(0);
  });
  it('gives advances in font units: wide letters wider than narrow ones', () => {
    const adv = (ch: string) => bold.advance(bold.glyph(ch.codePointAt(0)!));
    expect(bold.unitsPerEm).toBeGreaterThan(0);
    expect(adv('W')).toBeGreaterThan(adv('i'));
    expect(adv(' ')).toBeGreaterThan(0);
    // A precomposed letter advances as its base letter does.
    expect(adv('ế')).toBe(adv('e'));
  });
  it('reads pair kerning from GPOS: "AV" and "Ta" close up, "HH" does not', () => {
    const g = (ch: string) => bold.glyph(ch.codePointAt(0)!);
    expect(bold.kerning(g('A'), g('V'))).toBeLessThan(0);
    expect(bold.kerning(g('T'), g('a'))).toBeLessThan(0);
    expect(bold.kerning(g('H'), g('H'))).toBe(0);
  });
  it('knows where the font would draw a ligature ("fi", "ffi"), and nowhere else', () => {
    const ids = (text: string) => Array.from(text, (ch) => bold.glyph(ch.codePointAt(0)!));
    expect(bold.ligatureAt(ids('Wifi'), 2)).toBe(true);
    expect(bold.ligatureAt(ids('office'), 1)).toBe(true);
    expect(ids('Phường Ấn Bình, tổ tự quản').some((_, i, all) => bold.ligatureAt(all, i))).toBe(false);
  });
});
