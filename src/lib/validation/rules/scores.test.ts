import { describe, expect, it } from 'vitest';
import { fixture, summary } from '../../../../tests/helpers/fixture.ts';

describe('scores respect the criteria set in force', () => {
  it('reports a score above its criterion maximum', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'tc14_tham_dinh', '13');
    f.setCell('data/ket-qua/2025.csv', 3, 'tong_tham_dinh', '96');
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:3:AO Điểm thẩm định 13 vượt điểm tối đa 12 của tiêu chí 14.');
  });
  it('accepts a decimal comma score within the maximum', () => {
    const f = fixture();
    // Xã B's self-assessment (not held to the recognition rule, which reads the appraisal).
    f.setCell('data/ket-qua/2025.csv', 3, 'tc14_tu_cham', '11,5');
    f.setCell('data/ket-qua/2025.csv', 3, 'tong_tu_cham', '99,5');
    expect(summary(f.validate())).toEqual([]);
  });
  it('writes decimal scores in messages with a decimal comma, as editors type them', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'tc14_tham_dinh', '12,5');
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:3:AO Điểm thẩm định 12,5 vượt điểm tối đa 12 của tiêu chí 14.');
  });
  it('reports a given total that is not the sum', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'tong_tu_cham', '99');
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:3:L Tổng điểm tự chấm ghi 99 nhưng các tiêu chí cộng lại 100.');
  });
  it('checks sub-items against their own maximum and their criterion', () => {
    const f = fixture();
    f.write('data/ket-qua/2025.csv', f.read('data/ket-qua/2025.csv').replace(/,ghi_chu\n/, ',tc14.1_tham_dinh,tc14.2_tham_dinh,ghi_chu\n').replace(/\n2025,xa-b,(.*)\n/, (_m, rest: string) => `\n2025,xa-b,${rest.replace(/,$/, '')},7,5,\n`).replace(/\n(2025,(?:phuong-a|truong-c|khu-d),.*)/g, '\n$1,,'));
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:3:BB Điểm thẩm định 7 vượt điểm tối đa 6 của nội dung 14.1.');
  });
  it('reports scores against a criterion the set does not have', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 4, 'tc13_tham_dinh', '1');
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:4:AM Bộ "3554-2025-co-quan" không có tiêu chí 13.');
  });
  it('reports a missing criterion once scoring has begun', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'tc07_tham_dinh', '');
    f.setCell('data/ket-qua/2025.csv', 3, 'tong_tham_dinh', '');
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:3:AA Thiếu điểm thẩm định của tiêu chí 7.');
  });
  it('reports a criteria set not in force for the unit kind that year', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'bo_tieu_chi', '3554-2025-co-quan');
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:3:K Bộ tiêu chí "3554-2025-co-quan" không áp dụng cho xã năm 2025.');
  });
  it('reports scores given under a set that is not itemised', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2024.csv', 2, 'tong_tham_dinh', '95');
    expect(summary(f.validate()).some((l) => l.startsWith('data/ket-qua/2024.csv:2:K') && l.includes('chưa được số hóa'))).toBe(true);
  });
  it('checks the scores of a row rejected for another cell, so every problem shows in one run', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'ngay_quyet_dinh', '31/02/2025');
    f.setCell('data/ket-qua/2025.csv', 3, 'tc14_tham_dinh', '13');
    f.setCell('data/ket-qua/2025.csv', 3, 'tc01_tu_cham', 'hai');
    f.setCell('data/ket-qua/2025.csv', 3, 'tong_tham_dinh', '90');
    const found = summary(f.validate());
    expect(found).toContain('data/ket-qua/2025.csv:3:I Ngày "31/02/2025" không có trên lịch.');
    expect(found).toContain('data/ket-qua/2025.csv:3:AO Điểm thẩm định 13 vượt điểm tối đa 12 của tiêu chí 14.');
    expect(found).toContain('data/ket-qua/2025.csv:3:N "hai" không phải là số.');
    expect(found).toContain('data/ket-qua/2025.csv:3:M Tổng điểm thẩm định ghi 90 nhưng các tiêu chí cộng lại 101.');
  });
  it('still reads the score cells of a row whose criteria set cell is bad, but checks no maximum against a guess', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'bo_tieu_chi', 'Bộ 3554');
    f.setCell('data/ket-qua/2025.csv', 3, 'tc14_tham_dinh', '13');
    f.setCell('data/ket-qua/2025.csv', 3, 'tc01_tu_cham', 'hai');
    const found = summary(f.validate()).filter((l) => l.startsWith('data/ket-qua/2025.csv:3:'));
    expect(found).toContain('data/ket-qua/2025.csv:3:N "hai" không phải là số.');
    expect(found.some((l) => l.startsWith('data/ket-qua/2025.csv:3:K Mã "Bộ 3554" không hợp lệ'))).toBe(true);
    expect(found.some((l) => l.includes('vượt điểm tối đa'))).toBe(false);
  });
  it('reports non-numbers in score cells', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'tc01_tu_cham', 'hai');
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:3:N "hai" không phải là số.');
  });
});
