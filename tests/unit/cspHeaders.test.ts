import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { headersFile, metaPolicy, withOwnScriptHashes } from '../../src/lib/cspHeaders';

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

describe('withOwnScriptHashes', () => {
  const digest = (text: string) => createHash('sha256').update(text).digest('base64');
  const page = (scriptSrc: string, body: string) =>
    `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src ${scriptSrc}; style-src 'self'"></head><body>${body}</body>`;

  it("keeps the hashes of the page's inline scripts and drops the others", () => {
    const inline = 'document.documentElement.dataset.theme="dark"';
    const html = page(
      `'self' 'sha256-${digest(inline)}' 'sha256-${digest('elsewhere()')}'`,
      `<script>${inline}</script><script type="module" src="/a.js"></script>`,
    );
    expect(metaPolicy(withOwnScriptHashes(html))).toBe(
      `default-src 'self'; script-src 'self' 'sha256-${digest(inline)}'; style-src 'self'`,
    );
  });

  it('reads escaped quotes, and leaves a page without inline scripts only its other sources', () => {
    const html = page(
      `&#39;self&#39; &#39;wasm-unsafe-eval&#39; &#39;sha256-${digest('x()')}&#39;`,
      '<script src="/a.js"></script>',
    );
    expect(metaPolicy(withOwnScriptHashes(html))).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
    );
  });
});
