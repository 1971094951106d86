import { modelTypeIndex } from '../model-types.ts';
import { toKey } from '../../text/strings.ts';
import { cellAt } from '../table.ts';
import type { RuleContext } from './context.ts';

const FILE = 'data/loai-mo-hinh.csv';

/**
 * Model types are a vocabulary: every model names a type of data/loai-mo-hinh.csv, so a typo cannot
 * start a new type (its own page, its own count) and the criteria that ask for models can be read.
 */
export function modelTypes(ctx: RuleContext): void {
  const { modelTypes: types, models } = ctx.sources;
  const seen = new Map<string, number>();
  for (const { value: t, row } of types.rows) {
    // Two types whose names fold to one key could not be told apart in mo-hinh.csv.
    for (const [key, column] of [[toKey(t.name), 'ten'], [toKey(t.code), 'ma_loai']] as const) {
      const first = seen.get(key);
      if (first !== undefined && first !== row) ctx.problems.add({ ...cellAt(types.columns, row, column), message: `Loại mô hình "${column === 'ten' ? t.name : t.code}" trùng với dòng ${first}.`, hint: 'Mỗi loại mô hình một dòng, tên và mã khác nhau (không tính hoa thường, dấu).' });
      else seen.set(key, row);
    }
  }
  if (types.unreadable) return;
  const index = modelTypeIndex(types.rows.map((r) => r.value));
  const failedTypes = new Set(types.failed.map((f) => toKey(f.cells.ten ?? '')).concat(types.failed.map((f) => toKey(f.cells.ma_loai ?? ''))));
  for (const { value: m, row } of models.rows) {
    if (index.find(m.type) || failedTypes.has(toKey(m.type))) continue;
    const guess = index.suggest(m.type);
    ctx.problems.add({
      ...cellAt(models.columns, row, 'loai_mo_hinh'),
      message: `Loại mô hình "${m.type}" không có trong ${FILE}.`,
      hint: guess ? `Có phải là "${guess}"? Nếu là loại mới, thêm một dòng vào ${FILE} (mã, tên, được tính là gì).` : `Dùng tên một loại trong ${FILE}, hoặc thêm loại mới vào tệp đó (mã, tên, được tính là gì).`,
    });
  }
}
