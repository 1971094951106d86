/**
 * The one link maker: bound once to a base path ("/" or a project sub-path like "/antq/"), it puts
 * a site path under it: `linker('/antq')('don-vi/a/')` is "/antq/don-vi/a/". Pages use the instance
 * bound to Astro's base (collections/links.ts); lib code is given the base and binds its own.
 */
export function linker(base: string): (path: string) => string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return (path) => b + path.replace(/^\/+/, '');
}
