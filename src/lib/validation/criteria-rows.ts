import type { CriteriaRow, CriterionGroup } from '../../schemas/criteria-set.ts';
import type { ProblemList } from './problem.ts';
import type { TableRead } from './table.ts';
import { cellAt } from './table.ts';
import { round } from '../domain/scores.ts';

/** Rows of a criteria CSV → groups → criteria → items, reporting numbering that does not add up. */
export function assembleCriteria(read: TableRead<CriteriaRow>, problems: ProblemList): CriterionGroup[] {
  const groups = new Map<number, CriterionGroup & { row: number }>();
  const groupOfCriterion = new Map<number, number>();
  for (const { value: r, row } of read.rows) {
    let group = groups.get(r.group);
    if (!group) groups.set(r.group, (group = { no: r.group, name: r.groupName, points: 0, criteria: [], row }));
    else if (group.name !== r.groupName) {
      problems.add({ ...cellAt(read.columns, row, 'ten_nhom'), message: `Tên nhóm ${r.group} khác với dòng ${group.row} ("${group.name}").`, hint: 'Mọi dòng của cùng một nhóm phải ghi cùng tên nhóm.' });
    }
    const owner = groupOfCriterion.get(r.criterion);
    if (owner !== undefined && owner !== r.group) {
      problems.add({ ...cellAt(read.columns, row, 'tieu_chi'), message: `Tiêu chí ${r.criterion} đã thuộc nhóm ${owner}.`, hint: 'Một tiêu chí chỉ nằm trong một nhóm.' });
      continue;
    }
    groupOfCriterion.set(r.criterion, r.group);
    let criterion = group.criteria.find((c) => c.no === r.criterion);
    if (!criterion) group.criteria.push((criterion = { no: r.criterion, points: 0, items: [] }));
    if (criterion.items.some((i) => i.no === r.item)) {
      problems.add({ ...cellAt(read.columns, row, 'muc'), message: `Nội dung ${r.criterion}.${r.item} bị lặp lại.`, hint: 'Đánh số nội dung 1, 2, 3… không trùng trong mỗi tiêu chí.' });
      continue;
    }
    criterion.items.push({ no: r.item, text: r.text, points: r.points, maintenanceText: r.maintenanceText });
    criterion.points = round(criterion.points + r.points);
    group.points = round(group.points + r.points);
  }
  const out = [...groups.values()].sort((a, b) => a.no - b.no);
  for (const g of out) {
    g.criteria.sort((a, b) => a.no - b.no);
    for (const c of g.criteria) c.items.sort((a, b) => a.no - b.no);
  }
  return out.map(({ row: _row, ...g }) => g);
}

