import { describe, expect, it } from 'vitest';
import { failureExplanation } from './ci-failure.ts';

describe('a failed publication explains itself', () => {
  it('names the failed step and what to do, in Vietnamese', () => {
    const text = failureExplanation({ STEP_INSTALL: 'success', STEP_VALIDATE: 'failure', STEP_BUILD: 'skipped' });
    expect(text).toContain('Bước "Kiểm tra dữ liệu" không qua.');
    expect(text).toContain('Trang đang công bố vẫn giữ nguyên');
    expect(text).not.toContain('Dựng trang');
  });
  it('says a failing test is not the data\'s fault', () => {
    expect(failureExplanation({ STEP_VALIDATE: 'success', STEP_TEST: 'failure' })).toContain('không phải lỗi của dữ liệu');
  });
  it('still says something when the run was cancelled', () => {
    expect(failureExplanation({})).toContain('bị hủy hoặc hết thời gian');
  });
});
