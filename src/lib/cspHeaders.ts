// The Content-Security-Policy each page carries in its <meta>, restated as an HTTP header rule
// for hosts that read a `_headers` file (Netlify, Cloudflare Pages). A header can also forbid
// framing, which a <meta> policy cannot.

import { createHash } from 'node:crypto';

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The policy of an HTML page, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  return META_POLICY.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

/**
 * `_headers` rules for the pages (site path with base → policy): one rule for the whole base
 * when every page has the same policy, one per page otherwise.
 */
export function headersFile(base: string, policies: Map<string, string>): string {
  const distinct = new Set(policies.values());
  const rule = (path: string, policy: string) =>
    `${path}\n  Content-Security-Policy: ${policy.replace(/;?\s*$/, '')}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n`;
  if (distinct.size === 1) return rule(`${base}*`, [...distinct][0]!);
  return [...policies].map(([path, policy]) => rule(path, policy)).join('\n');
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * The page with only its own inline scripts' hashes in its policy's script-src. Astro lists the hash
 * of every script of the site on every page; the bundled ones load from files, which 'self' allows.
 */
export function withOwnScriptHashes(html: string): string {
  const own = new Set(
    Array.from(html.matchAll(INLINE_SCRIPT), ([, body]) => createHash('sha256').update(body!).digest('base64')),
  );
  return html.replace(META_POLICY, (meta) =>
    meta.replace(/ (?:'|&#39;)sha256-([\w+/=]+)(?:'|&#39;)/g, (source, digest: string) => (own.has(digest) ? source : '')),
  );
}
