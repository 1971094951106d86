// Publishing to a department's own server, on real parts: Debian's OpenSSH server and nginx on
// 127.0.0.1 (own configuration, keys, ports and logs in a temporary folder), the shipped
// deploy/nginx/antq.conf, `npm run deploy` and `npm run rollback` as a person or the workflow runs them.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_FILE, type SitePolicies } from '../../src/lib/publish/csp-header.ts';
import { writeManifest } from '../../src/lib/publish/site-manifest.ts';
import { buildDeployFixtures, DEPLOY_DIST, V2_MARK } from '../helpers/deploy-fixture.ts';
import { ROOT } from '../helpers/paths.ts';
import { startNginx, startSshd, type Nginx, type Sshd } from '../helpers/servers.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Pages of every kind the fixture has, read during the switch and in the browser.
const PAGES = ['', 'nam/2025/', 'don-vi/phuong-a/', 'xac-minh/phuong-a-2024/', 'mo-hinh/camera-a/', 'du-lieu/', 'tim-kiem/', 'tin-bai/tin-1/'];

let work: string;
let srv: string;
let sshd: Sshd;
let nginx: Nginx;
let browser: Browser;

const target = () => `ssh://${sshd.user}@127.0.0.1:${sshd.port}${srv}`;
const current = () => (existsSync(path.join(srv, 'current')) ? readlinkSync(path.join(srv, 'current')) : undefined);
const releaseDirs = () => (existsSync(path.join(srv, 'releases')) ? readdirSync(path.join(srv, 'releases')).filter((n) => !n.startsWith('.')).sort() : []);

interface Cli {
  code: number;
  out: string;
}
/** `npm run deploy` (or rollback) as the workflow runs it, with this server's key, known_hosts and reload command. */
function cli(script: 'deploy' | 'rollback', args: string[], options: { key?: string; knownHosts?: string; reload?: string; onSpawn?: (pid: number) => void } = {}): Promise<Cli> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, `scripts/${script}.ts`), ...args], {
      cwd: ROOT,
      // A deploy cut short leaves its connection folder in TMPDIR: keep it inside the test's folder.
      env: { ...process.env, TMPDIR: work, DEPLOY_TARGET: target(), DEPLOY_SSH_KEY: options.key ?? sshd.key, DEPLOY_KNOWN_HOSTS: options.knownHosts ?? sshd.knownHosts, DEPLOY_RELOAD: options.reload ?? nginx.reload },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    options.onSpawn?.(child.pid!);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), out }));
  });
}
const deploy = (dist: string, args: string[] = [], options: Parameters<typeof cli>[2] = {}) => cli('deploy', ['--dist', dist, ...args], options);

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
/** One request, as the bytes came (no decompression), on a fresh connection. */
function get(urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: nginx.port, path: `/${urlPath.replace(/^\//, '')}`, method, headers: { 'accept-encoding': 'identity', ...headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
const decoded = (r: Response) => (r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body);
const page = (dist: string, p: string) => readFileSync(path.join(dist, p, 'index.html'));

beforeAll(async () => {
  // Two releases of the small fixture, precompressed (builds in a checkout take turns: scripts/build.ts holds a lock).
  buildDeployFixtures();
  if (!existsSync(CHROMIUM)) throw new Error(`Không thấy Chromium ở ${CHROMIUM}: chạy "apt-get install -y chromium" (bash .ci/run làm việc này).`);
  for (const tool of ['/usr/sbin/sshd', '/usr/sbin/nginx', '/usr/bin/rsync']) {
    if (!existsSync(tool)) throw new Error(`Không thấy ${tool}: chạy "apt-get install -y openssh-server nginx rsync" (bash .ci/run làm việc này).`);
  }
  work = mkdtempSync(path.join(tmpdir(), 'antq-deploy-'));
  // nginx's workers run as www-data and must reach the server folder through this one.
  chmodSync(work, 0o755);
  srv = path.join(work, 'srv');
  mkdirSync(srv);
  sshd = await startSshd(path.join(work, 'ssh'));
  nginx = await startNginx(path.join(work, 'nginx'), srv);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
  // Two precompressed builds, each waiting for any other build of the checkout (the build lock): on a
  // shared 2-core machine they took over 71 s, so the project's hook timeout, not one minute.
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await sshd?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a deploy that cannot be made', () => {
  it('refuses an empty or partial dist/ before connecting', async () => {
    const empty = path.join(work, 'empty-dist');
    mkdirSync(empty);
    const refused = await deploy(empty);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/không có danh mục \.antq-manifest: bản dựng chưa xong/);

    const partial = path.join(work, 'partial-dist');
    cpSync(DEPLOY_DIST.v1, partial, { recursive: true });
    unlinkSync(path.join(partial, 'don-vi/phuong-a/index.html'));
    const cut = await deploy(partial);
    expect(cut.code).toBe(1);
    expect(cut.out).toContain('thiếu tệp don-vi/phuong-a/index.html');
    expect(releaseDirs()).toEqual([]);
    rmSync(partial, { recursive: true });
  });

  it('fails on a wrong host, key, server key or folder with a Vietnamese message, switching nothing', async () => {
    const wrongPort = await cli('deploy', ['--dist', DEPLOY_DIST.v1, '--target', `ssh://${sshd.user}@127.0.0.1:1${srv}`]);
    expect(wrongPort.code).toBe(1);
    expect(wrongPort.out).toMatch(/Không kết nối được tới máy chủ 127\.0\.0\.1:1: kiểm tra tên máy, cổng/);

    const otherKey = path.join(work, 'other_key');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', otherKey]);
    const wrongKey = await deploy(DEPLOY_DIST.v1, [], { key: otherKey });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.out).toMatch(/từ chối đăng nhập của "[^"]+": khóa SSH không đúng/);

    const noKnownHosts = path.join(work, 'known_hosts_empty');
    writeFileSync(noKnownHosts, '');
    const unknownServer = await deploy(DEPLOY_DIST.v1, [], { knownHosts: noKnownHosts });
    expect(unknownServer.code).toBe(1);
    expect(unknownServer.out).toMatch(/không có hoặc không khớp trong known_hosts/);

    const wrongPath = await cli('deploy', ['--dist', DEPLOY_DIST.v1, '--target', `ssh://${sshd.user}@127.0.0.1:${sshd.port}${srv}/khong-co`]);
    expect(wrongPath.code).toBe(1);
    expect(wrongPath.out).toMatch(/Thư mục .*\/khong-co không có trên máy chủ 127\.0\.0\.1/);

    const notSsh = await cli('deploy', ['--dist', DEPLOY_DIST.v1, '--target', 'https://so-ca.github.io/antq/']);
    expect(notSsh.code).toBe(1);
    expect(notSsh.out).toMatch(/Đích xuất bản "https:\/\/so-ca.github.io\/antq\/" không hợp lệ/);

    expect(current()).toBeUndefined();
    expect(releaseDirs()).toEqual([]);
  });
});

describe('the first release', () => {
  it('is uploaded, verified, switched on and served by nginx', async () => {
    const r = await deploy(DEPLOY_DIST.v1);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('nginx đã đọc lại chính sách CSP');
    expect(current()).toMatch(/^releases\/000001-\d{8}T\d{6}Z/);
    const home = await get('');
    expect(home.status).toBe(200);
    expect(home.body.equals(page(DEPLOY_DIST.v1, ''))).toBe(true);
  });

  it('sends the precompressed copies with the right type and charset', async () => {
    const html = page(DEPLOY_DIST.v1, 'don-vi/phuong-a/');
    for (const [encoding, file] of [['br', 'index.html.br'], ['gzip', 'index.html.gz']] as const) {
      const r = await get('don-vi/phuong-a/', { 'accept-encoding': encoding });
      expect(r.headers['content-encoding']).toBe(encoding);
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(r.headers.vary).toContain('Accept-Encoding');
      expect(r.body.equals(readFileSync(path.join(DEPLOY_DIST.v1, 'don-vi/phuong-a', file)))).toBe(true);
      expect(decoded(r).equals(html)).toBe(true);
    }
    const plain = await get('don-vi/phuong-a/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(html)).toBe(true);
    const csv = readdirSync(path.join(DEPLOY_DIST.v1, 'du-lieu')).find((f) => f.endsWith('.csv'))!;
    const download = await get(`du-lieu/${csv}`, { 'accept-encoding': 'gzip' });
    expect(download.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...decoded(download).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await get('sitemap.xml')).headers['content-type']).toBe('text/xml; charset=utf-8');
  });

  it('sends the CSP and the other security headers as HTTP headers, and caches by kind', async () => {
    const policies = JSON.parse(readFileSync(path.join(DEPLOY_DIST.v1, CSP_FILE), 'utf8')) as SitePolicies;
    const home = await get('');
    expect(home.headers['content-security-policy']).toBe(`${policies.pages}; frame-ancestors 'self'`);
    expect(home.headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(home.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    expect(home.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(home.headers['permissions-policy']).toContain('camera=()');
    expect(home.headers['cache-control']).toBe('public, max-age=300');
    expect(home.headers['strict-transport-security']).toBeUndefined(); // plain HTTP here: HSTS only over TLS
    // Embed cards are framed by other portals: no frame refusal, their own policy.
    const embed = await get('nhung/don-vi/phuong-a/');
    expect(embed.status).toBe(200);
    expect(embed.headers['x-frame-options']).toBeUndefined();
    expect(embed.headers['content-security-policy']).toBe(policies.embeds);
    // Search index files named by their content are kept a year.
    const fragment = readdirSync(path.join(DEPLOY_DIST.v1, 'pagefind/fragment'))[0]!;
    expect((await get(`pagefind/fragment/${fragment}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('pagefind/pagefind-entry.json')).headers['cache-control']).toBe('public, max-age=300');
  });

  it('answers a missing address with the Vietnamese 404 page, adds the trailing slash, and serves nothing outside the site', async () => {
    const missing = await get('don-vi/khong-co-ma-nay/');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(missing.body.toString()).toContain('Không tìm thấy trang');
    expect(missing.body.toString()).toContain('href="/tim-kiem/"');
    expect(missing.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(missing.headers['cache-control']).toBe('no-store');

    const folder = await get('don-vi/');
    expect(folder.status).toBe(404);
    expect(folder.body.toString()).toContain('Không tìm thấy trang');

    const bare = await get('don-vi/phuong-a');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/don-vi/phuong-a/');

    for (const hidden of ['.antq-manifest', CSP_FILE, 'don-vi/../.antq-manifest']) expect((await get(hidden)).status, hidden).toBe(404);
    for (const outside of ['../csp.conf', '%2e%2e/csp.conf', '../../ssh/client_ed25519']) {
      const r = await get(outside);
      expect(r.status, outside).not.toBe(200);
      expect(r.body.toString()).not.toContain('antq_csp');
    }
    expect((await get('', {}, 'POST')).status).toBe(405);
  });
});

describe('the site in Chromium, served by nginx', () => {
  it('renders every kind of page with its styles under the header CSP, without console errors', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'vi-VN' });
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('console', (m) => m.type() === 'error' && errors.push(`${tab.url()}: ${m.text()}`));
    tab.on('pageerror', (e) => errors.push(String(e)));
    for (const p of PAGES) {
      const response = await tab.goto(nginx.url + p);
      expect(response?.status(), p).toBe(200);
      expect(response?.headers()['content-security-policy'], p).toContain("frame-ancestors 'self'");
      // The page's inline stylesheet applied: a header without its hash would have blocked it.
      expect(await tab.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-text').trim()), p).not.toBe('');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('searches with the WebAssembly index and downloads the open data', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(nginx.url + 'tim-kiem/');
    // The filters sit in a closed <details> and Pagefind loads once the box is used: type at once.
    await tab.fill('input[name="q"]', 'phuong a');
    await tab.waitForSelector('[data-search-results] li a');
    expect(await tab.$$eval('[data-search-results] li a', (as) => as.map((a) => a.getAttribute('href')))).toContain('/don-vi/phuong-a/');

    await tab.goto(nginx.url + 'du-lieu/');
    const link = tab.locator('a[href$=".csv"]').first();
    const [download] = await Promise.all([tab.waitForEvent('download'), link.click()]);
    const file = await download.path();
    const name = decodeURIComponent(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname);
    expect(readFileSync(file).equals(readFileSync(path.join(DEPLOY_DIST.v1, name)))).toBe(true);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('shows the 404 page in Vietnamese with its links working', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    // The 404 status itself is reported on the console; anything else would be a fault.
    tab.on('console', (m) => m.type() === 'error' && !/status of 404/.test(m.text()) && errors.push(m.text()));
    const response = await tab.goto(nginx.url + 'xac-minh/ma-khong-co-2099/');
    expect(response?.status()).toBe(404);
    expect(await tab.textContent('h1')).toBe('Không tìm thấy trang');
    await tab.click('a[href="/tim-kiem/"]');
    expect(new URL(tab.url()).pathname).toBe('/tim-kiem/');
    expect(errors).toEqual([]);
    await tab.close();
  });
});

describe('a second release while readers read', () => {
  it('switches at once: every response is a whole page of one version, none after the switch is old', async () => {
    const versions = PAGES.map((p) => ({ p, v1: page(DEPLOY_DIST.v1, p), v2: page(DEPLOY_DIST.v2, p) }));
    for (const v of versions) expect(v.v2.toString(), v.p).toContain(V2_MARK);
    for (const v of versions) expect(v.v1.toString(), v.p).not.toContain(V2_MARK);

    const first = current();
    let stop = false;
    let deployedAt = Infinity;
    const bad: string[] = [];
    const seen: { version: 1 | 2; started: number }[][] = [];
    // Four readers, alternating identity, gzip and brotli, each a request every ~10 ms until half a
    // second after the deploy returns, and at most 20,000 (a deploy that never returns fails the test).
    const reader = async (n: number) => {
      const mine: { version: 1 | 2; started: number }[] = (seen[n] = []);
      for (let i = 0; i < 20_000 && !stop; i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 10));
        const v = versions[(i + n) % versions.length]!;
        const started = performance.now();
        const r = await get(v.p, { 'accept-encoding': ['identity', 'gzip', 'br'][i % 3]! });
        const body = decoded(r);
        if (r.status !== 200) bad.push(`${r.status} /${v.p}`);
        else if (body.equals(v.v1)) mine.push({ version: 1, started });
        else if (body.equals(v.v2)) mine.push({ version: 2, started });
        else bad.push(`/${v.p}: ${body.length} bytes of neither version`);
      }
    };
    const readers = [0, 1, 2, 3].map(reader);
    for (const until = Date.now() + 15_000; seen.flat().length < 40 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 20));
    expect(seen.flat().length, bad.slice(0, 3).join('; ')).toBeGreaterThanOrEqual(40);
    const r = await deploy(DEPLOY_DIST.v2);
    deployedAt = performance.now();
    await new Promise((res) => setTimeout(res, 500));
    stop = true;
    await Promise.all(readers);

    expect(r.code, r.out).toBe(0);
    expect(bad.slice(0, 10)).toEqual([]);
    const all = seen.flat();
    console.log(`During the switch: ${all.length} responses, ${all.filter((s) => s.version === 1).length} of the first release and ${all.filter((s) => s.version === 2).length} of the second, none mixed or missing.`);
    expect(all.filter((s) => s.version === 1).length).toBeGreaterThan(0);
    expect(all.filter((s) => s.version === 2).length).toBeGreaterThan(0);
    // Once a reader has seen the new version it never sees the old one again, and nothing asked
    // after the deploy returned is old.
    for (const mine of seen) expect(mine.findIndex((s) => s.version === 1 && mine.slice(0, mine.indexOf(s)).some((e) => e.version === 2))).toBe(-1);
    expect(all.filter((s) => s.started > deployedAt && s.version === 1)).toEqual([]);

    // Only what changed crossed the network; unchanged files are hard links to the first release.
    const sent = Number(/(\d+) tệp được gửi/.exec(r.out)?.[1]);
    const total = readFileSync(path.join(DEPLOY_DIST.v2, '.antq-manifest'), 'utf8').split('\n').filter(Boolean).length;
    expect(sent).toBeLessThan(total);
    const second = current()!;
    expect(second).not.toBe(first);
    const favicon = (rel: string) => statSync(path.join(srv, rel, 'favicon.svg')).ino;
    expect(favicon(second)).toBe(favicon(first!));
    expect(r.out).not.toContain('nginx đã đọc lại'); // same CSS and scripts: the header needs no reload
  }, 120_000);
});

describe('rollback', () => {
  it('switches back to the first release in one step', async () => {
    const before = current();
    const r = await cli('rollback', []);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/đang phục vụ lại bản 000001-/);
    expect(current()).toMatch(/^releases\/000001-/);
    expect(current()).not.toBe(before);
    const home = await get('');
    expect(home.body.equals(page(DEPLOY_DIST.v1, ''))).toBe(true);
  });

  it('refuses to switch to a release holding a link out of it (put there by hand)', async () => {
    const served = current();
    const other = releaseDirs().find((n) => `releases/${n}` !== served)!;
    const link = path.join(srv, 'releases', other, 'passwd.txt');
    symlinkSync('/etc/passwd', link);
    try {
      const r = await cli('rollback', ['--to', other]);
      expect(r.code).toBe(1);
      expect(r.out).toContain('có liên kết tượng trưng ./passwd.txt');
      expect(current()).toBe(served);
    } finally {
      unlinkSync(link);
    }
  });
});

describe('an upload cut short', () => {
  it('never changes what is served, and the next deploy clears it away', async () => {
    // A release with 3 MB more than the current one, uploaded at 200 KiB/s and killed mid-way.
    const big = path.join(work, 'big-dist');
    cpSync(DEPLOY_DIST.v2, big, { recursive: true });
    writeFileSync(path.join(big, 'du-lieu/lon.bin'), Buffer.alloc(3 * 1048576, 7).map((_, i) => (i * 2654435761) >>> 24));
    writeManifest(big);
    const served = current();
    let pid = 0;
    const running = deploy(big, ['--bwlimit', '200'], { onSpawn: (p) => (pid = p) });
    const incoming = () => releaseDirs().find((n) => n.endsWith('.tmp'));
    const until = Date.now() + 30_000;
    // Files go in name order: 404.html (changed since the served release) before du-lieu/lon.bin.
    while (!(incoming() && existsSync(path.join(srv, 'releases', incoming()!, '404.html'))) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(incoming()).toBeDefined();
    process.kill(-pid, 'SIGKILL');
    const killed = await running;
    expect(killed.code).not.toBe(0);
    expect(current()).toBe(served);
    expect((await get('')).body.equals(page(DEPLOY_DIST.v1, ''))).toBe(true);
    const stale = incoming()!;

    // Another release, kept two: the stale upload and the releases beyond two are removed.
    const r = await deploy(DEPLOY_DIST.v2, ['--keep', '2']);
    expect(r.code, r.out).toBe(0);
    expect(releaseDirs()).not.toContain(stale);
    expect(releaseDirs().filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(releaseDirs()).toHaveLength(2);
    expect(decoded(await get('', { 'accept-encoding': 'br' })).equals(page(DEPLOY_DIST.v2, ''))).toBe(true);
    rmSync(big, { recursive: true });
  }, 90_000);
});

describe('a release whose CSS or scripts changed', () => {
  it('has nginx reload the CSP include before the switch, and switches nothing when it cannot', async () => {
    // The same site with one more allowed style hash, as a change of the site's CSS gives.
    const changed = path.join(work, 'changed-dist');
    cpSync(DEPLOY_DIST.v1, changed, { recursive: true });
    const policies = JSON.parse(readFileSync(path.join(changed, CSP_FILE), 'utf8')) as SitePolicies;
    const hash = "'sha256-QmFuIGN1YSBraeG7g20gdHJhIHRo4butIG5naGnhu4dt='";
    policies.pages = policies.pages.replace(/style-src ([^;]*)/, `style-src $1 ${hash}`);
    writeFileSync(path.join(changed, CSP_FILE), JSON.stringify(policies));
    writeManifest(changed);
    // A symbolic link in dist/ pointing out of the site is not carried to the server.
    symlinkSync('/etc/passwd', path.join(changed, 'passwd.txt'));
    const served = current();
    const before = readFileSync(path.join(srv, 'csp.conf'), 'utf8');

    const refused = await deploy(changed, [], { reload: 'echo "nginx: permission denied" >&2; false' });
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/nginx phải đọc lại chính sách CSP .*không chạy được \(nginx: permission denied\).*trang đang chạy chưa đổi/s);
    expect(current()).toBe(served);
    expect(readFileSync(path.join(srv, 'csp.conf'), 'utf8')).toBe(before);
    expect((await get('')).headers['content-security-policy']).not.toContain(hash);

    const r = await deploy(changed);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('nginx đã đọc lại chính sách CSP');
    expect(current()).not.toBe(served);
    expect((await get('')).headers['content-security-policy']).toContain(hash);
    expect(existsSync(path.join(srv, 'current', 'passwd.txt'))).toBe(false);
    expect((await get('passwd.txt')).status).toBe(404);
    rmSync(changed, { recursive: true });
  }, 90_000);
});
