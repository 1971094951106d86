import { describe, expect, it } from 'vitest';
import { unitHistory } from './recognition.ts';
import { dueState, maintenanceRow, maintenanceRows, maintenanceSummary } from './maintenance.ts';
import { NO_SCORES, type Result } from '../../schemas/result.ts';
import type { Unit } from '../../schemas/unit.ts';

const r = (year: number, outcome: Result['outcome']): Result => ({
  year, unitId: 'u', registered: true, stage: 'xay_dung', safe: true, classification: 'kha', outcome,
  decision: null, criteriaSetId: null, selfTotal: null, appraisedTotal: null, scores: NO_SCORES, note: null,
});
const unit = (id: string, name: string): Unit => ({ id, name, kind: 'xa', track: 'dia_ban', provinceCode: '99', communeCode: '99001', province: 'Tỉnh Minh Họa', commune: name, locality: 'Tỉnh Minh Họa', address: null, mergedInto: null, mergedIn: null });

describe('the maintenance status of a unit', () => {
  it('is standing with its streak while every later year was maintained', () => {
    const row = maintenanceRow(unit('a', 'Xã A'), unitHistory([r(2023, 'cong_nhan'), r(2024, 'duy_tri'), r(2025, 'duy_tri')]), 2026);
    expect(row).toMatchObject({ recognisedIn: 2023, maintainedYears: 2, status: 'standing' });
  });
  it('is lapsed after a year not maintained, keeping the year it was recognised', () => {
    const row = maintenanceRow(unit('a', 'Xã A'), unitHistory([r(2023, 'cong_nhan'), r(2024, 'duy_tri'), r(2025, 'khong_duy_tri')]), 2026);
    expect(row).toMatchObject({ recognisedIn: 2023, status: 'lapsed', due: 'none' });
  });
  it('is revoked after a revocation', () => {
    expect(maintenanceRow(unit('a', 'Xã A'), unitHistory([r(2024, 'cong_nhan'), r(2025, 'thu_hoi')]), 2026)?.status).toBe('revoked');
  });
  it('leaves out a unit never recognised', () => {
    expect(maintenanceRow(unit('a', 'Xã A'), unitHistory([r(2024, 'khong_cong_nhan'), r(2025, 'dang_thuc_hien')]), 2026)).toBeNull();
  });
});

describe('whether a unit is due for assessment this year', () => {
  it('is due when it holds a recognition and this year is still under way', () => {
    expect(dueState(unitHistory([r(2024, 'cong_nhan'), r(2025, 'duy_tri'), r(2026, 'dang_thuc_hien')]), 2026)).toBe('due');
  });
  it('is due when it holds a recognition and this year has no row yet', () => {
    expect(dueState(unitHistory([r(2024, 'cong_nhan'), r(2025, 'duy_tri')]), 2026)).toBe('due');
  });
  it('is not due once this year is decided', () => {
    expect(dueState(unitHistory([r(2024, 'cong_nhan'), r(2025, 'duy_tri'), r(2026, 'duy_tri')]), 2026)).toBe('decided');
    expect(dueState(unitHistory([r(2026, 'cong_nhan')]), 2026)).toBe('decided');
  });
  it('is not due when it holds no recognition, even while building again', () => {
    expect(dueState(unitHistory([r(2024, 'cong_nhan'), r(2025, 'khong_duy_tri'), r(2026, 'dang_thuc_hien')]), 2026)).toBe('none');
    expect(dueState(unitHistory([r(2026, 'dang_thuc_hien')]), 2026)).toBe('none');
  });
});

describe('the maintenance table', () => {
  const units = [unit('u-1', 'Xã Đông'), unit('u-2', 'Xã Bình'), unit('u-3', 'Xã Dương'), unit('u-4', 'Xã Á'), unit('u-5', 'Thị trấn Gỗ')];
  const histories = new Map([
    ['u-1', unitHistory([r(2024, 'cong_nhan'), r(2025, 'duy_tri'), r(2026, 'dang_thuc_hien')])],
    ['u-2', unitHistory([r(2024, 'cong_nhan'), r(2025, 'khong_duy_tri')])],
    ['u-3', unitHistory([r(2025, 'cong_nhan'), r(2026, 'thu_hoi')])],
    ['u-4', unitHistory([r(2025, 'khong_cong_nhan')])],
    ['u-5', unitHistory([r(2024, 'cong_nhan')], 2025)],
  ]);
  const rows = maintenanceRows(units, histories, 2026);

  it('lists units ever recognised in Vietnamese alphabetical order (D before Đ)', () => {
    expect(rows.map((x) => x.unit.name)).toEqual(['Thị trấn Gỗ', 'Xã Bình', 'Xã Dương', 'Xã Đông']);
  });
  it('counts standing, lapsed, revoked, merged and due units; a merged unit is never due', () => {
    expect(maintenanceSummary(rows)).toEqual({ total: 4, standing: 1, lapsed: 1, revoked: 1, merged: 1, due: 1 });
    expect(rows[0]).toMatchObject({ status: 'merged', due: 'none' });
  });
});
