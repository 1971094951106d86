import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSite } from '../collections/site.ts';
import { rss, type FeedItem } from '../lib/publish/feeds.ts';
import { formatDate } from '../lib/site/format.ts';

/** Recognitions (by decision date) and stories, for press and portals that follow the site. */
export const GET: APIRoute = async ({ site: origin }) => {
  const site = await getSite();
  const base = import.meta.env.BASE_URL;
  const abs = (path: string) => new URL(`${base}${path}`, origin).href;
  const items: FeedItem[] = site.recognitions
    .filter((l) => l.result.decision?.date)
    .map(({ unit, result }) => ({
      title: `${unit.name} được công nhận điển hình năm ${result.year}`,
      link: abs(`don-vi/${unit.id}/`),
      date: result.decision!.date!,
      description: `Quyết định ${result.decision!.number} ngày ${formatDate(result.decision!.date)} của ${result.decision!.body}.`,
    }));
  for (const story of await getCollection('stories')) {
    items.push({ title: story.data.title, link: abs(`tin-bai/${story.id}/`), date: story.data.date, description: story.data.summary });
  }
  const body = rss({ title: site.settings.title, link: abs(''), description: `${site.settings.publisher} – ${site.settings.jurisdiction}`, self: abs('rss.xml') }, items);
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
