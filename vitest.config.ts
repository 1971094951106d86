import { defineConfig } from 'vitest/config';

// Four projects, so the fast loop stays fast: `npm test -- --project unit` runs pure code and
// validation on fixtures without building a site. `build` and `browser` build fixtures from
// tests/fixtures/ once per run (tests/setup/fixture-builds.ts); no test reads data/ or content/
// except tests/contract/data-folder.test.ts, which only checks that whatever data/ holds is valid.
const IMAGE_TESTS = ['src/lib/cards/raster.test.ts', 'src/lib/cards/photo.test.ts', 'src/lib/cards/render.test.ts', 'src/lib/publish/photo-masters.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    projects: [
      // Pure code and validation of fixture copies: one shared worker pool without per-file isolation
      // (a fresh module graph per file tripled the run for no test that needs it).
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'tools/**/*.test.ts', 'tests/contract/**/*.test.ts'], exclude: IMAGE_TESTS, pool: 'threads', isolate: false } },
      // Pure code too, but each draws and encodes real pictures (resvg, sharp): seconds apiece, kept out of the fast loop.
      { extends: true, test: { name: 'images', include: IMAGE_TESTS } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/setup/fixture-builds.ts'] } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/setup/fixture-builds.ts'] } },
    ],
  },
});
