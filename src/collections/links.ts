import { linker } from '../lib/site/url.ts';

/** The site's base path as Astro gives it ("/" or a project sub-path), read once for every page. */
export const base: string = import.meta.env.BASE_URL;

/** A site-internal link under the base path: `link('don-vi/a/')`. Pages, components and layouts use this one. */
export const link = linker(base);
