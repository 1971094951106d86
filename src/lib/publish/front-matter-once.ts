import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blankFrontMatter } from '../validation/front-matter.ts';

/**
 * A Vite plugin (for astro.config): an MDX file of the content folder reaches Astro's MDX compiler
 * with its front matter blanked (lib/validation/front-matter.ts), so front matter is parsed once, by
 * the validator, and never again by Astro. Loaded here, before any transform, whatever the plugin order.
 */
export function frontMatterOnce({ contentDir }: { contentDir: string }) {
  const inside = path.resolve(contentDir) + path.sep;
  return {
    name: 'antq:front-matter-once',
    enforce: 'pre' as const,
    load(id: string) {
      if (!id.endsWith('.mdx') || !path.resolve(id).startsWith(inside)) return null;
      return blankFrontMatter(readFileSync(id, 'utf8'));
    },
  };
}
