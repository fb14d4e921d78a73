// Indexes the built site with Pagefind's Node API as the last step of `astro build`, so the
// search index and its UI files always match the pages they describe.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Citation marks would be "[3]" noise; formulas index as the MathML text a reader sees.
        const { index, errors } = await pagefind.createIndex({
          excludeSelectors: ['.citation'],
        });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        logger.info(`Indexed ${added.page_count} pages into ${outDir}pagefind`);
        await pagefind.close();
      },
    },
  };
}
