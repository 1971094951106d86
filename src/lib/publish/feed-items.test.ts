import { describe, expect, it } from 'vitest';
import { result, tinySite, unit } from '../../../tests/helpers/tiny-site.ts';
import { siteFeed } from './feed-items.ts';

const absolute = (path: string) => `https://a.example/antq/${path}`;

describe('the RSS feed of the site', () => {
  it('lists each recognition with a decision date, linked to its unit, and each story', () => {
    const site = tinySite({ units: [unit('a', [result(2024, 'cong_nhan', { decision: { number: '12/QĐ', date: '2024-12-01', body: 'UBND tỉnh' } })])] });
    const { channel, items } = siteFeed(site, [{ id: 'tin-1', data: { title: 'Tin', date: '2025-01-02', summary: 'Tóm tắt' } }], absolute);
    expect(items).toEqual([
      { title: 'Xã a được công nhận điển hình năm 2024', link: 'https://a.example/antq/don-vi/a/', date: '2024-12-01', description: 'Quyết định 12/QĐ ngày 01/12/2024 của UBND tỉnh.' },
      { title: 'Tin', link: 'https://a.example/antq/tin-bai/tin-1/', date: '2025-01-02', description: 'Tóm tắt' },
    ]);
    expect(channel).toEqual({ title: 'Điển hình', link: 'https://a.example/antq/', description: 'Công an tỉnh – tỉnh Sông Mây', self: 'https://a.example/antq/rss.xml' });
  });

  it('leaves out a recognition whose decision has no date, and every other outcome', () => {
    const site = tinySite({ units: [unit('a', [result(2023, 'cong_nhan', { decision: { number: '1', date: null, body: null } }), result(2024, 'duy_tri')])] });
    expect(siteFeed(site, [], absolute).items).toEqual([]);
  });
});
