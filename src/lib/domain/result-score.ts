import type { StoredResult } from '../../schemas/result.ts';
import { formatNumber, formatScore } from '../text/format.ts';

type Scored = Pick<StoredResult, 'selfTotal' | 'appraisedTotal' | 'maxPoints'>;

/**
 * The appraised total as a share of its set's maximum, in percent with one decimal: what lists sort
 * and compare by, since a 47/50 (94 %) is a better result than a 90,5/100 although the number is smaller.
 * Null without an appraised total or a known maximum.
 */
export function appraisedShare(r: Scored): number | null {
  if (r.appraisedTotal === null || !r.maxPoints) return null;
  return Math.round((r.appraisedTotal / r.maxPoints) * 1000) / 10;
}

/** "94 %", "90,5 %"; empty without a share. */
export function formatShare(share: number | null): string {
  return share === null ? '' : `${formatNumber(share)} %`;
}

/**
 * A result's scores in one phrase for cards, embeds and summaries: "thẩm định 47/50 (94 %)", or
 * "tự chấm 98/100" before appraisal; null when the result has no score.
 */
export function resultScoreText(r: Scored): string | null {
  const share = appraisedShare(r);
  if (r.appraisedTotal !== null) return `thẩm định ${formatScore(r.appraisedTotal, r.maxPoints)}${share === null ? '' : ` (${formatShare(share)})`}`;
  if (r.selfTotal !== null) return `tự chấm ${formatScore(r.selfTotal, r.maxPoints)}`;
  return null;
}
