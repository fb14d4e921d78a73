// Gives each kind of page (chapters, stages, the glossary, ...) its own copy of the site's shared
// stylesheets, without the rules that no page of that kind can match (lib/unusedCss.ts): a chapter
// stops downloading the glossary's, the bank's and the self-assessment's styles. One copy per kind,
// not per page, so a reader moving between chapters fetches it once. Runs last, on the finished HTML.
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../lib/localePath';
import { pageKind } from '../lib/pageKind';
import { classesInHtml, removeUnusedRules, wordsInScript } from '../lib/unusedCss';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

export function pageKindStyles(siteBase: string): AstroIntegration {
  const stylesheetLink = new RegExp(`(<link rel="stylesheet" href="${normalizeBase(siteBase)}_astro/)([^"/]+)\\.css"`, 'g');
  return {
    name: 'page-kind-styles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const assetDir = join(outDir, '_astro');
        const files = await filesUnder(outDir);
        // Scripts may set any class they name, so every word of theirs counts as used on every page.
        const scriptWords = new Set<string>();
        for (const file of files.filter((name) => name.startsWith(assetDir) && name.endsWith('.js'))) {
          for (const word of wordsInScript(await readFile(file, 'utf8'))) scriptWords.add(word);
        }

        const kinds = new Map<string, Map<string, string>>();
        for (const file of files.filter((name) => name.endsWith('.html'))) {
          const kind = pageKind('/' + relative(outDir, file).split(sep).join('/'));
          kinds.set(kind, (kinds.get(kind) ?? new Map()).set(file, await readFile(file, 'utf8')));
        }

        const sources = new Map<string, string>();
        const outputs = new Map<string, string>();
        for (const pages of kinds.values()) {
          const classes = new Set(scriptWords);
          const linked = new Set<string>();
          for (const html of pages.values()) {
            for (const name of classesInHtml(html)) classes.add(name);
            for (const [, , stem] of html.matchAll(stylesheetLink)) linked.add(stem!);
          }
          const renamed = new Map<string, string>();
          for (const stem of linked) {
            if (!sources.has(stem)) sources.set(stem, await readFile(join(assetDir, `${stem}.css`), 'utf8'));
            const css = removeUnusedRules(sources.get(stem)!, classes);
            const name = `${stem.replace(/\.[^.]+$/, '')}.${createHash('sha256').update(css).digest('base64url').slice(0, 8)}`;
            outputs.set(name, css);
            renamed.set(stem, name);
          }
          for (const [file, html] of pages) {
            await writeFile(
              file,
              html.replace(stylesheetLink, (_, prefix: string, stem: string) => `${prefix}${renamed.get(stem)}.css"`),
            );
          }
        }
        for (const [name, css] of outputs) await writeFile(join(assetDir, `${name}.css`), css);
        for (const stem of sources.keys()) if (!outputs.has(stem)) await rm(join(assetDir, `${stem}.css`));
        logger.info(`${sources.size} stylesheets cut to ${outputs.size} for ${kinds.size} kinds of page`);
      },
    },
  };
}
