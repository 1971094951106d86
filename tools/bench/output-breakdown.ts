import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SiteFile } from '../../src/lib/publish/site-manifest.ts';

/**
 * What a built site is made of, by kind of file: how many, how many bytes, what they weigh gzipped
 * and, for pages, how much of them is the inline stylesheet. For `npm run bench`, to see what a
 * national site spends its 3 GB on.
 */
export const KINDS = [
  'unit pages', 'verification pages', 'year lists', 'maintenance pages', 'model pages', 'stories', 'other pages',
  'embeds', 'share cards', 'search index', 'downloads', 'stylesheets and scripts', 'precompressed copies', 'other',
] as const;
export type Kind = (typeof KINDS)[number];

export function kindOf(rel: string): Kind {
  if (/\.(gz|br)$/.test(rel)) return 'precompressed copies';
  const top = rel.split('/')[0]!;
  if (top === 'nhung') return 'embeds';
  if (top === 'og') return 'share cards';
  if (top === 'pagefind') return 'search index';
  if (top === '_astro') return 'stylesheets and scripts';
  if (rel.endsWith('.html')) {
    const pages: Record<string, Kind> = { 'don-vi': 'unit pages', 'xac-minh': 'verification pages', nam: 'year lists', 'duy-tri': 'maintenance pages', 'mo-hinh': 'model pages', 'tin-bai': 'stories' };
    return pages[top] ?? 'other pages';
  }
  if (top === 'du-lieu') return 'downloads';
  return 'other';
}

export interface KindFigures {
  kind: Kind;
  files: number;
  bytes: number;
  /** Estimated from the sampled files' ratio; undefined for files that are not text (PNG, Pagefind's own gzip). */
  gzipBytes?: number;
  /** Bytes inside <style> elements of the pages (estimated the same way). */
  inlineCssBytes?: number;
  sampled: number;
}

const TEXT = /\.(html|css|js|json|xml|csv|svg|txt)$/;

/**
 * Sums the files by kind. Gzip and inline CSS are measured on at most `sample` files of each kind,
 * spread evenly in path order, and scaled by bytes: reading and compressing all 2 GB of a national
 * site's pages would take minutes and say the same.
 */
export function breakdown(dir: string, files: readonly SiteFile[], sample = 1500): KindFigures[] {
  const byKind = Map.groupBy(files, (f) => kindOf(f.path));
  return KINDS.filter((k) => byKind.has(k)).map((kind) => {
    const list = byKind.get(kind)!.sort((a, b) => (a.path < b.path ? -1 : 1));
    const bytes = list.reduce((t, f) => t + f.size, 0);
    const figures: KindFigures = { kind, files: list.length, bytes, sampled: 0 };
    const text = list.filter((f) => TEXT.test(f.path));
    if (text.length === 0 || kind === 'precompressed copies') return figures;
    const step = Math.max(1, Math.ceil(text.length / sample));
    let raw = 0;
    let gz = 0;
    let css = 0;
    for (let i = 0; i < text.length; i += step) {
      const data = readFileSync(path.join(dir, text[i]!.path));
      raw += data.length;
      gz += gzipSync(data, { level: 9 }).length;
      if (text[i]!.path.endsWith('.html')) for (const m of data.toString('utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += Buffer.byteLength(m[1]!);
      figures.sampled++;
    }
    const textBytes = text.reduce((t, f) => t + f.size, 0);
    figures.gzipBytes = Math.round((gz / raw) * textBytes);
    if (css > 0) figures.inlineCssBytes = Math.round((css / raw) * textBytes);
    return figures;
  });
}
