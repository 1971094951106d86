import { describe, expect, it } from 'vitest';
import { nginxCspInclude, pagePolicy, sitePolicies, unionPolicy } from './csp-header.ts';

const a = "default-src 'none'; script-src 'self' 'sha256-A='; style-src 'self' 'sha256-S1='";
const b = "default-src 'none';script-src 'self' 'sha256-B=';style-src 'self' 'sha256-S1=' 'sha256-S2=';";

describe('the CSP header', () => {
  it('allows what any page allows, directive by directive, in a stable order', () => {
    expect(unionPolicy([a, b])).toBe("default-src 'none'; script-src 'self' 'sha256-A=' 'sha256-B='; style-src 'self' 'sha256-S1=' 'sha256-S2='");
    expect(unionPolicy([a, a])).toBe(a);
    expect(unionPolicy([])).toBe('');
  });
  it('reads the policy of a page from its meta tag, entities decoded', () => {
    expect(pagePolicy(`<head><meta http-equiv="content-security-policy" content="${a}"></head>`)).toBe(a);
    expect(pagePolicy('<meta http-equiv="content-security-policy" content="default-src &#39;none&#39;; style-src &#39;sha256-E=&#39;">')).toBe("default-src 'none'; style-src 'sha256-E='");
    expect(pagePolicy('<head><title>x</title></head>')).toBeUndefined();
  });
  it('keeps the embed cards apart from the pages', () => {
    const pages: Record<string, string> = { 'index.html': a, 'don-vi/x/index.html': b, 'nhung/don-vi/x/index.html': "default-src 'none'; style-src 'sha256-E='" };
    const p = sitePolicies(Object.keys(pages), (rel) => pages[rel]);
    expect(p.pages).toBe(unionPolicy([a, b]));
    expect(p.embeds).toBe("default-src 'none'; style-src 'sha256-E='");
  });
  it('writes an nginx include allowing every kept release, and refuses what nginx would misread', () => {
    const include = nginxCspInclude([{ pages: a, embeds: "style-src 'sha256-E1='" }, { pages: b, embeds: "style-src 'sha256-E2='" }]);
    expect(include).toContain(`set $antq_csp "${unionPolicy([a, b])}";`);
    expect(include).toContain(`set $antq_csp_embed "style-src 'sha256-E1=' 'sha256-E2='";`);
    expect(() => nginxCspInclude([{ pages: 'script-src "x"', embeds: '' }])).toThrow();
    expect(() => nginxCspInclude([{ pages: 'script-src $host', embeds: '' }])).toThrow();
  });
});
