import { describe, expect, it } from 'vitest';
import { trackLabel } from './track-label.ts';

describe('the track a unit page states', () => {
  it('says a residential area has no criteria set rather than calling it a commune', () => {
    const sets = [{ kinds: ['xa', 'phuong', 'dac_khu'] as const }, { kinds: ['co_quan'] as const }].map((s) => ({ kinds: [...s.kinds] }));
    expect(trackLabel({ kind: 'khu_dan_cu', track: 'dia_ban' }, sets)).toContain('Chưa có bộ tiêu chí');
    expect(trackLabel({ kind: 'xa', track: 'dia_ban' }, sets)).toBe('Xã, phường, đặc khu');
  });
});
