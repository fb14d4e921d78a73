// Puts the English 404 where hosts look for it (`en/404.html`, not Astro's `en/404/index.html`) and
// writes the Netlify `_redirects` rule that serves it for missing /en/ URLs. Cloudflare Pages finds
// the nearest 404.html by itself; hosts that serve only the root 404.html get it through that page.
import { rename, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../lib/localePath';

export function notFoundPages(siteBase: string): AstroIntegration {
  const base = normalizeBase(siteBase);
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        await rename(join(outDir, 'en/404/index.html'), join(outDir, 'en/404.html'));
        await rmdir(join(outDir, 'en/404'));
        await writeFile(join(outDir, '_redirects'), `${base}en/* ${base}en/404.html 404\n`);
      },
    },
  };
}
