// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { rehypeBaseLinks } from './src/lib/rehypeBaseLinks';
import { vendorKatex } from './src/integrations/vendorKatex';
import { pagefindIndex } from './src/integrations/pagefind';

// SITE_BASE lets the same source build for a sub-path host such as a GitHub Pages project site.
const base = process.env.SITE_BASE ?? '/';
const site = process.env.SITE_URL ?? 'https://llm-fullstack-guide.example.org';
// Tests build several variants (root, sub-path) side by side.
const outDir = process.env.SITE_OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, [rehypeBaseLinks, { base }]] }),
  },
  integrations: [vendorKatex(), mdx(), sitemap(), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
});
