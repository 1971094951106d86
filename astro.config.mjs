// @ts-check
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { dataPaths } from './src/lib/validation/dataset.ts';
import { siteLocation } from './src/lib/config/site-config.ts';
import { unwrapLoneImages } from './src/lib/site/unwrap-lone-images.ts';
import { photoMasters, PHOTO_CACHE_DIR } from './src/lib/publish/photo-masters.ts';
import { frontMatterOnce } from './src/lib/publish/front-matter-once.ts';

const { dataDir, contentDir } = dataPaths();
const { site, base } = siteLocation(dataDir);

export default defineConfig({
  site,
  base,
  // scripts/build.ts checks OUT_DIR and passes it on; tests build broken copies elsewhere.
  outDir: process.env.OUT_DIR || './dist',
  // Directory URLs (/don-vi/x/) are the permanent addresses printed on certificates.
  trailingSlash: 'always',
  // Stylesheets inlined in every page: on a throttled phone that beat one cached stylesheet file
  // (BENCHMARKS.md). INLINE_STYLESHEETS=never builds the other way, for `npm run bench` to compare.
  build: { format: 'directory', inlineStylesheets: process.env.INLINE_STYLESHEETS === 'never' ? 'never' : 'always', concurrency: 4 },
  integrations: [mdx()],
  // A lone image in a story becomes a figure with its caption, not an image inside a paragraph.
  markdown: { processor: satteri({ hastPlugins: [unwrapLoneImages] }) },
  // Only what the site needs: its own files, hashed inline styles and scripts, nothing from elsewhere;
  // forms (the year page's filters) may only send the reader to the site's own search page.
  security: {
    csp: {
      directives: ["default-src 'none'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "base-uri 'none'", "form-action 'self'", "manifest-src 'self'"],
      // Pagefind compiles its WebAssembly index reader; nothing else is evaluated.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Content photos reach Astro's image pipeline as 1600-px copies without metadata (see the plugin);
  // MDX reaches Astro without its front matter, which the validator has read (the collections carry it).
  vite: { plugins: [frontMatterOnce({ contentDir }), photoMasters({ contentDir, cacheDir: path.join(fileURLToPath(new URL('.', import.meta.url)), PHOTO_CACHE_DIR) })] },
  // No prefetch and no dev toolbar: content pages ship zero JavaScript.
  prefetch: false,
  devToolbar: { enabled: false },
});
