import { describe, expect, it } from 'vitest';
import { chartRows, maintenanceSummaryParts, maintenanceSummaryText, yearsBetween } from './maintenance-view.ts';
import type { MaintenanceRow } from '../domain/maintenance.ts';
import type { Unit } from '../../schemas/unit.ts';

describe('the span of years of the chart', () => {
  it('fills gaps between the first and last year', () => {
    expect(yearsBetween([2026, 2023, 2025])).toEqual([2023, 2024, 2025, 2026]);
    expect(yearsBetween([])).toEqual([]);
  });
});

describe('the chart rows', () => {
  it('carry the unit name and its outcomes by year', () => {
    const outcomeByYear = new Map([[2025, 'cong_nhan' as const]]);
    const row = { unit: { name: 'Xã A' } as Unit, recognisedIn: 2025, maintainedYears: 0, status: 'standing', due: 'due', outcomeByYear } satisfies MaintenanceRow;
    expect(chartRows([row])).toEqual([{ name: 'Xã A', outcomeByYear }]);
  });
});

describe('the summary in words', () => {
  const s = { total: 6, standing: 3, lapsed: 1, revoked: 0, merged: 0, due: 2 };
  it('names the statuses with their labels, lower-cased', () => {
    expect(maintenanceSummaryText(s)).toBe('3 đơn vị đang giữ công nhận, 1 không duy trì, 0 bị thu hồi');
  });
  it('adds merged units only when there are some', () => {
    expect(maintenanceSummaryParts({ ...s, merged: 2 }).at(-1)).toEqual({ count: 2, words: 'đã sáp nhập vào đơn vị khác' });
    expect(maintenanceSummaryText({ ...s, merged: 2 })).toBe('3 đơn vị đang giữ công nhận, 1 không duy trì, 0 bị thu hồi, 2 đã sáp nhập vào đơn vị khác');
  });
});
