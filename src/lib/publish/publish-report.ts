import type { Dataset } from '../validation/dataset.ts';
import { OUTCOMES, type Outcome } from '../../schemas/vocabulary.ts';
import { formatScore } from '../text/format.ts';

export interface Change {
  unitId: string;
  name: string;
  year: number;
  kind: 'new-recognition' | 'maintained' | 'lapsed' | 'revoked' | 'outcome-changed' | 'score-corrected' | 'row-added' | 'row-removed';
  text: string;
}

/** The change a row with this outcome makes when it is new or its outcome changed; null: told as a changed or added row. */
const CHANGE_OF_OUTCOME: Record<Outcome, Change['kind'] | null> = {
  cong_nhan: 'new-recognition',
  duy_tri: 'maintained',
  khong_duy_tri: 'lapsed',
  thu_hoi: 'revoked',
  khong_cong_nhan: null,
  dang_thuc_hien: null,
};

/**
 * What a publication changes against the previous published data: the report a reviewer reads
 * before a push goes live (new recognitions, lapses, revocations, corrected scores).
 */
export function diffDatasets(before: Dataset | null, after: Dataset): Change[] {
  const key = (r: { unitId: string; year: number }) => `${r.year}|${r.unitId}`;
  const old = new Map((before?.results ?? []).map((r) => [key(r), r]));
  const names = new Map([...(before?.units ?? []), ...after.units].map((u) => [u.id, u.name]));
  const changes: Change[] = [];
  // A score is read with its maximum: a corrected 46 means little until it is 46/50.
  const maxOf = (d: Dataset | null, setId: string | null) => (setId === null ? null : (d?.criteriaSets.find((s) => s.id === setId)?.maxPoints ?? null));
  const add = (unitId: string, year: number, kind: Change['kind'], text: string) => changes.push({ unitId, name: names.get(unitId) ?? unitId, year, kind, text });
  for (const r of after.results) {
    const prev = old.get(key(r));
    old.delete(key(r));
    if (prev && prev.outcome === r.outcome && prev.appraisedTotal === r.appraisedTotal) continue;
    if (!prev || prev.outcome !== r.outcome) {
      const kind = CHANGE_OF_OUTCOME[r.outcome] ?? (prev ? 'outcome-changed' : 'row-added');
      add(r.unitId, r.year, kind, prev ? `${OUTCOMES[prev.outcome]} → ${OUTCOMES[r.outcome]}` : OUTCOMES[r.outcome]);
    } else {
      add(r.unitId, r.year, 'score-corrected', `điểm thẩm định ${formatScore(prev.appraisedTotal, maxOf(before, prev.criteriaSetId))} → ${formatScore(r.appraisedTotal, maxOf(after, r.criteriaSetId))}`);
    }
  }
  for (const r of old.values()) add(r.unitId, r.year, 'row-removed', `bỏ dòng (${OUTCOMES[r.outcome]})`);
  return changes.sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'vi'));
}

const HEADINGS: Record<Change['kind'], string> = {
  'new-recognition': 'Công nhận mới',
  maintained: OUTCOMES.duy_tri,
  lapsed: OUTCOMES.khong_duy_tri,
  revoked: OUTCOMES.thu_hoi,
  'outcome-changed': 'Đổi kết quả',
  'score-corrected': 'Sửa điểm',
  'row-added': 'Dòng mới',
  'row-removed': 'Dòng bị bỏ',
};

/** Markdown for the CI summary. */
export function reportMarkdown(changes: Change[], baseLabel: string): string {
  if (changes.length === 0) return `### Báo cáo xuất bản\n\nKhông có thay đổi về kết quả so với ${baseLabel}.\n`;
  const lines = [`### Báo cáo xuất bản`, '', `${changes.length} thay đổi so với ${baseLabel}.`, ''];
  for (const kind of Object.keys(HEADINGS) as Change['kind'][]) {
    const group = changes.filter((c) => c.kind === kind);
    if (group.length === 0) continue;
    lines.push(`#### ${HEADINGS[kind]} (${group.length})`, '');
    for (const c of group) lines.push(`- ${c.year} · ${c.name} (\`${c.unitId}\`): ${c.text}`);
    lines.push('');
  }
  return lines.join('\n');
}
