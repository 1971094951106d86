import { describe, expect, it } from 'vitest';
import { describeTarget, parseTarget, rsyncLogin } from './deploy-target.ts';

describe('the deploy target', () => {
  it('reads user, host, port and folder from an ssh:// address', () => {
    expect(parseTarget('ssh://antq@web.congan.tinh.gov.vn/srv/antq')).toEqual({ user: 'antq', host: 'web.congan.tinh.gov.vn', port: 22, path: '/srv/antq' });
    expect(parseTarget(' ssh://deploy@10.0.0.5:2222/var/www/antq/ ')).toEqual({ user: 'deploy', host: '10.0.0.5', port: 2222, path: '/var/www/antq' });
    const v6 = parseTarget('ssh://antq@[2001:db8::1]:22/srv/antq');
    expect(v6.host).toBe('2001:db8::1');
    expect(rsyncLogin(v6)).toBe('antq@[2001:db8::1]');
    expect(describeTarget(parseTarget('ssh://a@h:2200/x'))).toBe('ssh://a@h:2200/x');
  });
  it('refuses, in Vietnamese, what is not a usable target', () => {
    const refused = (t: string | undefined) => {
      try {
        parseTarget(t);
      } catch (e) {
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(refused(undefined)).toMatch(/Chưa có đích xuất bản/);
    expect(refused('https://so-ca.github.io/antq')).toMatch(/không hợp lệ: cần dạng ssh:\/\//);
    expect(refused('ssh://web.tinh.gov.vn/srv/antq')).toMatch(/thiếu tên người dùng/);
    expect(refused('ssh://antq@web.tinh.gov.vn')).toMatch(/thiếu thư mục/);
    expect(refused('ssh://antq@web.tinh.gov.vn/')).toMatch(/thiếu thư mục/);
    expect(refused('ssh://antq:matkhau@web.tinh.gov.vn/srv/antq')).toMatch(/Không ghi mật khẩu/);
    expect(refused('ssh://antq@web.tinh.gov.vn:99999/srv/antq')).not.toBe('accepted');
    expect(refused('ssh://antq@web.tinh.gov.vn/srv/trang web')).toMatch(/chỉ được gồm/);
    expect(refused('ssh://antq@web.tinh.gov.vn/srv/$(reboot)')).toMatch(/chỉ được gồm/);
    expect(refused('ssh://antq@web.tinh.gov.vn/srv/../etc')).not.toBe('accepted');
    expect(refused("ssh://antq@web.tinh.gov.vn/srv/a'b")).toMatch(/chỉ được gồm/);
  });
});
