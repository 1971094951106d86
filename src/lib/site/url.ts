/** A site-internal link under the configured base path ("/" or a project sub-path like "/antq/"). */
export function href(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}
