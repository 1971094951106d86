import { describe, expect, it } from 'vitest';
import { readScoreRows } from '../../../tests/helpers/scores.ts';
import { criterionScores, hasScores, scoreTotal } from './scores.ts';

describe('score cells read into a score table', () => {
  it('gives criteria in criterion order whatever the column order, with decimal commas and points', () => {
    const { scores, problems } = readScoreRows(['ma_don_vi', 'tc02_tu_cham', 'tc01_tham_dinh', 'tc01_tu_cham', 'tc02_tham_dinh'], [['a', '2', '1,5', '3', '0.25']]);
    expect(problems).toEqual([]);
    expect(criterionScores(scores[0]!)).toEqual([
      { criterion: 1, self: 3, appraised: 1.5, items: [] },
      { criterion: 2, self: 2, appraised: 0.25, items: [] },
    ]);
    expect(scoreTotal(scores[0]!, 'self')).toBe(5);
    expect(scoreTotal(scores[0]!, 'appraised')).toBe(1.75);
  });

  it('leaves out criteria with no score and tells an empty row from a scored one', () => {
    const { scores } = readScoreRows(['tc01_tu_cham', 'tc01_tham_dinh', 'tc02_tu_cham', 'tc02_tham_dinh'], [['3', '', '', ''], ['', '', '', '']]);
    expect(criterionScores(scores[0]!)).toEqual([{ criterion: 1, self: 3, appraised: null, items: [] }]);
    expect(scoreTotal(scores[0]!, 'appraised')).toBeNull();
    expect(hasScores(scores[1]!)).toBe(false);
    expect(criterionScores(scores[1]!)).toEqual([]);
  });

  it('sums sub-items into a criterion left empty, keeps a given criterion score, and sorts items', () => {
    const header = ['tc14_tham_dinh', 'tc14.2_tham_dinh', 'tc14.1_tham_dinh', 'tc19.1_tu_cham', 'tc19.2_tu_cham'];
    const { scores } = readScoreRows(header, [
      ['', '5', '6,5', '0.1', '0.2'],
      ['12', '5', '6', '', ''],
      ['', '', '', '', ''],
    ]);
    expect(criterionScores(scores[0]!)).toEqual([
      { criterion: 14, self: null, appraised: 11.5, items: [{ item: 1, self: null, appraised: 6.5 }, { item: 2, self: null, appraised: 5 }] },
      // 0.1 + 0.2 rounded, so a later equality check does not fail on 0.30000000000000004.
      { criterion: 19, self: 0.3, appraised: null, items: [{ item: 1, self: 0.1, appraised: null }, { item: 2, self: 0.2, appraised: null }] },
    ]);
    expect(criterionScores(scores[1]!)[0]).toEqual({ criterion: 14, self: null, appraised: 12, items: [{ item: 1, self: null, appraised: 6 }, { item: 2, self: null, appraised: 5 }] });
    expect(hasScores(scores[2]!)).toBe(false);
  });

  it('reports two columns naming the same sub-item ("tc01.1" and "tc01.01") instead of ignoring one', () => {
    const { problems } = readScoreRows(['ma_don_vi', 'tc01.1_tu_cham', 'tc01.01_tu_cham', 'tc01.2_tu_cham'], [['a', '1', '', '1']]);
    expect(problems.map((p) => `${p.row}:${p.column} ${p.message}`)).toEqual(['1:C Cột "tc01.01_tu_cham" trùng với cột "tc01.1_tu_cham": cùng tiêu chí 1, nội dung 1.']);
  });

  it('reports bad and negative numbers at their cell and leaves them empty', () => {
    const { scores, problems } = readScoreRows(['ma_don_vi', 'tc01_tu_cham', 'tc02_tu_cham', 'tc03_tu_cham'], [['a', 'hai', '-1', '1.000,5']]);
    expect(problems.map((p) => `${p.row}:${p.column} ${p.message}`)).toEqual([
      '2:B "hai" không phải là số.',
      '2:C Điểm -1 là số âm.',
      '2:D "1.000,5" không phải là số.',
    ]);
    expect(hasScores(scores[0]!)).toBe(false);
  });
});
