import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { useVietnameseZod } from './zod-vi.ts';

describe('zod in Vietnamese', () => {
  it('names missing keys, types, unknown keys and choices in words an editor knows, and leaves the rest to zod’s Vietnamese locale', () => {
    useVietnameseZod();
    const schema = z.object({ title: z.string(), year: z.number().min(2000), kind: z.enum(['xa', 'phuong']), tags: z.array(z.string()) }).strict();
    const messages = schema.safeParse({ year: 1990, kind: 'thon', tags: 'a', extra: 1 }).error!.issues.map((i) => i.message);
    expect(messages).toContain('Thiếu giá trị: khóa này bắt buộc.');
    expect(messages).toContain('Phải là danh sách [ … ], đang là chữ.');
    expect(messages).toContain('Khóa không có trong mẫu: "extra" (gõ sai tên khóa, hoặc khóa thừa).');
    expect(messages).toContain('Giá trị không hợp lệ; chọn một trong: "xa", "phuong".');
    // Not one of ours: zod's own Vietnamese.
    expect(messages.find((m) => m.includes('2000'))).toMatch(/^Quá nhỏ/);
    expect(messages.join(' ')).not.toMatch(/Invalid|expected|received/);
  });
});
