import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CSP_FILE, filePolicy, sitePolicies } from './csp-header.ts';
import { compressible, precompress, type Precompressed } from './precompress.ts';
import { listFiles, writeManifest } from './site-manifest.ts';

/**
 * The build's last steps, once every file of the site is in place: the site's CSP for the HTTP
 * header, the compressed copies when asked, and the manifest, written last because its presence
 * is what says the site is whole (src/lib/publish/site-manifest.ts).
 */
export async function finishSite(dist: string, options: { precompress: boolean }): Promise<{ files: number; compressed?: Precompressed; ms: number }> {
  const started = performance.now();
  const files = listFiles(dist);
  const pages = files.filter((f) => f.path.endsWith('.html')).map((f) => f.path);
  writeFileSync(path.join(dist, CSP_FILE), `${JSON.stringify(sitePolicies(pages, (rel) => filePolicy(path.join(dist, rel))), null, 2)}\n`);
  const compressed = options.precompress ? await precompress(files.filter((f) => compressible(f.path, f.size)).map((f) => path.join(dist, f.path))) : undefined;
  const count = writeManifest(dist);
  return { files: count, ...(compressed ? { compressed } : {}), ms: Math.round(performance.now() - started) };
}
