/**
 * Where `npm run deploy` publishes: `ssh://user@host[:port]/absolute/path` (a department's own web
 * server). Everything is checked here, before any connection, and said in Vietnamese; the path
 * is limited to characters that need no quoting in a remote shell or in rsync's arguments.
 */
export interface SshTarget {
  user: string;
  host: string;
  port: number;
  /** Absolute folder on the server holding releases/, current and csp.conf. */
  path: string;
}

const FORM = 'ssh://người-dùng@máy-chủ/đường/dẫn (ví dụ ssh://antq@web.congan.tinh.gov.vn/srv/antq)';

export function parseTarget(text: string | undefined): SshTarget {
  const t = (text ?? '').trim();
  if (t === '') throw new Error(`Chưa có đích xuất bản: dùng --target ${FORM}, hoặc biến DEPLOY_TARGET.`);
  if (!/^ssh:\/\//i.test(t)) throw new Error(`Đích xuất bản "${t}" không hợp lệ: cần dạng ${FORM}. GitHub Pages thì không dùng lệnh này (xem README).`);
  // URL would quietly resolve them (/srv/../etc becomes /etc): refused as written.
  if (/\/\.\.?(\/|$)/.test(t.slice('ssh://'.length))) throw new Error(`Thư mục trên máy chủ không được có "." hay ".." làm một phần: "${t}".`);
  let url: URL;
  try {
    url = new URL(t);
  } catch {
    throw new Error(`Đích xuất bản "${t}" không đọc được: cần dạng ${FORM}.`);
  }
  if (url.password) throw new Error('Không ghi mật khẩu vào đích xuất bản: máy chủ nhận đăng nhập bằng khóa SSH.');
  const user = decodeURIComponent(url.username);
  if (!/^[a-z_][a-z0-9_.-]{0,31}$/i.test(user)) throw new Error(`Đích xuất bản "${t}" thiếu tên người dùng hợp lệ trên máy chủ (phần trước @): cần dạng ${FORM}.`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(host) && !/^[0-9a-f:]+$/i.test(host)) throw new Error(`Tên máy chủ "${url.hostname}" không hợp lệ.`);
  const port = url.port === '' ? 22 : Number(url.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Cổng "${url.port}" không hợp lệ (1–65535).`);
  if (url.search || url.hash) throw new Error(`Đích xuất bản "${t}" có phần ? hoặc # không dùng được: cần dạng ${FORM}.`);
  const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
  if (path === '') throw new Error(`Đích xuất bản "${t}" thiếu thư mục trên máy chủ (phần sau tên máy): cần dạng ${FORM}.`);
  if (!/^(\/[A-Za-z0-9._-]+)+$/.test(path) || path.split('/').some((s) => s === '.' || s === '..')) {
    throw new Error(`Thư mục "${path}" trên máy chủ chỉ được gồm chữ không dấu, số, ".", "_", "-" và "/", không có "." hay ".." làm một phần.`);
  }
  return { user, host, port, path };
}

/** user@host as ssh and rsync take it (an IPv6 address in brackets for rsync). */
export function sshLogin(t: SshTarget): string {
  return `${t.user}@${t.host}`;
}
export function rsyncLogin(t: SshTarget): string {
  return t.host.includes(':') ? `${t.user}@[${t.host}]` : sshLogin(t);
}

export function describeTarget(t: SshTarget): string {
  return `ssh://${t.user}@${t.host.includes(':') ? `[${t.host}]` : t.host}${t.port === 22 ? '' : `:${t.port}`}${t.path}`;
}
