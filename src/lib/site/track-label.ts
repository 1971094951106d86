import { TRACKS } from '../../schemas/vocabulary.ts';
import type { CriteriaSet } from '../../schemas/criteria-set.ts';
import type { Unit } from '../../schemas/unit.ts';

/**
 * The track (khối) of a unit as its page states it: the criteria sets' own name for its kind, or,
 * for a kind no set covers (khu dân cư), that it has no criteria set.
 */
export function trackLabel(unit: Pick<Unit, 'kind' | 'track'>, sets: readonly Pick<CriteriaSet, 'kinds'>[]): string {
  if (!sets.some((s) => s.kinds.includes(unit.kind))) return 'Chưa có bộ tiêu chí chấm điểm cho loại đơn vị này: kết quả chỉ ghi kết luận';
  return TRACKS[unit.track];
}
