import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import { ROOT } from './paths.ts';

/** A free port on loopback (asked of the kernel, then released for the server to take). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(what: string, ready: () => boolean, child: ChildProcess, log: () => string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!ready()) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}):\n${log()}`);
    if (Date.now() > until) throw new Error(`${what} not ready in ${ms} ms:\n${log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const listening = (port: number) => {
  try {
    // Debian's ss (iproute2) names the listening sockets; no connection is made to ask.
    return execFileSync('ss', ['-Hltn', `sport = :${port}`], { encoding: 'utf8' }).includes(`127.0.0.1:${port}`);
  } catch {
    return false;
  }
};

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('close', () => resolve());
    child.kill('SIGTERM');
  });
}

export interface Sshd {
  port: number;
  user: string;
  /** The client's private key, accepted by this server. */
  key: string;
  /** A known_hosts file naming this server's key. */
  knownHosts: string;
  stop: () => Promise<void>;
}

/**
 * Debian's OpenSSH server on 127.0.0.1 with its own configuration, host key and authorized key, for
 * the current user. Nothing of the machine's own sshd is read or changed.
 */
export async function startSshd(dir: string): Promise<Sshd> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const hostKey = path.join(dir, 'host_ed25519');
  const key = path.join(dir, 'client_ed25519');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'antq-test-host', '-f', hostKey]);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'antq-test-deploy', '-f', key]);
  writeFileSync(path.join(dir, 'authorized_keys'), readFileSync(`${key}.pub`), { mode: 0o600 });
  const knownHosts = path.join(dir, 'known_hosts');
  writeFileSync(knownHosts, `[127.0.0.1]:${port} ${readFileSync(`${hostKey}.pub`, 'utf8').split(' ').slice(0, 2).join(' ')}\n`);
  const config = path.join(dir, 'sshd_config');
  writeFileSync(config, [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${hostKey}`,
    `PidFile ${path.join(dir, 'sshd.pid')}`,
    `AuthorizedKeysFile ${path.join(dir, 'authorized_keys')}`,
    'PubkeyAuthentication yes',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PermitRootLogin prohibit-password',
    'UsePAM no',
    // The key files live in a test folder, not in a home with the modes sshd insists on.
    'StrictModes no',
    'AllowTcpForwarding no',
    'X11Forwarding no',
    'LogLevel VERBOSE',
    '',
  ].join('\n'));
  // Privilege separation needs this folder; Debian's service creates it at boot, which a container skips.
  if (process.getuid?.() === 0 && !existsSync('/run/sshd')) mkdirSync('/run/sshd', { mode: 0o755 });
  const child = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (log += d));
  await waitFor('sshd', () => listening(port), child, () => log);
  return { port, user: userInfo().username, key, knownHosts, stop: () => stop(child) };
}

export interface Nginx {
  port: number;
  url: string;
  /** The command that makes this nginx read its configuration again (the deploy's --reload). */
  reload: string;
  errorLog: () => string;
  stop: () => Promise<void>;
}

/**
 * Debian's nginx on 127.0.0.1 running the shipped site configuration (deploy/nginx/antq.conf)
 * unchanged but for its listen line and the server folder, with its own prefix, pid and logs.
 */
export async function startNginx(dir: string, serverRoot: string): Promise<Nginx> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const site = readFileSync(path.join(ROOT, 'deploy/nginx/antq.conf'), 'utf8')
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replaceAll('/srv/antq', serverRoot);
  writeFileSync(path.join(dir, 'antq.conf'), site);
  const brotli = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(conf, [
    existsSync(brotli) ? `load_module ${brotli};` : '',
    // As root, workers run as www-data, as on a Debian server; the site must be readable by them.
    process.getuid?.() === 0 ? 'user www-data www-data;' : '',
    'worker_processes 1;',
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  sendfile on;',
    `  access_log ${path.join(dir, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${path.join(dir, t)};`),
    `  include ${path.join(dir, 'antq.conf')};`,
    '}',
    '',
  ].join('\n'));
  const base = ['-p', dir, '-c', conf, '-e', path.join(dir, 'error.log')];
  execFileSync('/usr/sbin/nginx', [...base, '-t', '-q']);
  const child = spawn('/usr/sbin/nginx', [...base, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (log += d));
  const errorLog = () => log + (existsSync(path.join(dir, 'error.log')) ? readFileSync(path.join(dir, 'error.log'), 'utf8') : '');
  await waitFor('nginx', () => listening(port), child, errorLog);
  return { port, url: `http://127.0.0.1:${port}/`, reload: `/usr/sbin/nginx ${base.join(' ')} -s reload`, errorLog, stop: () => stop(child) };
}
