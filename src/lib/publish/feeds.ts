import { escapeXml as xml } from '../text/escape-xml.ts';

/** The most URLs one sitemap file may list (sitemaps.org protocol; also at most 50 MB, far off here). */
export const SITEMAP_LIMIT = 50_000;

/** A sitemap of the built pages, newest knowledge first is not needed: sorted for stable bytes. */
export function sitemap(urls: readonly string[]): string {
  const body = [...urls].sort().map((u) => `  <url><loc>${xml(u)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/**
 * The sitemap files of a site, by file name. `sitemap.xml` is always the entry robots.txt names:
 * the list itself up to the limit, above it an index of `sitemap-1.xml`, `sitemap-2.xml`, … each
 * holding at most `limit` URLs (a national site has about 63,000 pages).
 * `fileUrl` turns a file name into its absolute address.
 */
export function sitemapFiles(urls: readonly string[], fileUrl: (name: string) => string, limit = SITEMAP_LIMIT): Map<string, string> {
  const sorted = [...urls].sort();
  if (sorted.length <= limit) return new Map([['sitemap.xml', sitemap(sorted)]]);
  const files = new Map<string, string>();
  for (let i = 0; i * limit < sorted.length; i++) files.set(`sitemap-${i + 1}.xml`, sitemap(sorted.slice(i * limit, (i + 1) * limit)));
  const entries = [...files.keys()].map((name) => `  <sitemap><loc>${xml(fileUrl(name))}</loc></sitemap>`).join('\n');
  files.set('sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`);
  return files;
}

export interface FeedItem {
  title: string;
  link: string;
  /** ISO date. */
  date: string;
  description: string;
}

/** RSS 2.0 of recognitions and stories, newest first. */
export function rss(channel: { title: string; link: string; description: string; self: string }, items: readonly FeedItem[]): string {
  const rfc822 = (iso: string) => new Date(`${iso}T00:00:00+07:00`).toUTCString();
  const sorted = [...items].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'vi'));
  const entries = sorted
    .map((i) => `    <item>\n      <title>${xml(i.title)}</title>\n      <link>${xml(i.link)}</link>\n      <guid isPermaLink="true">${xml(i.link)}</guid>\n      <pubDate>${rfc822(i.date)}</pubDate>\n      <description>${xml(i.description)}</description>\n    </item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n    <title>${xml(channel.title)}</title>\n    <link>${xml(channel.link)}</link>\n    <description>${xml(channel.description)}</description>\n    <language>vi</language>\n    <atom:link href="${xml(channel.self)}" rel="self" type="application/rss+xml"/>\n${entries}\n  </channel>\n</rss>\n`;
}
