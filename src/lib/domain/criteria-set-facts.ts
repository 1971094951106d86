import { KINDS, kindsPhrase } from '../../schemas/vocabulary.ts';
import type { CriteriaSet, PassRule } from '../../schemas/criteria-set.ts';
import { formatDate, formatNumber } from '../text/format.ts';
import { describeRule } from './pass-rule.ts';

/** A threshold as the criteria page states it. */
export interface RuleFacts {
  text: string;
  source: string;
  /** The value is an assumption of the data, not the decision's text: the page must say so. */
  assumption: boolean;
}

/** The display text of a criteria set's metadata, computed once for the criteria page. */
export interface CriteriaSetFacts {
  decision: string;
  track: string;
  kinds: string;
  yearsInForce: string;
  maxPoints: string;
  recognition: RuleFacts | null;
  maintenance: RuleFacts | null;
  /** Both thresholds with their labels, in the order the page lists them. */
  thresholds: { label: string; rule: RuleFacts | null }[];
  /** Number of criteria and sub-items; 0 when the set is not digitised. */
  criteria: number;
  items: number;
}

export function yearsInForce(from: number, to: number | null): string {
  if (to === null) return `Từ năm ${from} đến nay`;
  return from === to ? `Năm ${from}` : `Từ năm ${from} đến năm ${to}`;
}

function ruleFacts(rule: PassRule | null, maxPoints: number | null): RuleFacts | null {
  if (!rule) return null;
  return { text: describeRule(rule, maxPoints), source: rule.source, assumption: rule.assumption };
}

export function criteriaSetFacts(set: CriteriaSet): CriteriaSetFacts {
  const criteria = set.groups.flatMap((g) => g.criteria);
  const recognition = ruleFacts(set.recognition, set.maxPoints);
  const maintenance = ruleFacts(set.maintenance, set.maxPoints);
  return {
    decision: `Quyết định số ${set.decision} ngày ${formatDate(set.issuedOn)} của ${set.issuer}`,
    track: kindsPhrase(set.kinds),
    kinds: set.kinds.map((k) => KINDS[k]).join(', '),
    yearsInForce: yearsInForce(set.fromYear, set.toYear),
    maxPoints: set.maxPoints === null ? 'Chưa số hóa' : `${formatNumber(set.maxPoints)} điểm`,
    recognition,
    maintenance,
    thresholds: [
      { label: 'Điều kiện công nhận', rule: recognition },
      { label: 'Điều kiện duy trì', rule: maintenance },
    ],
    criteria: criteria.length,
    items: criteria.reduce((t, c) => t + c.items.length, 0),
  };
}
