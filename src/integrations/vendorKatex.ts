// Copies KaTeX's stylesheet and fonts into public/vendor/katex so pages with formulas can link them
// (and only those pages do); the files come from the installed katex package, never a CDN.
import { cp, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function vendorKatex(): AstroIntegration {
  return {
    name: 'vendor-katex',
    hooks: {
      'astro:config:setup': async ({ config }) => {
        const katexDist = join(dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist');
        const target = join(fileURLToPath(config.publicDir), 'vendor', 'katex');
        await mkdir(target, { recursive: true });
        await cp(join(katexDist, 'katex.min.css'), join(target, 'katex.min.css'));
        await cp(join(katexDist, 'fonts'), join(target, 'fonts'), { recursive: true });
      },
    },
  };
}
