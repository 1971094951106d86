import { TARGET_MEASURES, TARGET_SCOPES } from '../../schemas/target.ts';
import type { TargetProgress } from '../domain/target-progress.ts';

/** What a target asks, in words: "Ít nhất 3 đơn vị công nhận mới" or "Mỗi xã, phường, đặc khu: ít nhất 1 đơn vị đăng ký". */
export function targetAsk(p: TargetProgress): string {
  const what = `ít nhất ${p.target.count} đơn vị ${TARGET_MEASURES[p.target.measure].toLowerCase()}`;
  return p.target.scope === 'chung' ? what.charAt(0).toUpperCase() + what.slice(1) : `${TARGET_SCOPES[p.target.scope]}: ${what}`;
}

/** Where a target stands, in words: met or not for a past year; for the current year, how far and how many are in progress. */
export function targetStatus(p: TargetProgress): string {
  const per = p.target.scope !== 'chung';
  const place = p.target.scope === 'moi_xa' ? 'xã, phường, đặc khu' : 'tỉnh, thành phố';
  const reached = per ? `${p.achieved}/${p.goal} ${place} đạt` : `${p.achieved}/${p.goal}`;
  const shortList = p.short.length > 0 ? `; chưa đạt: ${p.short.slice(0, 5).join(', ')}${p.short.length > 5 ? ` và ${p.short.length - 5} nơi khác` : ''}` : '';
  if (p.status === 'met') return `Đạt chỉ tiêu (${reached})`;
  if (p.status === 'not_met') return `Không đạt chỉ tiêu (${reached}${shortList})`;
  return `Đang thực hiện: ${reached}${p.inProgress > 0 ? `, ${p.inProgress} đơn vị đang thực hiện chưa có kết quả` : ''}${shortList}`;
}
