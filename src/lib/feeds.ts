import { escapeXml as xml } from './escape-xml.ts';

/** A sitemap of the built pages, newest knowledge first is not needed: sorted for stable bytes. */
export function sitemap(urls: readonly string[]): string {
  const body = [...urls].sort().map((u) => `  <url><loc>${xml(u)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
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
