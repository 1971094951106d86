import { describe, expect, it } from 'vitest';
import { RESULT_COLUMN_DOCS } from '../../tools/workbook/column-docs.ts';
import { parseScoreColumn, RESULT_COLUMNS, RESULT_HELPER_COLUMNS, resultHeader, scoreColumn } from './result.ts';

describe('result columns', () => {
  it('are written in the order of the data contract, score columns before the note', () => {
    expect(resultHeader(['tc01_tu_cham', 'tc01_tham_dinh'])).toEqual([
      'nam', 'ma_don_vi', 'dang_ky', 'giai_doan', 'an_toan_antt', 'xep_loai', 'ket_qua', 'so_quyet_dinh', 'ngay_quyet_dinh', 'co_quan_quyet_dinh', 'bo_tieu_chi', 'tong_tu_cham', 'tong_tham_dinh',
      'tc01_tu_cham', 'tc01_tham_dinh', 'ghi_chu',
    ]);
  });
  it('each have their Vietnamese documentation, and no other column has', () => {
    expect(Object.keys(RESULT_COLUMN_DOCS).sort()).toEqual([...RESULT_COLUMNS, ...RESULT_HELPER_COLUMNS].sort());
  });
});

describe('score column names', () => {
  it('name a criterion with two digits and a sub-item after a dot', () => {
    expect(scoreColumn(5, null, 'self')).toBe('tc05_tu_cham');
    expect(scoreColumn(14, 2, 'appraised')).toBe('tc14.2_tham_dinh');
  });
  it('read back to what they name', () => {
    for (const key of [{ criterion: 5, item: null, side: 'self' }, { criterion: 14, item: 2, side: 'appraised' }, { criterion: 20, item: 12, side: 'self' }] as const) {
      expect(parseScoreColumn(scoreColumn(key.criterion, key.item, key.side))).toEqual(key);
    }
  });
  it('read a sub-item written with a leading zero as the same sub-item', () => {
    expect(parseScoreColumn('tc14.02_tu_cham')).toEqual({ criterion: 14, item: 2, side: 'self' });
  });
  it('are not read from a fixed column or a misspelt one', () => {
    expect(parseScoreColumn('tong_tu_cham')).toBeNull();
    expect(parseScoreColumn('tc5_tu_cham')).toBeNull();
    expect(parseScoreColumn('tc05_tuCham')).toBeNull();
  });
});
