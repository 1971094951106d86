import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../collections/site.ts';
import { criteriaSetJson } from '../../../lib/publish/open-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  return site.criteriaSets.map((s) => ({ params: { id: s.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const set = site.setsById.get(params.id!)!;
  return new Response(JSON.stringify(criteriaSetJson(set), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
