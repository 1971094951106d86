import { describe, expect, it } from 'vitest';
import type { TargetProgress } from '../domain/target-progress.ts';
import { targetAsk, targetStatus } from './target-text.ts';

const p = (over: Partial<TargetProgress>, target: Partial<TargetProgress['target']> = {}): TargetProgress => ({
  target: { year: 2026, group: 'Xã, phường', kinds: ['xa'], count: 3, measure: 'cong_nhan_moi', scope: 'chung', source: 'KH 1', ...target },
  achieved: 0, goal: 3, inProgress: 0, status: 'open', short: [], ...over,
});

describe('a target in words', () => {
  it('says what it asks', () => {
    expect(targetAsk(p({}))).toBe('Ít nhất 3 đơn vị công nhận mới');
    expect(targetAsk(p({}, { measure: 'dang_ky', scope: 'moi_xa', count: 1 }))).toBe('Mỗi xã, phường, đặc khu: ít nhất 1 đơn vị đăng ký');
  });
  it('never calls a current year short while units are still building', () => {
    expect(targetStatus(p({ achieved: 0, inProgress: 8 }))).toBe('Đang thực hiện: 0/3, 8 đơn vị đang thực hiện chưa có kết quả');
    expect(targetStatus(p({ achieved: 3, status: 'met' }))).toBe('Đạt chỉ tiêu (3/3)');
    expect(targetStatus(p({ achieved: 2, status: 'not_met' }))).toBe('Không đạt chỉ tiêu (2/3)');
  });
  it('names the places short of a target per commune', () => {
    expect(targetStatus(p({ achieved: 1, goal: 3, status: 'not_met', short: ['Xã A', 'Xã B'] }, { scope: 'moi_xa' }))).toBe('Không đạt chỉ tiêu (1/3 xã, phường, đặc khu đạt; chưa đạt: Xã A, Xã B)');
  });
});
