import { describe, expect, it } from 'vitest';
import { headersFile, metaPolicy } from '../../src/lib/cspHeaders';

describe('CSP as an HTTP header', () => {
  it('reads the policy from the page, unescaping its quotes', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;"></head>`;
    expect(metaPolicy(html)).toBe("default-src 'self'; script-src 'self'");
    expect(metaPolicy('<head><title>x</title></head>')).toBeUndefined();
  });

  it('writes one rule for the whole base when every page agrees, adding what only a header can say', () => {
    const file = headersFile(
      '/guide/',
      new Map([
        ['/guide/', "default-src 'self';"],
        ['/guide/en/', "default-src 'self';"],
      ]),
    );
    expect(file).toBe(
      "/guide/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n",
    );
  });

  it('writes a rule per page when the policies differ', () => {
    const file = headersFile(
      '/',
      new Map([
        ['/', "script-src 'sha256-a'"],
        ['/en/', "script-src 'sha256-b'"],
      ]),
    );
    expect(file).toContain("/\n  Content-Security-Policy: script-src 'sha256-a'; frame-ancestors 'none'");
    expect(file).toContain("/en/\n  Content-Security-Policy: script-src 'sha256-b'; frame-ancestors 'none'");
    expect(file).not.toContain('*');
  });
});
