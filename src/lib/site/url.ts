/** A site-internal link under the configured base path ("/" or a project sub-path like "/antq/"). */
export function href(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** A link maker bound once to a base path: `linker('/antq')('don-vi/a/')` is "/antq/don-vi/a/". */
export function linker(base: string): (path: string) => string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return (path) => b + path.replace(/^\/+/, '');
}
