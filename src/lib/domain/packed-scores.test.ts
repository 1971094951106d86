import { describe, expect, it } from 'vitest';
import { packScores, unpackScores } from './packed-scores.ts';
import { readScoreRows } from '../../../tests/helpers/scores.ts';
import { NO_SCORES } from '../../schemas/result.ts';
import { criterionScores } from './scores.ts';

describe('packed scores', () => {
  it('round-trips criteria, sub-items, decimals and missing scores', () => {
    const header = ['tc01_tu_cham', 'tc01_tham_dinh', 'tc02_tu_cham', 'tc02_tham_dinh', 'tc02.1_tu_cham', 'tc02.1_tham_dinh', 'tc02.2_tu_cham', 'tc02.2_tham_dinh', 'tc07_tu_cham', 'tc07_tham_dinh', 'tc07.1_tu_cham'];
    const { scores } = readScoreRows(header, [['3', '3', '2', '1.5', '1', '1', '1', '0,5', '', '0', '']]);
    const packed = packScores(scores[0]!);
    expect(packed).toBe('1:3/3;2:2/1.5(1:1/1,2:1/0.5);7:/0');
    expect(unpackScores(packed)).toEqual(criterionScores(scores[0]!));
  });

  it('packs no scores as an empty string, and refuses a damaged one', () => {
    expect(packScores(NO_SCORES)).toBe('');
    expect(unpackScores('')).toEqual([]);
    expect(() => unpackScores('1:3/3;x')).toThrow(/"x"/);
  });
});
