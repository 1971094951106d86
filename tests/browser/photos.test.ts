// A whole build with real phone photos, as a new editor would add them: GPS and camera tags never
// published, every photo in widths a phone can afford, checked in the files and in Chromium.
// Its build waits for any other in this checkout (scripts/build.ts takes the build lock).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, FIXTURES, ROOT } from '../helpers/paths.ts';
import { PHONE_MARKERS, phonePhoto } from '../helpers/photo.ts';
import { serve } from '../helpers/serve.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const IMAGE = /\.(jpe?g|png|webp|avif|gif|svg|heic)$/i;
/** What a 360 px phone at device pixel ratio 2 may download for one photo. */
const PHONE_BUDGET = 200 * 1024;

interface Candidate {
  url: string;
  width: number;
}

/** The `w` candidates of a srcset. */
function candidates(srcset: string): Candidate[] {
  return srcset.split(',').map((c) => {
    const [url, w] = c.trim().split(/\s+/);
    return { url: url!, width: Number(w!.replace(/w$/, '')) };
  });
}

/** The slot width `sizes` gives at a viewport width, for the forms the site writes: "(min-width: Nrem) Mrem, calc(100vw - Krem)". */
function slotWidth(sizes: string, viewport: number): number {
  const rem = 16;
  for (const part of sizes.split(',').map((s) => s.trim())) {
    const media = /^\(min-width:\s*([\d.]+)rem\)\s*(.+)$/.exec(part);
    const length = media ? media[2]! : part;
    if (media && viewport < Number(media[1]) * rem) continue;
    const calc = /^calc\(100vw - ([\d.]+)rem\)$/.exec(length);
    if (calc) return viewport - Number(calc[1]) * rem;
    const fixed = /^([\d.]+)rem$/.exec(length);
    if (fixed) return Number(fixed[1]) * rem;
    throw new Error(`sizes form not understood: ${part}`);
  }
  throw new Error(`no size for ${viewport}px in ${sizes}`);
}

/** The candidate a browser takes: the smallest at least as wide as the slot in device pixels (else the widest). */
function pick(srcset: string, sizes: string, viewport: number, dpr: number): Candidate {
  const need = slotWidth(sizes, viewport) * dpr;
  const sorted = candidates(srcset).sort((a, b) => a.width - b.width);
  return sorted.find((c) => c.width >= need) ?? sorted.at(-1)!;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());
}

describe('a model and a story with real phone photos', () => {
  let out = '';
  let originals: Buffer[] = [];
  let build: ReturnType<typeof spawnSync>;

  let root = '';
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'antq-photo-'));
    cpSync(FIXTURES.valid, root, { recursive: true });
    // Two phone photos, as a phone saves them: 4000×3000 JPEGs of several MB with GPS and camera tags.
    originals = [await phonePhoto(4000, 3000, 1), await phonePhoto(3000, 4000, 2)];
    mkdirSync(path.join(root, 'content/mo-hinh/anh'), { recursive: true });
    mkdirSync(path.join(root, 'content/tin-bai/anh'), { recursive: true });
    writeFileSync(path.join(root, 'content/mo-hinh/anh/tuan-tra.jpg'), originals[0]!);
    writeFileSync(path.join(root, 'content/tin-bai/anh/hop-to.jpg'), originals[1]!);
    writeFileSync(
      path.join(root, 'content/mo-hinh/camera-a.mdx'),
      '---\ntieu_de: "Mắt thần ở phường A"\nanh:\n  - tep: ./anh/tuan-tra.jpg\n    mo_ta: Tổ tự quản đi tuần dọc bờ sông lúc chiều\n    chu_thich: Tổ tự quản số 3 đi tuần mỗi chiều thứ bảy.\n    tac_gia: Lê Văn Minh\n---\n\n## Bắt đầu\n\nMột câu chuyện minh họa.\n\n![Tổ tự quản đi tuần dọc bờ sông](./anh/tuan-tra.jpg "Đi tuần. Ảnh: Lê Văn Minh")\n',
    );
    const story = path.join(root, 'content/tin-bai/tin-1.mdx');
    // One image on a line of its own (a figure), one inside a sentence (a picture in the paragraph).
    writeFileSync(story, `${readFileSync(story, 'utf8')}\n![Hội nghị trao quyết định tại nhà văn hóa xã](./anh/hop-to.jpg)\n\nNhìn gần hơn: ![Đại biểu nhận quyết định](./anh/hop-to.jpg) trên sân khấu.\n`);
    out = path.join(root, 'dist');
    build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], { cwd: ROOT, encoding: 'utf8', env: buildEnv({ DATA_DIR: path.join(root, 'data'), OUT_DIR: out }) });
  }, 300_000);

  it('builds', () => {
    expect(build.status, `${String(build.stdout).slice(-3000)}\n${String(build.stderr).slice(-3000)}`).toBe(0);
  });

  it('publishes no GPS position or camera tag in any file, and never the original photo', () => {
    const published = filesUnder(out);
    const images = published.filter((f) => IMAGE.test(f));
    expect(images.filter((f) => f.startsWith('_astro/')).length).toBeGreaterThanOrEqual(12);
    // Every file, whatever its kind: no marker of the phone, no copy of an original.
    const originalHashes = new Set(originals.map((b) => createHash('sha256').update(b).digest('hex')));
    for (const f of published) {
      const bytes = readFileSync(path.join(out, f));
      expect(originalHashes.has(createHash('sha256').update(bytes).digest('hex')), f).toBe(false);
      const text = bytes.toString('latin1');
      for (const marker of PHONE_MARKERS) expect(text.includes(marker), `${marker} in ${f}`).toBe(false);
    }
    // Every image, read by ExifTool: no EXIF, XMP, IPTC or GPS block, whatever the tag.
    const r = spawnSync('exiftool', ['-json', '-a', '-G0', ...images.map((f) => path.join(out, f))], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.error, 'exiftool is needed (apt-get install libimage-exiftool-perl; .ci/run does it)').toBeUndefined();
    const tags = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(tags).toHaveLength(images.length);
    const found = tags.flatMap((t) => Object.keys(t).filter((k) => /^(EXIF|XMP|IPTC|GPS|MakerNotes|Photoshop):/.test(k) || /GPS|Make|Model|Serial|Lens|DateTimeOriginal/.test(k)).map((k) => `${String(t.SourceFile)}: ${k}`));
    expect(found).toEqual([]);
    // The share card of the model with the photo was drawn from it, and carries nothing of it either.
    expect(existsSync(path.join(out, 'og/mo-hinh/camera-a.jpg'))).toBe(true);
  });

  it('gives every content photo widths, sizes, dimensions, lazy loading, alt text and a fallback', () => {
    const pages = ['mo-hinh/camera-a/index.html', 'tin-bai/tin-1/index.html', 'mo-hinh/index.html'];
    let pictures = 0;
    for (const page of pages) {
      const html = readFileSync(path.join(out, page), 'utf8');
      for (const [picture] of html.matchAll(/<picture>[\s\S]*?<\/picture>/g)) {
        pictures++;
        const source = /<source type="image\/webp" srcset="([^"]+)" sizes="([^"]+)">/.exec(picture);
        const img = /<img ([^>]+)>/.exec(picture)![1]!;
        const attr = (name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(img)?.[1];
        expect(source, `${page}: ${picture}`).not.toBeNull();
        expect(candidates(source![1]!).length).toBeGreaterThanOrEqual(3);
        expect(candidates(attr('srcset')!).every((c) => /\.jpg$/.test(c.url))).toBe(true);
        expect(attr('sizes')).toBe(source![2]);
        expect(Number(attr('width'))).toBeGreaterThan(0);
        expect(Number(attr('height'))).toBeGreaterThan(0);
        expect(attr('loading')).toBe('lazy');
        expect(attr('alt')?.length).toBeGreaterThan(5);
        // The proportions are the photo's: landscape 4:3 or portrait 3:4.
        expect([4 / 3, 3 / 4].some((r) => Math.abs(Number(attr('width')) / Number(attr('height')) - r) < 0.01)).toBe(true);
      }
    }
    // The gallery photo and the inline one on the model page, the story's two, the card thumbnail.
    expect(pictures).toBe(5);
    const storyPage = readFileSync(path.join(out, 'tin-bai/tin-1/index.html'), 'utf8');
    expect(storyPage).toMatch(/<p>Nhìn gần hơn: <picture>/);
    const modelPage = readFileSync(path.join(out, 'mo-hinh/camera-a/index.html'), 'utf8');
    expect(modelPage).toContain('<figcaption>Tổ tự quản số 3 đi tuần mỗi chiều thứ bảy. <span class="credit">Ảnh: Lê Văn Minh</span></figcaption>');
    expect(modelPage).toContain('<figcaption>Đi tuần. <span class="credit">Ảnh: Lê Văn Minh</span></figcaption>');
    expect(modelPage).toContain('<meta property="og:image" content="https://antq.example.gov.vn/og/mo-hinh/camera-a.jpg">');
    // No figure inside a paragraph (html-validate checks the sample; this build has both kinds).
    for (const html of [modelPage, storyPage]) expect(html).not.toMatch(/<p>(?:(?!<\/p>)[\s\S])*<figure/);
  });

  it(`sends a 360 px phone at device pixel ratio 2 under ${PHONE_BUDGET / 1024} KB per photo, by the srcset rules`, () => {
    for (const page of ['mo-hinh/camera-a/index.html', 'tin-bai/tin-1/index.html', 'mo-hinh/index.html']) {
      const html = readFileSync(path.join(out, page), 'utf8');
      for (const [, srcset, sizes] of html.matchAll(/<source type="image\/webp" srcset="([^"]+)" sizes="([^"]+)">/g)) {
        const chosen = pick(srcset!, sizes!, 360, 2);
        const bytes = statSync(path.join(out, chosen.url)).size;
        expect(bytes, `${page}: ${chosen.url}`).toBeLessThan(PHONE_BUDGET);
        // …and not a thumbnail either: wide enough for the 656 device pixels of the column.
        expect(chosen.width).toBeGreaterThanOrEqual(656);
      }
    }
  });

  it('and in Chromium at 360 px, ratio 2, counting the image bytes over the network', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Không thấy Chromium ở ${CHROMIUM}: chạy "apt-get install -y chromium".`);
    const server = await serve(out);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
    try {
      for (const page of ['mo-hinh/camera-a/', 'tin-bai/tin-1/']) {
        const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
        const tab = await context.newPage();
        const errors: string[] = [];
        tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        const images = new Map<string, number>();
        tab.on('response', async (r) => {
          if (r.request().resourceType() === 'image') images.set(new URL(r.url()).pathname, (await r.body()).length);
        });
        await tab.goto(server.url + page);
        // Lazy photos load once scrolled to.
        await tab.evaluate(async () => {
          for (const img of document.querySelectorAll('img')) img.scrollIntoView();
          await Promise.all([...document.images].map((img) => (img.complete ? null : new Promise((r) => img.addEventListener('load', r, { once: true })))));
        });
        await tab.waitForLoadState('networkidle');
        const photos = [...images].filter(([url]) => url.includes('/_astro/'));
        expect(photos.length, page).toBeGreaterThan(0);
        for (const [url, bytes] of photos) {
          expect(url, page).toMatch(/\.webp$/);
          expect(bytes, `${page} ${url}`).toBeLessThan(PHONE_BUDGET);
        }
        // Shown at the column's width, with the height its proportions give (no layout shift to come).
        const boxes = await tab.$$eval('figure.photo img', (imgs) => (imgs as HTMLImageElement[]).map((i) => ({ w: i.clientWidth, h: i.clientHeight, ratio: i.width / i.height, srcset: i.parentElement!.querySelector('source')!.srcset, cur: new URL(i.currentSrc).pathname })));
        expect(boxes.length).toBeGreaterThan(0);
        for (const b of boxes) {
          expect(b.w).toBeGreaterThan(300);
          expect(b.w).toBeLessThanOrEqual(330);
          expect(Math.abs(b.w / b.h - b.ratio)).toBeLessThan(0.02);
          // The browser took the candidate the srcset rules give (the 656 device pixels of the column).
          expect(b.cur).toBe(pick(b.srcset, (await tab.$eval('source', (s) => s.sizes)), 360, 2).url);
        }
        expect(errors).toEqual([]);
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});
