import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The tests' own build of the sample, so an editor's `npm run build` never races a test run. */
export const TEST_DIST = path.join(ROOT, 'dist-test');
