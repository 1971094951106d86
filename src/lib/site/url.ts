/** A link maker bound once to a base path ("/" or a project sub-path like "/antq/"): `linker('/antq')('don-vi/a/')` is "/antq/don-vi/a/". */
export function linker(base: string): (path: string) => string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return (path) => b + path.replace(/^\/+/, '');
}

/** One site-internal link under the base path; code that makes many binds `linker(base)` once. */
export function href(base: string, path: string): string {
  return linker(base)(path);
}
