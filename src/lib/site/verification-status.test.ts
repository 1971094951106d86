import { describe, expect, it } from 'vitest';
import { recordFacts } from '../domain/verification.ts';
import { result, unit } from '../../../tests/helpers/tiny-site.ts';
import { recordPhrase, verificationStatus } from './verification-status.ts';

const successor = new Map([['b', { name: 'Xã Hòa Bình' }]]);
function statusOf(u: ReturnType<typeof unit>, year: number) {
  const facts = recordFacts(u.results, year);
  if (!facts) throw new Error(`no record for ${year}`);
  return verificationStatus(u, facts, successor);
}

describe('what a verification page says about a record today', () => {
  it('a recognition with no later year still stands', () => {
    const w = statusOf(unit('a', [result(2024, 'cong_nhan')]), 2024);
    expect(w.standing).toBe(true);
    expect(w.label).toBe('CÒN HIỆU LỰC');
    expect(w.sentence).toBe('Công nhận năm 2024 còn hiệu lực.');
  });

  it('a recognition maintained in the years after it still stands, through the last maintained year', () => {
    const u = unit('a', [result(2023, 'cong_nhan'), result(2024, 'duy_tri'), result(2025, 'duy_tri')]);
    expect(statusOf(u, 2023)).toMatchObject({ standing: true, detail: 'duy trì đến năm 2025' });
    expect(statusOf(u, 2024)).toMatchObject({ standing: true, sentence: 'Công nhận năm 2023 (duy trì năm 2024) còn hiệu lực, được công nhận duy trì đến năm 2025.' });
  });

  it('a recognition not maintained in a later year (khong_duy_tri) no longer stands', () => {
    const u = unit('a', [result(2023, 'cong_nhan'), result(2024, 'duy_tri'), result(2025, 'khong_duy_tri')]);
    expect(statusOf(u, 2023)).toMatchObject({ standing: false, label: 'HẾT HIỆU LỰC', detail: 'không duy trì được năm 2025' });
    expect(statusOf(u, 2024).standing).toBe(false);
  });

  it('a revoked recognition (thu_hoi) no longer stands, and names the revoking decision', () => {
    const u = unit('a', [result(2023, 'cong_nhan'), result(2024, 'thu_hoi', { decision: { number: '9/QĐ', date: '2024-05-02', body: 'UBND tỉnh' } })]);
    const w = statusOf(u, 2023);
    expect(w).toMatchObject({ standing: false, label: 'ĐÃ THU HỒI' });
    expect(w.sentence).toContain('Quyết định số 9/QĐ ngày 02/05/2024');
  });

  it('the recognition of a unit merged into another no longer stands, and names the unit it joined', () => {
    const u = unit('a', [result(2023, 'cong_nhan'), result(2024, 'duy_tri')], { mergedInto: 'b', mergedIn: 2025 });
    expect(statusOf(u, 2023)).toMatchObject({ standing: false, label: 'ĐƠN VỊ ĐÃ SÁP NHẬP', detail: 'vào Xã Hòa Bình từ năm 2025' });
  });

  it('a merged unit whose successor is not on the site is named by its code', () => {
    const u = unit('a', [result(2023, 'cong_nhan')], { mergedInto: 'zz', mergedIn: 2025 });
    expect(statusOf(u, 2023).detail).toBe('vào zz từ năm 2025');
  });

  it('a unit merged before the recorded year does not undo that year', () => {
    const u = unit('a', [result(2023, 'cong_nhan')], { mergedInto: 'b', mergedIn: 2023 });
    expect(statusOf(u, 2023).standing).toBe(true);
  });

  it('a recognition superseded by a later recognition no longer stands; the later one does', () => {
    const u = unit('a', [result(2021, 'cong_nhan'), result(2022, 'khong_cong_nhan'), result(2024, 'cong_nhan')]);
    expect(statusOf(u, 2021)).toMatchObject({ standing: false, label: 'ĐÃ ĐƯỢC THAY THẾ', detail: 'bằng lần công nhận năm 2024' });
    expect(statusOf(u, 2024).standing).toBe(true);
  });

  it('names the record in a short phrase', () => {
    const u = unit('a', [result(2023, 'cong_nhan'), result(2024, 'duy_tri')]);
    expect(recordPhrase(recordFacts(u.results, 2023)!)).toBe('công nhận năm 2023');
    expect(recordPhrase(recordFacts(u.results, 2024)!)).toBe('duy trì năm 2024');
  });
});
