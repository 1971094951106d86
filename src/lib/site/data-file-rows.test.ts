import { describe, expect, it } from 'vitest';
import { dataFileRows } from './data-file-rows.ts';

describe('the open data page', () => {
  it('lists each CSV with its JSON and its size in whole kilobytes of UTF-8', () => {
    const rows = dataFileRows([
      { name: 'don-vi.csv', title: 'Đơn vị', mediaType: 'text/csv', body: 'đ'.repeat(1536) },
      { name: 'don-vi.json', title: 'Đơn vị', mediaType: 'application/json', body: '[]' },
    ]);
    expect(rows).toEqual([{ title: 'Đơn vị', csv: 'don-vi.csv', json: 'don-vi.json', size: '3 KB' }]);
  });

  it('calls a tiny file 1 KB, not 0 KB', () => {
    expect(dataFileRows([{ name: 'a.csv', title: 'A', mediaType: 'text/csv', body: 'x' }])[0]!.size).toBe('1 KB');
  });
});
