// node scripts/bench-fonts.ts [--runs 7] [--examples 4]
//
// Our OpenType reader (src/lib/cards/font-metrics.ts) against fontkit's layout and HarfBuzz's shape
// (harfbuzzjs), on every weight the share cards use and on realistic card text (tools/fonts/font-corpus.ts),
// all measured in this one run: time to open a font, time to lay out the whole corpus, cold start
// with its memory (resident set of a fresh process), install size, and AGREEMENT: strings whose glyph
// ids or positions differ from HarfBuzz's (the reference shaper) and from fontkit's. harfbuzzjs is a
// devDependency (the reference of src/lib/cards/font-metrics-harfbuzz.test.ts); fontkit is not: whichever
// is not installed is skipped (`npm install --no-save fontkit` brings it).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseFont, type FontMetrics } from '../src/lib/cards/font-metrics.ts';
import { CARD_FONT_FILES } from '../src/lib/cards/glyphs.ts';
import { cardTextCorpus, firstDifference, fromAdvances, readerLayout, type LineLayout } from '../tools/fonts/font-corpus.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, examples: { type: 'string', default: '4' } } });
const RUNS = Number(values.runs);
const EXAMPLES = Number(values.examples);
const root = path.resolve(import.meta.dirname, '..');
const fontDir = path.join(root, 'node_modules/@expo-google-fonts/be-vietnam-pro');

// Minimal shapes of the two libraries, imported by name at run time so that neither must be installed.
interface HbGlyphPosition { xAdvance: number; xOffset: number; yOffset: number }
interface HbBuffer { clearContents(): void; addText(t: string): void; guessSegmentProperties(): void; setLanguage(l: string): void; getGlyphInfos(): { codepoint: number }[]; getGlyphPositions(): HbGlyphPosition[] }
interface Hb { Blob: new (b: Uint8Array) => object; Face: new (b: object) => { upem: number }; Font: new (f: object) => object; Buffer: new () => HbBuffer; shape(font: object, buffer: HbBuffer): void; version?: () => unknown; versionString?: () => string }
interface FkGlyphRun { glyphs: { id: number }[]; positions: HbGlyphPosition[] }
interface Fk { create(b: Uint8Array): { unitsPerEm: number; layout(text: string): FkGlyphRun } }

async function optional<T>(name: string): Promise<T | null> {
  try {
    return (await import(name)) as T;
  } catch {
    console.log(`(${name} not installed: skipped)`);
    return null;
  }
}

/** One way to lay out a line, on a font opened from bytes. */
interface Shaper {
  name: string;
  open(bytes: Uint8Array): (text: string) => LineLayout | null;
}

function ours(): Shaper {
  return {
    name: 'our reader',
    open(bytes) {
      const font: FontMetrics = parseFont(bytes);
      return (text) => readerLayout(font, text);
    },
  };
}

function harfbuzz(hb: Hb): Shaper {
  const buffer = new hb.Buffer();
  return {
    name: 'harfbuzzjs',
    open(bytes) {
      const font = new hb.Font(new hb.Face(new hb.Blob(bytes)));
      return (text) => {
        buffer.clearContents();
        buffer.addText(text);
        buffer.guessSegmentProperties(); // Latin, left to right
        buffer.setLanguage('vi'); // the font has no Vietnamese language system: no effect, set for honesty
        hb.shape(font, buffer);
        const p = buffer.getGlyphPositions();
        return fromAdvances(buffer.getGlyphInfos().map((g) => g.codepoint), p.map((q) => q.xAdvance), p.map((q) => q.xOffset), p.map((q) => q.yOffset));
      };
    },
  };
}

function fontkit(fk: Fk): Shaper {
  return {
    name: 'fontkit',
    open(bytes) {
      const font = fk.create(Buffer.from(bytes));
      return (text) => {
        const run = font.layout(text);
        const p = run.positions;
        return fromAdvances(run.glyphs.map((g) => g.id), p.map((q) => q.xAdvance), p.map((q) => q.xOffset), p.map((q) => q.yOffset));
      };
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Bytes on disk of a package and everything it depends on (each package once). */
function installSize(name: string, seen = new Set<string>()): number {
  if (seen.has(name)) return 0;
  seen.add(name);
  const dir = path.join(root, 'node_modules', name);
  if (!existsSync(dir)) return 0;
  const walk = (d: string): number => readdirSync(d, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? walk(path.join(d, e.name)) : statSync(path.join(d, e.name)).size), 0);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return walk(dir) + Object.keys(pkg.dependencies ?? {}).reduce((sum, dep) => sum + installSize(dep, seen), 0);
}

interface Cold { ms: number; load: number; first: number; rss: number }
/** A fresh process that loads the shaper, opens the three card fonts and lays out one card's lines. */
function coldStart(which: string): Cold {
  const fonts = JSON.stringify(Object.values(CARD_FONT_FILES).map((f) => path.join(fontDir, f)));
  const lines = JSON.stringify(['Điển hình phong trào toàn dân bảo vệ ANTQ', 'Phường Ba Đình', 'Phường · Thành phố Hà Nội', 'Năm 2025: Duy trì · thẩm định 47/50 (94 %)', 'DỮ LIỆU MINH HỌA – không phải kết quả thật']);
  const open: Record<string, string> = {
    none: 'const lay = () => () => 0;',
    ours: `const { parseFont } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'src/lib/cards/font-metrics.ts')).href)});
      const lay = (b) => { const f = parseFont(b); return (t) => { let x = 0, p = 0; for (const c of t) { const g = f.glyph(c.codePointAt(0)); if (p) x += f.kerning(p, g); x += f.advance(g); p = g; } return x; }; };`,
    fontkit: `const fk = await import('fontkit'); const lay = (b) => { const f = fk.create(b); return (t) => f.layout(t).advanceWidth; };`,
    harfbuzzjs: `const hb = await import('harfbuzzjs'); const lay = (b) => { const f = new hb.Font(new hb.Face(new hb.Blob(b))); return (t) => { const u = new hb.Buffer(); u.addText(t); u.guessSegmentProperties(); hb.shape(f, u); return u.getGlyphPositions().length; }; };`,
  };
  const code = `import { readFileSync } from 'node:fs';
    const t0 = performance.now();
    ${open[which]}
    const t1 = performance.now();
    for (const file of ${fonts}) { const l = lay(readFileSync(file)); for (const t of ${lines}) l(t); }
    const t2 = performance.now(); console.log(JSON.stringify({ ms: t2, load: t1 - t0, first: t2 - t1, rss: process.memoryUsage().rss }));`;
  const runs = Array.from({ length: 9 }, () => {
    // As TypeScript, as the card workers run: Node's type stripping costs every variant the same ~110 ms.
    const r = spawnSync(process.execPath, ['--input-type=module-typescript', '-e', code], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cold start of ${which} failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as Cold;
  });
  const m = (k: keyof Cold) => median(runs.map((r) => r[k]));
  return { ms: m('ms'), load: m('load'), first: m('first'), rss: m('rss') };
}

const corpus = cardTextCorpus();
const chars = corpus.reduce((n, s) => n + [...s].length, 0);
console.log(`Corpus: ${corpus.length} strings, ${chars} characters, NFC (commune and province names, card lines); ${RUNS} runs, medians; Node ${process.version}`);

const hb = await optional<Hb>('harfbuzzjs');
const fk = await optional<Fk>('fontkit');
const shapers = [ours(), ...(hb ? [harfbuzz(hb)] : []), ...(fk ? [fontkit(fk)] : [])];
if (hb?.versionString) console.log(`HarfBuzz ${hb.versionString()}`);

for (const [weight, file] of Object.entries(CARD_FONT_FILES)) {
  const bytes = new Uint8Array(readFileSync(path.join(fontDir, file)));
  console.log(`\n${file} (${weight}, ${(bytes.length / 1024).toFixed(0)} KB)`);
  console.log('  shaper        open+1st line  corpus (median)  corpus (1st run)  µs/string');
  const layouts = new Map<string, (LineLayout | null)[]>();
  const opens = new Map(shapers.map((s) => [s.name, [] as number[]]));
  const times = new Map(shapers.map((s) => [s.name, [] as number[]]));
  const lays = new Map(shapers.map((s) => [s.name, s.open(bytes)]));
  let sink = 0;
  // Round robin, so that the machine's moods and the JIT's warming fall on every shaper alike.
  for (let r = 0; r < RUNS; r++) {
    for (const s of shapers) {
      let t = performance.now();
      s.open(bytes)('Xã Ba Vì');
      opens.get(s.name)!.push(performance.now() - t);
      const lay = lays.get(s.name)!;
      t = performance.now();
      for (const text of corpus) sink += lay(text)?.width ?? 0;
      times.get(s.name)!.push(performance.now() - t);
    }
  }
  if (sink < 0) console.log(sink);
  for (const s of shapers) {
    const t = times.get(s.name)!;
    layouts.set(s.name, corpus.map(lays.get(s.name)!));
    console.log(`  ${s.name.padEnd(12)}  ${ms(median(opens.get(s.name)!)).padStart(10)} ms  ${ms(median(t)).padStart(12)} ms  ${ms(t[0]!).padStart(13)} ms  ${((median(t) * 1000) / corpus.length).toFixed(1).padStart(9)}`);
  }

  const mine = layouts.get('our reader')!;
  const ligatures = mine.filter((l) => (l as ReturnType<typeof readerLayout>).ligature).length;
  const missing = mine.filter((l) => l!.glyphs.includes(0)).length;
  const metrics = parseFont(bytes);
  const kerned = corpus.filter((text) => {
    const ids = Array.from(text, (ch) => metrics.glyph(ch.codePointAt(0)!));
    return ids.some((g, i) => i > 0 && metrics.kerning(ids[i - 1]!, g) !== 0);
  }).length;
  console.log(`  our reader: ${kerned} strings with at least one kerned pair, ${ligatures} with a ligature, ${missing} with a missing glyph (og-raster leaves these two to resvg)`);
  for (const other of shapers.slice(1)) {
    const theirs = layouts.get(other.name)!;
    const diffs: string[] = [];
    let differ = 0;
    corpus.forEach((text, i) => {
      const a = mine[i]!;
      const b = theirs[i]!;
      const at = firstDifference(a, b);
      if (at < 0) return;
      differ++;
      if (diffs.length < EXAMPLES) {
        const show = (l: LineLayout | null) => (l ? `glyphs ${l.glyphs.slice(Math.max(0, at - 1), at + 2).join(',')} x ${l.x.slice(Math.max(0, at - 1), at + 2).join(',')} width ${l.width}` : 'a vertical offset');
        diffs.push(`    "${text}" at glyph ${at} ("${[...text].slice(Math.max(0, at - 1), at + 2).join('')}"): ours ${show(a)}; ${other.name} ${show(b)}`);
      }
    });
    console.log(`  AGREEMENT with ${other.name}: ${corpus.length - differ} of ${corpus.length} strings identical (glyph ids, positions, width); ${differ} differ`);
    for (const d of diffs) console.log(d);
  }
  if (hb) {
    // The same text decomposed (NFD: base letters and combining marks), as some editors paste it.
    // og-raster leaves such text to resvg; HarfBuzz recomposes what the font has precomposed.
    const shapeHb = harfbuzz(hb).open(bytes);
    const same = corpus.filter((text, i) => firstDifference(mine[i]!, shapeHb(text.normalize('NFD'))) < 0).length;
    const changed = corpus.filter((text) => text.normalize('NFD') !== text).length;
    console.log(`  NFD: harfbuzzjs on the decomposed text equals our reader on NFC for ${same} of ${corpus.length} strings (${changed} change under NFD)`);
  }
}

console.log('\nCold start and memory: a fresh process loads the shaper, opens the three card fonts, lays out one card (median of 9)');
const none = coldStart('none');
console.log(`  node alone (a .ts entry, as the card workers): process start to end ${ms(none.ms)} ms, rss ${mb(none.rss)} MB`);
for (const which of ['ours', ...(hb ? ['harfbuzzjs'] : []), ...(fk ? ['fontkit'] : [])]) {
  const c = coldStart(which);
  console.log(`  ${which.padEnd(16)}  import ${ms(c.load).padStart(5)} ms + 3 fonts and a card ${ms(c.first).padStart(5)} ms = ${ms(c.load + c.first).padStart(5)} ms  rss +${mb(c.rss - none.rss)} MB over node alone`);
}

console.log('\nInstall size (the package and its dependencies, on disk)');
console.log(`  our reader        ${(statSync(path.join(root, 'src/lib/cards/font-metrics.ts')).size / 1024).toFixed(0)} KB (src/lib/cards/font-metrics.ts)`);
for (const name of ['harfbuzzjs', 'fontkit']) if (existsSync(path.join(root, 'node_modules', name))) console.log(`  ${name.padEnd(16)}  ${mb(installSize(name))} MB`);
