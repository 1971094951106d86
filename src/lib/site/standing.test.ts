import { describe, expect, it } from 'vitest';
import { standingSentence } from './standing.ts';

const h = (standing: 'standing' | 'lapsed' | 'revoked' | 'merged' | 'never', maintainedYears = 0) => ({ standing, recognisedIn: 2023, maintainedYears, mergedIn: standing === 'merged' ? 2025 : null, recognitions: [2023], outcomeByYear: new Map() });

describe('the standing sentence', () => {
  it('names the recognition year and the streak', () => {
    expect(standingSentence(h('standing', 2))).toBe('Được công nhận điển hình năm 2023, duy trì 2 năm liên tiếp.');
    expect(standingSentence(h('standing'))).toBe('Được công nhận điển hình năm 2023.');
  });
  it('says when a recognition lapsed or was revoked', () => {
    expect(standingSentence(h('lapsed'))).toContain('không duy trì');
    expect(standingSentence(h('revoked'))).toContain('thu hồi');
    expect(standingSentence(h('never'))).toBe('Chưa được công nhận điển hình.');
  });
  it('does not call a unit merged into another recognised still', () => {
    expect(standingSentence(h('merged', 1))).toBe('Đã được công nhận năm 2023, duy trì 1 năm; từ năm 2025 đơn vị nhập vào đơn vị khác, không còn là đơn vị riêng.');
  });
});
