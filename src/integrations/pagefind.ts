// Indexes the built site with Pagefind's Node API as the last step of `astro build`, so the
// search index and its UI files always match the pages they describe.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { splitSearchRecords } from '../lib/searchRecords';

/** Built pages indexed one entry at a time, as records of their own (see searchRecords.ts). */
async function splitPages(outDir: string): Promise<{ url: string; html: string }[]> {
  const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('index.html'));
  const pages = await Promise.all(
    files.map(async (file) => ({ url: `/${file.replace(/index\.html$/, '')}`, html: await readFile(outDir + file, 'utf8') })),
  );
  return pages.filter((page) => page.html.includes('data-search-split'));
}

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
        let records = 0;
        for (const page of await splitPages(outDir)) {
          for (const record of splitSearchRecords(page.html, page.url)) {
            const result = await index.addHTMLFile(record);
            if (result.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${result.errors.join('; ')}`);
            records += 1;
          }
        }
        const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        logger.info(`Indexed ${added.page_count} pages and ${records} entries into ${outDir}pagefind`);
        await pagefind.close();
      },
    },
  };
}
