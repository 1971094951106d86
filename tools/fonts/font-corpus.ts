/**
 * Realistic share-card text and one line layout per shaper, shared by `scripts/bench-fonts.ts` and
 * `src/lib/cards/font-metrics-harfbuzz.test.ts` (our OpenType reader held equal to HarfBuzz).
 *
 * A layout is what `raster.ts` needs to place cached glyph images: glyph ids and each glyph's
 * pen position, in font units, from the start of the line (advances plus pair kerning).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FontMetrics } from '../../src/lib/cards/font-metrics.ts';
import { KINDS, OUTCOMES } from '../../src/schemas/vocabulary.ts';

const root = path.resolve(import.meta.dirname, '../..');

interface RegistryProvince {
  FullName: string;
  Wards: { FullName: string; AdministrativeUnitShortName: string }[];
}

/**
 * Every string a national set of cards would draw, NFC as cards carry it: the 3,321 commune names
 * (titles), each commune's "kind · province" line, the 34 provinces, the model kinds, and the card's
 * fixed and numeric lines in the formats of `share-cards.ts`, `standing.ts` and `result-score.ts`.
 * Deterministic; about 3,600 distinct strings.
 */
export function cardTextCorpus(): string[] {
  const registry = JSON.parse(readFileSync(path.join(root, 'registry/vn-units-2026-07-25.json'), 'utf8')) as RegistryProvince[];
  const out = new Set<string>();
  for (const p of registry) {
    out.add(p.FullName);
    for (const w of p.Wards) {
      out.add(w.FullName);
      out.add(`${w.AdministrativeUnitShortName} · ${p.FullName}`);
    }
  }
  const modelKinds = readFileSync(path.join(root, 'registry/loai-mo-hinh.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const m = line.match(/^[^,]*,(?:"([^"]*)"|([^,]*))/)!;
      return m[1] ?? m[2]!;
    });
  for (const k of modelKinds) out.add(`Mô hình ${k}`);
  for (const k of Object.values(KINDS)) out.add(k);
  out.add('Điển hình phong trào toàn dân bảo vệ ANTQ');
  out.add('Ban Chỉ đạo phong trào toàn dân bảo vệ ANTQ tỉnh Sông Mây (minh họa)');
  out.add('DỮ LIỆU MINH HỌA – không phải kết quả thật');
  out.add('Tỉnh Sông Mây (minh họa)');
  const scores: [number, number][] = [[47, 50], [50, 50], [38.5, 50], [90.5, 100], [72, 100], [100, 100]];
  for (let year = 2025; year <= 2029; year++) {
    for (const outcome of Object.values(OUTCOMES)) {
      out.add(`Năm ${year}: ${outcome}`);
      for (const [v, max] of scores) {
        const share = String(Math.round((v / max) * 1000) / 10).replace('.', ',');
        out.add(`Năm ${year}: ${outcome} · thẩm định ${String(v).replace('.', ',')}/${max} (${share} %)`);
        out.add(`Năm ${year}: ${outcome} · tự chấm ${String(v).replace('.', ',')}/${max}`);
      }
    }
    out.add(`Kết quả năm ${year}`);
    out.add(`Được công nhận điển hình năm ${year}.`);
    for (let n = 1; n <= 4; n++) out.add(`Được công nhận điển hình năm ${year}, duy trì ${n} năm liên tiếp.`);
    out.add(`Đã được công nhận năm ${year}, sau đó không duy trì được kết quả.`);
    out.add(`Đã được công nhận năm ${year}, sau đó bị thu hồi công nhận.`);
    out.add(`Đã được công nhận năm ${year}, duy trì 2 năm; từ năm ${year + 3} đơn vị nhập vào đơn vị khác, không còn là đơn vị riêng.`);
  }
  out.add('Chưa được công nhận điển hình.');
  for (const n of [0, 7, 48, 365, 2611]) {
    out.add(`${n} công nhận mới · ${n * 3} duy trì`);
    out.add(`${n} đơn vị đang thực hiện`);
    out.add(`${n} đơn vị có kết quả`);
  }
  return [...out].map((s) => s.normalize('NFC'));
}

export interface LineLayout {
  glyphs: number[];
  /** Pen position of each glyph, font units, from the start of the line. */
  x: number[];
  /** The line's advance width, font units. */
  width: number;
}

/** The layout `raster.ts` draws: cmap glyphs, advances, pair kerning between neighbours. */
export function readerLayout(font: FontMetrics, text: string): LineLayout & { ligature: boolean } {
  const glyphs: number[] = [];
  const x: number[] = [];
  let pen = 0;
  let previous = 0;
  for (const ch of text) {
    const g = font.glyph(ch.codePointAt(0)!);
    if (previous) pen += font.kerning(previous, g);
    x.push(pen);
    glyphs.push(g);
    pen += font.advance(g);
    previous = g;
  }
  return { glyphs, x, width: pen, ligature: glyphs.some((_, i) => font.ligatureAt(glyphs, i)) };
}

/** Positions from per-glyph advances and offsets (HarfBuzz's and fontkit's shape output). */
export function fromAdvances(glyphs: number[], advances: ArrayLike<number>, xOffsets: ArrayLike<number>, yOffsets: ArrayLike<number>): LineLayout | null {
  const x: number[] = [];
  let pen = 0;
  for (let i = 0; i < glyphs.length; i++) {
    // A vertical offset (a mark placed on its base) is something og-raster cannot draw: count it as a difference.
    if (yOffsets[i]) return null;
    x.push(pen + xOffsets[i]!);
    pen += advances[i]!;
  }
  return { glyphs, x, width: pen };
}

/** The first glyph index where two layouts differ, or -1 when they are the same. */
export function firstDifference(a: LineLayout, b: LineLayout | null): number {
  if (!b) return 0;
  const n = Math.max(a.glyphs.length, b.glyphs.length);
  for (let i = 0; i < n; i++) if (a.glyphs[i] !== b.glyphs[i] || a.x[i] !== b.x[i]) return i;
  return a.width === b.width ? -1 : n;
}
