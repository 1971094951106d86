import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

/**
 * The Content-Security-Policy as an HTTP header, from the policies the pages carry in their meta tag.
 *
 * Astro writes each page's policy with the hashes of the inline styles and scripts (and lists
 * every script of the site on each page). The header must allow the same inline code, so the
 * build reads the policy of every page and writes their union once (`.antq-csp.json`): one policy
 * for the site's pages, one for the embed cards. The union is small and does not grow with the
 * data (each route has one style bundle: 32 hashes, 1.9 KB, at 35,000 units as for the small test
 * fixture), so one header serves every page, and a page still enforces its own narrower meta
 * policy (a browser applies both). The header also says what a meta tag cannot (frame-ancestors).
 *
 * The hashes change only when the site's code (its CSS or scripts) changes, not with the data.
 * The server's header therefore holds the union over every release kept there, so that any
 * release the `current` link points to, before or after a switch or a rollback, is allowed by
 * the header nginx sends (see scripts/deploy.ts).
 */
export const CSP_FILE = '.antq-csp.json';

export interface SitePolicies {
  /** The site's pages. */
  pages: string;
  /** The embed cards under nhung/ (framed by other portals, with their own small policy). */
  embeds: string;
}

type Policy = Map<string, string[]>;

function parse(policy: string): Policy {
  const out: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    out.set(name.toLowerCase(), sources);
  }
  return out;
}

/**
 * One policy allowing what each of the given policies allows: per directive, every source any of
 * them names, in the order first seen. All the site's policies name the same directives; one only
 * some of them name is kept as given (a missing directive falls back to default-src, which is
 * 'none' throughout, so keeping it never allows more than the policies do together).
 */
export function unionPolicy(policies: readonly string[]): string {
  const merged: Policy = new Map();
  for (const p of policies) {
    for (const [name, sources] of parse(p)) {
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const decode = (s: string) => s.replace(/&#39;|&#x27;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The policy of a page's meta tag, or undefined when it has none. */
export function pagePolicy(html: string): string | undefined {
  const m = /<meta\s+http-equiv=["']?content-security-policy["']?\s+content="([^"]*)"/i.exec(html);
  return m ? decode(m[1]!) : undefined;
}

/** The policy of a built page, reading only its head when the tag is there (nationally 100,000 pages). */
export function filePolicy(file: string): string | undefined {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16384);
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head.toString('utf8', 0, n);
    const found = pagePolicy(text);
    if (found !== undefined || n < head.length || /<\/head>/i.test(text)) return found;
  } finally {
    closeSync(fd);
  }
  return pagePolicy(readFileSync(file, 'utf8'));
}

/** The site's two policies from its built pages (paths relative to the site, with "/"). */
export function sitePolicies(pages: readonly string[], read: (rel: string) => string | undefined): SitePolicies {
  const pagesPolicies = new Set<string>();
  const embedPolicies = new Set<string>();
  for (const rel of pages) {
    const p = read(rel);
    if (p === undefined) continue;
    (rel.startsWith('nhung/') ? embedPolicies : pagesPolicies).add(p);
  }
  return { pages: unionPolicy([...pagesPolicies]), embeds: unionPolicy([...embedPolicies]) };
}

/**
 * The nginx include that sets the header's policies (`$antq_csp`, `$antq_csp_embed`), from the
 * policies of every release kept on the server. A policy is written inside double quotes, so what
 * nginx would read otherwise (quote, backslash, variable, line break) is refused, not escaped.
 */
export function nginxCspInclude(releases: readonly SitePolicies[]): string {
  const pages = unionPolicy(releases.map((r) => r.pages));
  const embeds = unionPolicy(releases.map((r) => r.embeds));
  for (const p of [pages, embeds]) if (/["\\$\n\r{}]/.test(p)) throw new Error(`Chính sách CSP có ký tự nginx không đọc được: ${p}`);
  return `# Written by npm run deploy: the union of the policies of the releases kept here.\nset $antq_csp "${pages}";\nset $antq_csp_embed "${embeds}";\n`;
}
