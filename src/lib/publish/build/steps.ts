/**
 * The build's named steps, in the order they finish. `validate` and `prepare` run in a worker
 * thread that ends before Astro starts; `search` and `cards` start before Astro (unit entries go to
 * Pagefind and cards are drawn while it renders) and finish after it.
 */
export const BUILD_STEPS = ['validate', 'prepare', 'astro', 'sitemap', 'search', 'cards', 'place'] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];

/**
 * Which step writes which files of the out dir: globs relative to it (`*` within a folder name,
 * `**` across folders). Astro writes everything no other step writes (pages, endpoints, public/).
 * `validate` reads, and `prepare` writes the embed pages beside the out dir, so neither writes in it;
 * `place` moves the embed pages in, and writes last what describes the whole site.
 */
export const STEP_OUTPUTS = {
  validate: [],
  prepare: [],
  astro: ['**'],
  sitemap: ['sitemap.xml', 'sitemap-*.xml', 'robots.txt'],
  search: ['pagefind/**'],
  cards: ['og/**'],
  place: ['nhung/**', '.antq-csp.json', '**/*.gz', '**/*.br', '.antq-manifest'],
} as const satisfies Record<BuildStep, readonly string[]>;

function globPattern(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

const SPECIFIC = BUILD_STEPS.filter((s) => s !== 'astro').map((step) => ({ step, patterns: STEP_OUTPUTS[step].map(globPattern) }));

/** The step that writes a file of the out dir (path relative to it, with `/`): Astro unless another step declares it. */
export function stepOf(file: string): BuildStep {
  return SPECIFIC.find(({ patterns }) => patterns.some((p) => p.test(file)))?.step ?? 'astro';
}

/** Files that a step wrote although a later step writes them (empty when all is in order), for a message. */
export function writtenTooEarly(files: readonly string[], after: BuildStep): string[] {
  const done = BUILD_STEPS.indexOf(after);
  return files.filter((f) => BUILD_STEPS.indexOf(stepOf(f)) > done);
}
