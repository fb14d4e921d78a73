// Gives each kind of page (chapters, stages, the glossary, ...) one stylesheet of its own: the site's
// shared stylesheets that its pages link, merged in link order (one request, and one gzip stream
// compresses better than three), without the rules that no page of that kind can match
// (lib/unusedCss.ts): a chapter stops downloading the glossary's, the bank's and the
// self-assessment's styles. One file per kind and set of links, not per page, so a reader moving
// between chapters fetches it once. Runs last, on the finished HTML.
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../lib/localePath';
import { pageKind } from '../lib/pageKind';
import { classesInHtml, removeUnusedCustomProperties, removeUnusedRules, tagsInHtml, wordsInScript } from '../lib/unusedCss';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

export function pageKindStyles(siteBase: string): AstroIntegration {
  const assetPrefix = `${normalizeBase(siteBase)}_astro/`;
  const stylesheetLink = new RegExp(`<link rel="stylesheet" href="${assetPrefix}([^"/]+)\\.css">`, 'g');
  return {
    name: 'page-kind-styles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const assetDir = join(outDir, '_astro');
        const files = await filesUnder(outDir);
        // Scripts may set any class or build any element they name, so every word of theirs counts
        // as used on every page.
        const scripts = await Promise.all(
          files.filter((name) => name.startsWith(assetDir) && name.endsWith('.js')).map((file) => readFile(file, 'utf8')),
        );
        const scriptWords = new Set(scripts.flatMap((source) => [...wordsInScript(source), ...tagsInHtml(source)]));

        const kinds = new Map<string, Map<string, string>>();
        for (const file of files.filter((name) => name.endsWith('.html'))) {
          const kind = pageKind('/' + relative(outDir, file).split(sep).join('/'));
          kinds.set(kind, (kinds.get(kind) ?? new Map()).set(file, await readFile(file, 'utf8')));
        }

        const sources = new Map<string, string>();
        const readSource = async (stem: string) => {
          if (!sources.has(stem)) sources.set(stem, await readFile(join(assetDir, `${stem}.css`), 'utf8'));
          return sources.get(stem)!;
        };
        const outputs = new Map<string, string>();
        for (const [kind, pages] of kinds) {
          const used = { classes: new Set(scriptWords), tags: new Set(scriptWords) };
          for (const html of pages.values()) {
            for (const name of classesInHtml(html)) used.classes.add(name);
            for (const name of tagsInHtml(html)) used.tags.add(name);
          }
          const mentioned = new Set([...pages.values(), ...scripts].flatMap((text) => text.match(/--[\w-]+/g) ?? []));
          const purged = new Map<string, string>();
          // Pages that link the same stylesheets share one file holding all of them, in link order.
          const merged = new Map<string, string>();
          for (const [file, html] of pages) {
            const stems = [...new Set(Array.from(html.matchAll(stylesheetLink), ([, stem]) => stem!))];
            if (stems.length === 0) continue;
            const key = stems.join(' ');
            if (!merged.has(key)) {
              for (const stem of stems) if (!purged.has(stem)) purged.set(stem, removeUnusedRules(await readSource(stem), used));
              const css = removeUnusedCustomProperties(stems.map((stem) => purged.get(stem)!).join('\n'), (name) =>
                mentioned.has(name),
              );
              const name = `${kind.replace(/\/\*$/, '')}.${createHash('sha256').update(css).digest('base64url').slice(0, 8)}`;
              outputs.set(name, css);
              merged.set(key, name);
            }
            let first = true;
            const rewritten = html.replace(stylesheetLink, () => {
              if (!first) return '';
              first = false;
              return `<link rel="stylesheet" href="${assetPrefix}${merged.get(key)}.css">`;
            });
            await writeFile(file, rewritten);
          }
        }
        for (const [name, css] of outputs) await writeFile(join(assetDir, `${name}.css`), css);
        for (const stem of sources.keys()) if (!outputs.has(stem)) await rm(join(assetDir, `${stem}.css`));
        logger.info(`${sources.size} stylesheets cut and merged to ${outputs.size} for ${kinds.size} kinds of page`);
      },
    },
  };
}
