// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeMathml from '@daiji256/rehype-mathml';
import { rehypeJoinShortFormulas } from './src/lib/rehypeJoinShortFormulas';
import { rehypeBaseLinks } from './src/lib/rehypeBaseLinks';
import { rehypeSharedHeadingIds } from './src/lib/rehypeSharedHeadingIds';
import { englishTwinSource } from './src/lib/englishTwinSource';
import { readGlossaryNames } from './src/lib/glossaryNames';
import { rehypePageTermLinks } from './src/lib/rehypePageTermLinks';
import { rehypeHeadingAnchors } from './src/lib/rehypeHeadingAnchors';
import { rehypeScrollableTables } from './src/lib/rehypeScrollableTables';
import { rehypeDeferredSections } from './src/lib/rehypeDeferredSections';
import { remarkReadingTime } from './src/lib/remarkReadingTime';
import { pagefindIndex } from './src/integrations/pagefind';
import { expressiveCode } from './src/integrations/expressiveCode';
import { cspHeaders } from './src/integrations/cspHeaders';
import { notFoundPages } from './src/integrations/notFoundPages';
import { clientChunks } from './src/integrations/clientChunks';
import { pageKindStyles } from './src/integrations/pageKindStyles';
import { searchDialogFile } from './src/integrations/searchDialogFile';
import { checklistIds } from './src/integrations/checklistIds';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { THEME_BOOTSTRAP } from './src/lib/themeBootstrap.mjs';

// SITE_BASE lets the same source build for a sub-path host such as a GitHub Pages project site.
const base = process.env.SITE_BASE ?? '/';
const site = process.env.SITE_URL ?? 'https://llm-fullstack-guide.example.org';
// Tests build several variants (root, sub-path) side by side.
const outDir = process.env.SITE_OUT_DIR ?? './dist';
const cacheDir = process.env.SITE_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // Expressive Code highlights code blocks (src/integrations/expressiveCode.ts).
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkMath, remarkReadingTime],
      rehypePlugins: [
        // Inline formulas break after operators and relations, as TeX does, so they wrap on phones.
        [rehypeMathml, { wrap: 'tex' }],
        rehypeJoinShortFormulas,
        [rehypeBaseLinks, { base }],
        [rehypeSharedHeadingIds, { twinSource: englishTwinSource }],
        [rehypePageTermLinks, { glossary: readGlossaryNames('./content/glossary'), base }],
        rehypeHeadingAnchors,
        rehypeScrollableTables,
        rehypeDeferredSections,
      ],
    }),
  },
  // Expressive Code must come before mdx() to render the code blocks of MDX pages.
  integrations: [
    expressiveCode(),
    mdx(),
    sitemap({ filter: (page) => !/\/404\/$/.test(page) }),
    pagefindIndex(),
    notFoundPages(base),
    cspHeaders(base),
    // Last: they rewrite the finished pages, the stylesheet links and then the search dialog.
    pageKindStyles(base),
    searchDialogFile(base),
  ],
  build: {
    // Stylesheets stay files, so style-src needs no hashes and Temml's style attributes can be allowed.
    inlineStylesheets: 'never',
  },
  security: {
    // A <meta> policy works on any static host; Astro hashes its own scripts into it.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind compiles its WebAssembly search core in the browser.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(THEME_BOOTSTRAP).digest('base64')}`],
      },
      styleDirective: {
        // Temml sets display and spacing with style attributes (and Expressive Code its colours); no stylesheet is inline.
        resources: ["'self'", "'unsafe-inline'"],
      },
    },
  },
  env: {
    schema: {
      // The repository behind "edit this page" and "report an error"; unset, those links do not render.
      SITE_REPO: envField.string({ context: 'server', access: 'public', optional: true }),
      SITE_REPO_BRANCH: envField.string({ context: 'server', access: 'public', default: 'main' }),
    },
  },
  vite: {
    plugins: [tailwindcss(), clientChunks(), checklistIds(fileURLToPath(new URL('./content/zh/stages', import.meta.url)))],
  },
});
