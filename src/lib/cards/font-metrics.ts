/**
 * Just enough of a TrueType/OpenType font to lay out a line of text as a shaper would for plain
 * Latin and Vietnamese: character → glyph (cmap), glyph advances (hmtx) and pair kerning (GPOS
 * "kern" lookups, pair adjustment formats 1 and 2). Share cards are composed from cached glyph
 * images at these positions instead of shaping every card's text again (see `raster.ts`).
 */
export interface FontMetrics {
  unitsPerEm: number;
  /** Glyph of a code point; 0 (.notdef) when the font has none. */
  glyph(codePoint: number): number;
  advance(glyph: number): number;
  /** Horizontal adjustment between two glyphs, in font units (usually negative). */
  kerning(left: number, right: number): number;
  /**
   * Whether a ligature of the font's default features ("ccmp", "liga", "rlig") starts at glyph `i`:
   * a shaper would draw one glyph there ("fi"), so text placed glyph by glyph would differ.
   */
  ligatureAt(glyphs: readonly number[], i: number): boolean;
}

type Tables = Map<string, { offset: number; length: number }>;

export function parseFont(bytes: Uint8Array): FontMetrics {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables: Tables = new Map();
  const count = v.getUint16(4);
  for (let i = 0; i < count; i++) {
    const o = 12 + 16 * i;
    const tag = String.fromCharCode(v.getUint8(o), v.getUint8(o + 1), v.getUint8(o + 2), v.getUint8(o + 3));
    tables.set(tag, { offset: v.getUint32(o + 8), length: v.getUint32(o + 12) });
  }
  const need = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`font has no ${tag} table`);
    return t.offset;
  };
  const unitsPerEm = v.getUint16(need('head') + 18);
  const metricCount = v.getUint16(need('hhea') + 34);
  const hmtx = need('hmtx');
  const cmap = readCmap(v, need('cmap'));
  const pairs = tables.has('GPOS') ? readKerning(v, need('GPOS')) : () => 0;
  const ligatures = tables.has('GSUB') ? readLigatures(v, need('GSUB')) : new Map<number, number[][]>();
  return {
    unitsPerEm,
    glyph: (cp) => cmap.get(cp) ?? 0,
    advance: (g) => v.getUint16(hmtx + 4 * Math.min(g, metricCount - 1)),
    kerning: pairs,
    ligatureAt: (glyphs, i) => (ligatures.get(glyphs[i]!) ?? []).some((rest) => rest.every((g, k) => glyphs[i + 1 + k] === g)),
  };
}

/** Unicode subtable: format 12 (full range) when present, else format 4 (BMP). */
function readCmap(v: DataView, base: number): Map<number, number> {
  const map = new Map<number, number>();
  const n = v.getUint16(base + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < n; i++) {
    const platform = v.getUint16(base + 4 + 8 * i);
    const encoding = v.getUint16(base + 6 + 8 * i);
    const at = base + v.getUint32(base + 8 + 8 * i);
    const format = v.getUint16(at);
    if (format === 12 && (platform === 0 || (platform === 3 && encoding === 10))) format12 = at;
    if (format === 4 && (platform === 0 || (platform === 3 && encoding === 1))) format4 = at;
  }
  if (format12 >= 0) {
    const groups = v.getUint32(format12 + 12);
    for (let i = 0; i < groups; i++) {
      const g = format12 + 16 + 12 * i;
      const start = v.getUint32(g);
      const end = v.getUint32(g + 4);
      const first = v.getUint32(g + 8);
      for (let cp = start; cp <= end; cp++) map.set(cp, first + cp - start);
    }
  } else if (format4 >= 0) {
    const segments = v.getUint16(format4 + 6) / 2;
    const ends = format4 + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const offsets = deltas + 2 * segments;
    for (let s = 0; s < segments; s++) {
      const start = v.getUint16(starts + 2 * s);
      const end = v.getUint16(ends + 2 * s);
      const delta = v.getInt16(deltas + 2 * s);
      const rangeOffset = v.getUint16(offsets + 2 * s);
      for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
        let g: number;
        if (rangeOffset === 0) g = (cp + delta) & 0xffff;
        else {
          const raw = v.getUint16(offsets + 2 * s + rangeOffset + 2 * (cp - start));
          g = raw === 0 ? 0 : (raw + delta) & 0xffff;
        }
        if (g !== 0) map.set(cp, g);
      }
    }
  }
  return map;
}

/** Glyphs a coverage table lists, each with its coverage index. */
function readCoverage(v: DataView, at: number): Map<number, number> {
  const out = new Map<number, number>();
  const format = v.getUint16(at);
  const n = v.getUint16(at + 2);
  if (format === 1) for (let i = 0; i < n; i++) out.set(v.getUint16(at + 4 + 2 * i), i);
  else if (format === 2) {
    for (let i = 0; i < n; i++) {
      const r = at + 4 + 6 * i;
      const start = v.getUint16(r);
      const end = v.getUint16(r + 2);
      const index = v.getUint16(r + 4);
      for (let g = start; g <= end; g++) out.set(g, index + g - start);
    }
  }
  return out;
}

function readClassDef(v: DataView, at: number): (glyph: number) => number {
  const format = v.getUint16(at);
  const classes = new Map<number, number>();
  if (format === 1) {
    const start = v.getUint16(at + 2);
    const n = v.getUint16(at + 4);
    for (let i = 0; i < n; i++) classes.set(start + i, v.getUint16(at + 6 + 2 * i));
  } else if (format === 2) {
    const n = v.getUint16(at + 2);
    for (let i = 0; i < n; i++) {
      const r = at + 4 + 6 * i;
      for (let g = v.getUint16(r); g <= v.getUint16(r + 2); g++) classes.set(g, v.getUint16(r + 4));
    }
  }
  return (g) => classes.get(g) ?? 0;
}

/** Bytes of a value record with these format bits; only XAdvance (0x0004) matters for kerning. */
function valueSize(format: number): number {
  let n = 0;
  for (let f = format; f; f >>= 1) n += f & 1;
  return 2 * n;
}

function xAdvance(v: DataView, at: number, format: number): number {
  if (!(format & 0x0004)) return 0;
  let offset = 0;
  if (format & 0x0001) offset += 2;
  if (format & 0x0002) offset += 2;
  return v.getInt16(at + offset);
}

/** Pair kerning from the GPOS lookups the "kern" feature names (any script: cards are Vietnamese Latin). */
function readKerning(v: DataView, gpos: number): (left: number, right: number) => number {
  const lookupList = gpos + v.getUint16(gpos + 8);
  const lookups = featureLookups(v, gpos, ['kern']);
  // Each lookup's subtables in order (the first that covers a pair decides); lookups add up, as in a shaper.
  const byLookup = lookupSubtables(v, lookupList, [...lookups], 2).map((subs) => subs.map((sub) => pairSubtable(v, sub)));
  const cache = new Map<number, number>();
  return (left, right) => {
    const key = left * 65536 + right;
    let k = cache.get(key);
    if (k === undefined) {
      k = 0;
      for (const subtables of byLookup) {
        for (const t of subtables) {
          const found = t(left, right);
          if (found !== undefined) {
            k += found;
            break;
          }
        }
      }
      cache.set(key, k);
    }
    return k;
  };
}

/** Offsets of the subtables of the given type in these lookups, Extension (GSUB 7, GPOS 9) subtables unwrapped. */
function lookupSubtables(v: DataView, lookupList: number, indexes: number[], wanted: number): number[][] {
  return [...indexes].sort((a, b) => a - b).map((index) => {
    const lookup = lookupList + v.getUint16(lookupList + 2 + 2 * index);
    const lookupType = v.getUint16(lookup);
    const out: number[] = [];
    for (let s = 0, n = v.getUint16(lookup + 4); s < n; s++) {
      let sub = lookup + v.getUint16(lookup + 6 + 2 * s);
      let type = lookupType;
      if ((wanted === 2 && type === 9) || (wanted === 4 && type === 7)) {
        // Extension: the real subtable and its type are further on.
        type = v.getUint16(sub + 2);
        sub += v.getUint32(sub + 4);
      }
      if (type === wanted) out.push(sub);
    }
    return out;
  });
}

/** Lookup indexes of the features with these tags, from a GSUB or GPOS table. */
function featureLookups(v: DataView, table: number, tags: readonly string[]): number[] {
  const featureList = table + v.getUint16(table + 6);
  const lookups = new Set<number>();
  for (let i = 0, n = v.getUint16(featureList); i < n; i++) {
    const r = featureList + 2 + 6 * i;
    const tag = String.fromCharCode(v.getUint8(r), v.getUint8(r + 1), v.getUint8(r + 2), v.getUint8(r + 3));
    if (!tags.includes(tag)) continue;
    const feature = featureList + v.getUint16(r + 4);
    for (let k = 0, m = v.getUint16(feature + 2); k < m; k++) lookups.add(v.getUint16(feature + 4 + 2 * k));
  }
  return [...lookups];
}

/** Ligatures (GSUB type 4) of the default features: first glyph → the glyphs that must follow it. */
function readLigatures(v: DataView, gsub: number): Map<number, number[][]> {
  const lookupList = gsub + v.getUint16(gsub + 8);
  const out = new Map<number, number[][]>();
  for (const subs of lookupSubtables(v, lookupList, featureLookups(v, gsub, ['ccmp', 'liga', 'rlig']), 4)) {
    for (const sub of subs) {
      if (v.getUint16(sub) !== 1) continue;
      const coverage = readCoverage(v, sub + v.getUint16(sub + 2));
      for (const [first, index] of coverage) {
        const set = sub + v.getUint16(sub + 6 + 2 * index);
        for (let l = 0, n = v.getUint16(set); l < n; l++) {
          const lig = set + v.getUint16(set + 2 + 2 * l);
          const count = v.getUint16(lig + 2);
          const rest = Array.from({ length: count - 1 }, (_, k) => v.getUint16(lig + 4 + 2 * k));
          if (!out.has(first)) out.set(first, []);
          out.get(first)!.push(rest);
        }
      }
    }
  }
  return out;
}

function pairSubtable(v: DataView, at: number): (left: number, right: number) => number | undefined {
  const format = v.getUint16(at);
  const coverage = readCoverage(v, at + v.getUint16(at + 2));
  const format1 = v.getUint16(at + 4);
  const format2 = v.getUint16(at + 6);
  const recordSize = valueSize(format1) + valueSize(format2);
  if (format === 1) {
    return (left, right) => {
      const ci = coverage.get(left);
      if (ci === undefined) return undefined;
      const set = at + v.getUint16(at + 10 + 2 * ci);
      const n = v.getUint16(set);
      // Pair value records are sorted by the second glyph.
      let lo = 0;
      let hi = n - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const rec = set + 2 + mid * (2 + recordSize);
        const g = v.getUint16(rec);
        if (g === right) return xAdvance(v, rec + 2, format1);
        if (g < right) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    };
  }
  if (format === 2) {
    const class1 = readClassDef(v, at + v.getUint16(at + 8));
    const class2 = readClassDef(v, at + v.getUint16(at + 10));
    const class2Count = v.getUint16(at + 14);
    return (left, right) => {
      if (!coverage.has(left)) return undefined;
      const rec = at + 16 + (class1(left) * class2Count + class2(right)) * recordSize;
      return xAdvance(v, rec, format1);
    };
  }
  return () => undefined;
}
