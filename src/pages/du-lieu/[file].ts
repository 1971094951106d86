import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../collections/site.ts';
import { openDataFiles } from '../../lib/publish/open-data-files.ts';
import { base } from '../../collections/links.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  return openDataFiles(site, import.meta.env.SITE, base).map((f) => ({ params: { file: f.name }, props: { body: f.body, mediaType: f.mediaType } }));
};

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': `${props.mediaType}; charset=utf-8` } });
