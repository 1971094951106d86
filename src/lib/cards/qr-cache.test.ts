import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedQr, cacheQr, drawQr, qrCacheFile } from './qr-cache.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'antq-qr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('QR codes kept by the text they encode', () => {
  it('draws a code once, keeps it, and serves it from the cache afterwards', async () => {
    const text = 'https://antq.example.gov.vn/xac-minh/phuong-song-may-2023/';
    const file = qrCacheFile(text, dir);
    expect(existsSync(file)).toBe(false);
    const drawn = await cachedQr(text, dir);
    expect(drawn).toBe(await drawQr(text));
    expect(existsSync(file)).toBe(true);
    // What is in the cache is what is served: no second drawing.
    writeFileSync(file, '<svg>kept</svg>');
    expect(await cachedQr(text, dir)).toBe('<svg>kept</svg>');
    // Only finished files are left behind (temporary ones are renamed).
    await cacheQr('https://antq.example.gov.vn/xac-minh/xa-b-2024/', dir);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('keys each text apart', () => {
    expect(qrCacheFile('a', dir)).not.toBe(qrCacheFile('b', dir));
  });
});
