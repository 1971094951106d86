// Options shared by npm run deploy and npm run rollback: flags first, then environment variables
// (what the workflow sets from repository secrets and variables).
import { parseArgs } from 'node:util';
import { parseTarget } from '../src/lib/publish/deploy-target.ts';
import type { DeployOptions } from '../src/lib/publish/remote-site.ts';

export function deployOptions(argv: string[], extra: Record<string, { type: 'string' | 'boolean' }> = {}) {
  const { values } = parseArgs({
    args: argv,
    options: {
      target: { type: 'string' },
      identity: { type: 'string' },
      'known-hosts': { type: 'string' },
      reload: { type: 'string' },
      keep: { type: 'string' },
      bwlimit: { type: 'string' },
      ...extra,
    },
    strict: true,
  });
  // An empty variable is an unset one: the workflow passes repository variables that may not exist.
  const env = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== '' && v !== undefined)) as Record<string, string>;
  const keepText = (values.keep as string | undefined) ?? env.DEPLOY_KEEP ?? '5';
  const keep = Number(keepText);
  if (!Number.isInteger(keep) || keep < 2) throw new Error(`--keep phải là số nguyên từ 2 trở lên (để còn bản mà quay lại), nhận được "${keepText}".`);
  const bw = (values.bwlimit as string | undefined) ?? env.DEPLOY_BWLIMIT;
  const bwlimit = bw ? Number(bw) : undefined;
  if (bwlimit !== undefined && !(Number.isInteger(bwlimit) && bwlimit > 0)) throw new Error(`--bwlimit là số KiB/giây, nhận được "${bw}".`);
  const identity = (values.identity as string | undefined) ?? env.DEPLOY_SSH_KEY;
  const knownHosts = (values['known-hosts'] as string | undefined) ?? env.DEPLOY_KNOWN_HOSTS;
  const options: DeployOptions = {
    target: parseTarget((values.target as string | undefined) ?? env.DEPLOY_TARGET),
    ...(identity ? { identity } : {}),
    ...(knownHosts ? { knownHosts } : {}),
    // Debian's nginx under systemd; the server's sudoers allows exactly this command (README).
    reload: (values.reload as string | undefined) ?? env.DEPLOY_RELOAD ?? 'sudo -n systemctl reload nginx',
    keep,
    ...(bwlimit ? { bwlimit } : {}),
    log: (line: string) => console.log(line),
  };
  return { options, values: values as Record<string, string | boolean | undefined> };
}
