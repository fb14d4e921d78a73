// Moves the search dialog out of every page into one file per language, which the search button
// fetches on first use (scripts/searchDialog.ts): its form is about 1 KB of every page otherwise,
// for the readers who never search. Runs after page-kind-styles, which reads the dialog's classes
// from the pages. The file is `.htm`, not `.html`: it is a fragment, not a page, and hosts with
// clean URLs redirect `.html` requests.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../lib/localePath';

const DIALOG_TEMPLATE = /<template id="search-dialog-template">([\s\S]*?)<\/template>/;

export function searchDialogFile(siteBase: string): AstroIntegration {
  const assetPrefix = `${normalizeBase(siteBase)}_astro/`;
  return {
    name: 'search-dialog-file',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
        const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
        const files = new Map<string, string>();
        for (const page of pages) {
          const path = join(page.parentPath, page.name);
          const html = await readFile(path, 'utf8');
          const dialog = DIALOG_TEMPLATE.exec(html)?.[1];
          if (dialog === undefined) continue;
          const name = `search-dialog.${createHash('sha256').update(dialog).digest('base64url').slice(0, 8)}.htm`;
          files.set(name, dialog);
          const opener = '<search-dialog>';
          if (!html.includes(opener)) throw new Error(`${path} has the search dialog but no ${opener} to open it`);
          await writeFile(
            path,
            html.replace(DIALOG_TEMPLATE, '').replace(opener, `<search-dialog data-src="${assetPrefix}${name}">`),
          );
        }
        for (const [name, dialog] of files) await writeFile(join(outDir, '_astro', name), dialog);
        logger.info(`${files.size} search dialogs moved out of ${pages.length} pages`);
      },
    },
  };
}
