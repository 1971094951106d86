import { describe, expect, it } from 'vitest';
import { dataPaths, loadDataset } from '../../src/lib/validation/dataset.ts';
import { formatProblems } from '../../src/lib/validation/problem.ts';
import { ROOT } from '../helpers/paths.ts';

// The one test that reads the editors' folder, whatever it holds (the sample, or a department's real
// data): it asserts only that the folder is valid, never what is in it.
describe('the data folder of this checkout', () => {
  it('is valid', () => {
    const outcome = loadDataset(dataPaths({ DATA_DIR: process.env.DATA_DIR || `${ROOT}/data`, CONTENT_DIR: process.env.CONTENT_DIR }));
    expect(outcome.ok, outcome.ok ? '' : formatProblems(outcome.problems)).toBe(true);
  });
});
