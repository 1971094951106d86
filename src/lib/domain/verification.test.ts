import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../schemas/vocabulary.ts';
import type { Decision } from '../../schemas/result.ts';
import { decisionText, recordFacts, recordStatus, recordTitle, statusWords } from './verification.ts';

const REVOKING: Decision = { number: '1876/QĐ-UBND', date: '2025-08-18', body: 'UBND tỉnh Sông Mây' };
const history = (...outcomes: (Outcome | [Outcome, Decision])[]) =>
  outcomes.map((o, i) => (Array.isArray(o) ? { year: 2023 + i, outcome: o[0], decision: o[1] } : { year: 2023 + i, outcome: o, decision: null }));
const words = (results: ReturnType<typeof history>, year: number) => statusWords(recordFacts(results, year)!, recordStatus(results, year));

describe('verification records and their status', () => {
  it('has a record for a recognition and for each maintained year, none for other years', () => {
    const h = history('khong_cong_nhan', 'cong_nhan', 'duy_tri', 'duy_tri', 'dang_thuc_hien');
    expect(recordFacts(h, 2023)).toBeNull();
    expect(recordFacts(h, 2024)).toEqual({ kind: 'recognition', year: 2024, recognisedIn: 2024, maintenanceNo: 0 });
    expect(recordFacts(h, 2026)).toEqual({ kind: 'maintenance', year: 2026, recognisedIn: 2024, maintenanceNo: 2 });
    expect(recordFacts(h, 2027)).toBeNull();
    expect(recordTitle(recordFacts(h, 2026)!)).toBe('Công nhận duy trì năm 2026 (năm duy trì thứ 2 sau lần công nhận năm 2024)');
  });

  it('still standing: maintained since, a later year still being assessed', () => {
    const h = history('cong_nhan', 'duy_tri', 'duy_tri', 'dang_thuc_hien');
    expect(recordStatus(h, 2023)).toEqual({ state: 'standing', through: 2025, pending: 2026 });
    expect(words(h, 2023)).toEqual({ label: 'CÒN HIỆU LỰC', standing: true, detail: 'duy trì đến năm 2025', sentence: 'Công nhận năm 2023 còn hiệu lực, được công nhận duy trì đến năm 2025; năm 2026 đang đánh giá duy trì.' });
    expect(words(h, 2025).sentence).toBe('Công nhận năm 2023 (duy trì năm 2025) còn hiệu lực; năm 2026 đang đánh giá duy trì.');
  });

  it('revoked: says so with the revoking decision, for the recognition and for every maintained year before it', () => {
    const h = history('cong_nhan', 'duy_tri', ['thu_hoi', REVOKING]);
    expect(recordStatus(h, 2023)).toEqual({ state: 'revoked', year: 2025, decision: REVOKING, again: null });
    const w = words(h, 2023);
    expect(w.label).toBe('ĐÃ THU HỒI');
    expect(w.standing).toBe(false);
    expect(w.detail).toBe('năm 2025 theo Quyết định số 1876/QĐ-UBND ngày 18/08/2025');
    expect(w.sentence).toBe('Công nhận năm 2023 đã bị thu hồi năm 2025 theo Quyết định số 1876/QĐ-UBND ngày 18/08/2025 của UBND tỉnh Sông Mây.');
    expect(words(h, 2024)).toMatchObject({ label: 'ĐÃ THU HỒI', sentence: expect.stringContaining('Công nhận năm 2023 (duy trì năm 2024) đã bị thu hồi năm 2025') });
  });

  it('lapsed in a year, and a later recognition named without making the old one valid again', () => {
    const h = history('cong_nhan', 'khong_duy_tri', 'cong_nhan', 'duy_tri');
    expect(recordStatus(h, 2023)).toEqual({ state: 'lapsed', year: 2024, again: 2025 });
    expect(words(h, 2023)).toEqual({ label: 'HẾT HIỆU LỰC', standing: false, detail: 'không duy trì được năm 2024', sentence: 'Công nhận năm 2023 đã hết hiệu lực: năm 2024 đơn vị không duy trì được kết quả. Đơn vị được công nhận lại năm 2025; lần công nhận đó có bản xác minh riêng.' });
    expect(words(h, 2025)).toMatchObject({ label: 'CÒN HIỆU LỰC', standing: true });
  });

  it('superseded by a later recognition', () => {
    const h = history('cong_nhan', 'duy_tri', 'cong_nhan');
    expect(recordStatus(h, 2024)).toEqual({ state: 'superseded', by: 2025 });
    expect(words(h, 2023)).toMatchObject({ label: 'ĐÃ ĐƯỢC THAY THẾ', standing: false, sentence: 'Công nhận năm 2023 đã được thay thế bằng lần công nhận năm 2025; lần công nhận đó có bản xác minh riêng.' });
  });

  it('no longer standing once the unit was merged into another, though never lapsed nor revoked', () => {
    const h = history('khong_cong_nhan', 'cong_nhan');
    const merged = { year: 2025, into: 'Xã Thượng Lâm' };
    expect(recordStatus(h, 2024, merged)).toEqual({ state: 'merged', year: 2025, into: 'Xã Thượng Lâm' });
    expect(statusWords(recordFacts(h, 2024)!, recordStatus(h, 2024, merged))).toEqual({
      label: 'ĐƠN VỊ ĐÃ SÁP NHẬP',
      standing: false,
      detail: 'vào Xã Thượng Lâm từ năm 2025',
      sentence: 'Công nhận năm 2024 không còn được đánh giá duy trì: từ năm 2025 đơn vị nhập vào Xã Thượng Lâm, không còn là đơn vị riêng. Kết quả các năm sau ghi ở Xã Thượng Lâm.',
    });
    // A revocation before the merger still says revoked.
    expect(recordStatus(history('cong_nhan', ['thu_hoi', REVOKING]), 2023, merged)).toMatchObject({ state: 'revoked' });
  });

  it('writes a decision with what the data has of it', () => {
    expect(decisionText({ number: '12/QĐ', date: null, body: 'UBND xã A' })).toBe('Quyết định số 12/QĐ của UBND xã A');
    expect(decisionText(null)).toBe('quyết định không được ghi trong dữ liệu');
  });
});
