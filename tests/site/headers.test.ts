// The `_headers` file restates each page's <meta> CSP for hosts that send it as an HTTP header.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metaPolicy } from '../../src/lib/cspHeaders';
import { BUILDS, type BuildName } from '../helpers/paths';
import { fileForPath, listPages, readPage } from '../helpers/site';

describe.each(Object.keys(BUILDS) as BuildName[])('_headers in the %s build', (build) => {
  const { outDir, base } = BUILDS[build];

  it('carries the same policy as every page, plus frame-ancestors', () => {
    const headers = readFileSync(join(outDir, '_headers'), 'utf8');
    const rules = [...headers.matchAll(/^(\S+)\n {2}Content-Security-Policy: (.*); frame-ancestors 'none'$/gm)];
    expect(rules.length).toBeGreaterThan(0);
    const byPath = new Map(rules.map((rule) => [rule[1]!, rule[2]!]));
    for (const path of listPages(build)) {
      const meta = metaPolicy(readFileSync(fileForPath(build, path)!, 'utf8'))?.replace(/;?\s*$/, '');
      const header = byPath.get(`${base}*`) ?? byPath.get(`${base}${path.slice(1)}`);
      expect(header, path).toBe(meta);
    }
  });

  it("allows each page's inline scripts by hash, and no script the page does not hold", () => {
    for (const path of listPages(build)) {
      const page = readPage(build, path);
      const inline = page
        .querySelectorAll('script:not([src])')
        .filter((script) => !script.getAttribute('type')?.includes('json'))
        .map((script) => `sha256-${createHash('sha256').update(script.rawText).digest('base64')}`);
      const scriptSrc = metaPolicy(readFileSync(fileForPath(build, path)!, 'utf8'))?.match(/script-src([^;]*)/)?.[1] ?? '';
      const hashes = [...scriptSrc.matchAll(/'(sha256-[^']+)'/g)].map((match) => match[1]);
      expect(inline.length, path).toBeGreaterThan(0);
      expect(hashes.sort(), path).toEqual([...new Set(inline)].sort());
    }
  });
});
