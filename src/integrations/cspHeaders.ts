// Trims each page's CSP to its own inline scripts, then writes `_headers` at the end of
// `astro build`, so the CSP header always matches the pages.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, metaPolicy, withOwnScriptHashes } from '../lib/cspHeaders';
import { normalizeBase } from '../lib/localePath';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function cspHeaders(siteBase: string): AstroIntegration {
  const base = normalizeBase(siteBase);
  return {
    name: 'csp-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies = new Map<string, string>();
        for (const file of await htmlFiles(outDir)) {
          const html = withOwnScriptHashes(await readFile(file, 'utf8'));
          await writeFile(file, html);
          const policy = metaPolicy(html);
          if (!policy) throw new Error(`${relative(outDir, file)} has no Content-Security-Policy <meta>`);
          const path = `${base}${relative(outDir, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
          policies.set(path, policy);
        }
        await writeFile(join(outDir, '_headers'), headersFile(base, policies));
        logger.info(`Wrote the CSP of ${policies.size} pages to _headers`);
      },
    },
  };
}
