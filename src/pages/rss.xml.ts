import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSite } from '../collections/site.ts';
import { link } from '../collections/links.ts';
import { rss } from '../lib/publish/feeds.ts';
import { siteFeed } from '../lib/publish/feed-items.ts';

/** Recognitions (by decision date) and stories, for press and portals that follow the site. */
export const GET: APIRoute = async ({ site: origin }) => {
  const { channel, items } = siteFeed(await getSite(), await getCollection('stories'), (path) => new URL(link(path), origin).href);
  return new Response(rss(channel, items), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
