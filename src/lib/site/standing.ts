import type { UnitHistory } from '../domain/recognition.ts';

/** One sentence a citizen understands: where the unit stands after its latest year. */
export function standingSentence(h: UnitHistory): string {
  switch (h.standing) {
    case 'standing':
      return `Được công nhận điển hình năm ${h.recognisedIn}${h.maintainedYears > 0 ? `, duy trì ${h.maintainedYears} năm liên tiếp` : ''}.`;
    case 'lapsed':
      return `Đã được công nhận năm ${h.recognisedIn}, sau đó không duy trì được kết quả.`;
    case 'merged':
      return `Đã được công nhận năm ${h.recognisedIn}${h.maintainedYears > 0 ? `, duy trì ${h.maintainedYears} năm` : ''}; từ năm ${h.mergedIn} đơn vị nhập vào đơn vị khác, không còn là đơn vị riêng.`;
    case 'revoked':
      return `Đã được công nhận năm ${h.recognisedIn}, sau đó bị thu hồi công nhận.`;
    case 'never':
      return 'Chưa được công nhận điển hình.';
  }
}
