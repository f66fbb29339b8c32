import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../shared/security/content-security-policy';

/** The policy as a map of directive → its source expressions. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name), `${name} appears twice`).toBe(false);
    map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** Source expressions that never leave this machine: our origin, nothing, or data held in the page. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", 'data:', 'blob:']);

describe('the Content-Security-Policy every page is served with', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows neither eval nor inline script, for scripts or anything else', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|'unsafe-hashes'/);
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it("refuses by default: default-src is 'none'", () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  it('names no remote origin and no scheme that reaches a network', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) expect(LOCAL_SOURCES.has(source), `${name} ${source}`).toBe(true);
    }
  });

  it('keeps data: and blob: to images, never scripts, styles, workers or connections', () => {
    for (const [name, sources] of policy) {
      if (name === 'img-src') continue;
      expect(sources.filter((source) => source === 'data:' || source === 'blob:'), name).toEqual([]);
    }
  });

  it('shuts plugins, base changes, form posts and framing out', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it("lets workers come only from our own files (the spell-checker's)", () => {
    expect(policy.get('worker-src')).toEqual(["'self'"]);
  });

  it('gives the page the same policy in its <meta>, less what a <meta> cannot carry', () => {
    const meta = directives(META_CONTENT_SECURITY_POLICY);
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(new Map([...policy].filter(([name]) => name !== 'frame-ancestors'))).toEqual(meta);
  });
});
