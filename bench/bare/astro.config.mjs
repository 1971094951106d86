import { defineConfig } from 'astro/config';
export default defineConfig({ outDir: process.env.OUT_DIR || './dist', build: { format: 'directory' } });
