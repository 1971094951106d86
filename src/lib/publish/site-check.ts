import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One thing wrong with a built site, on one page. */
export interface SiteProblem {
  /** Page path inside the site folder, e.g. "don-vi/x/index.html". */
  page: string;
  message: string;
}

/** Every HTML page of a built site, as paths relative to it. */
export function sitePages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

// A start tag with its attributes; quoted values may hold ">".
const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data']);
/** Elements the site never writes: one in a page means text from the data became markup. */
const FOREIGN_ELEMENTS = new Set(['iframe', 'object', 'embed', 'base', 'frame', 'frameset', 'applet']);

function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(ATTRIBUTE)) out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e]!);
}

/** The URLs a page points to: every href, src, action and srcset candidate. */
function pageUrls(attrs: Map<string, string>): string[] {
  const urls: string[] = [];
  for (const [name, value] of attrs) {
    if (URL_ATTRIBUTES.has(name)) urls.push(value);
    else if (name === 'srcset' || name === 'imagesrcset') for (const candidate of value.split(',')) urls.push(candidate.trim().split(/\s+/)[0]!);
  }
  return urls;
}

/**
 * Checks a built site before it is published: every internal link and asset resolves, inside the
 * base path; and no page holds markup the site does not write itself (a script that is neither one
 * of its files nor hashed in the page's Content-Security-Policy, an event-handler attribute, a
 * `javascript:` URL, a frame): text from the data is escaped, so any of these means it was not.
 */
export function checkSite(dist: string, base = '/'): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const exists = new Map<string, boolean>();
  const resolves = (pathname: string) => {
    let ok = exists.get(pathname);
    if (ok === undefined) {
      const target = path.join(dist, pathname);
      ok = existsSync(target) && (!statSync(target).isDirectory() || existsSync(path.join(target, 'index.html')));
      exists.set(pathname, ok);
    }
    return ok;
  };
  for (const page of sitePages(dist)) {
    const html = readFileSync(path.join(dist, page), 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
    const allowedHashes = new Set([...csp.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]!));
    const report = (message: string) => problems.push({ page, message });
    for (const m of html.matchAll(TAG)) {
      const tag = m[1]!.toLowerCase();
      const attrs = attributes(m[2] ?? '');
      if (FOREIGN_ELEMENTS.has(tag)) report(`Phần tử <${tag}> không do trang tạo ra.`);
      for (const name of attrs.keys()) if (/^on[a-z]+$/.test(name)) report(`Thuộc tính sự kiện ${name}= trên <${tag}>.`);
      for (const url of pageUrls(attrs)) {
        if (/^\s*(javascript|vbscript|data:text\/html)/i.test(url)) {
          report(`Địa chỉ thực thi mã "${url.slice(0, 40)}" trên <${tag}>.`);
          continue;
        }
        if (!url.startsWith('/') || url.startsWith('//')) continue;
        const pathname = decodeURIComponent(url.split(/[?#]/)[0]!);
        if (!pathname.startsWith(base)) report(`Liên kết ${url} nằm ngoài đường dẫn gốc ${base}.`);
        else if (!resolves(pathname.slice(base.length))) report(`Liên kết hỏng: ${url}`);
      }
      if (tag === 'script') {
        const src = attrs.get('src');
        if (src !== undefined) {
          if (!src.startsWith(base) || src.startsWith('//')) report(`Tệp mã ${src} không thuộc trang.`);
          continue;
        }
        const end = html.indexOf('</script>', m.index + m[0].length);
        const body = html.slice(m.index + m[0].length, end < 0 ? undefined : end);
        if (attrs.get('type') === 'application/ld+json' || attrs.get('type') === 'application/json') continue;
        const hash = createHash('sha256').update(body).digest('base64');
        if (!allowedHashes.has(hash)) report('Mã nhúng trong trang không có trong Content-Security-Policy của trang.');
      }
    }
  }
  return problems;
}
