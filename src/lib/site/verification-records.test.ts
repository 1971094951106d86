import { describe, expect, it } from 'vitest';
import { qrSvg, verificationCode, verificationUrl } from './verification-records.ts';

describe('certificates', () => {
  it('have a permanent code and an absolute verification URL under the base path', () => {
    expect(verificationCode('phuong-song-may', 2023)).toBe('phuong-song-may-2023');
    expect(verificationUrl('https://antq.example.gov.vn', '/', 'x-2023')).toBe('https://antq.example.gov.vn/xac-minh/x-2023/');
    expect(verificationUrl('https://org.github.io', '/antq/', 'x-2023')).toBe('https://org.github.io/antq/xac-minh/x-2023/');
  });
  it('draw the QR code as an accessible SVG without inline styles', async () => {
    const svg = await qrSvg('https://a.b/xac-minh/x/', 'Mã QR <xác minh>');
    expect(svg).toMatch(/^<svg role="img" aria-label="Mã QR &lt;xác minh&gt;"/);
    expect(svg).not.toContain('style=');
  });
});
