import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the test builds go; GUIDE_TEST_TMP gives a second working copy its own, so two runs never share a build. */
export const TMP = process.env.GUIDE_TEST_TMP
  ? `${resolve(process.env.GUIDE_TEST_TMP)}/`
  : fileURLToPath(new URL('../.tmp/', import.meta.url));

/** The origin and repository the sub-path build is configured with, as a production deploy would be. */
export const PRODUCTION = {
  siteUrl: 'https://guide.example.test',
  repository: 'https://github.com/example-owner/llm-guide',
} as const;

/**
 * The site built twice, as the tests build it: at the root path with no settings (no repository,
 * so no edit links), and under a sub-path with a public origin and a repository, like a GitHub
 * Pages deploy.
 */
// Each build keeps its own Astro cache (the content store with the rendered entries), so no build
// reuses output rendered with another configuration or by another working copy.
export const BUILDS = {
  root: { base: '/', outDir: `${TMP}dist-root`, env: { SITE_CACHE_DIR: `${TMP}cache-root` } },
  sub: {
    base: '/guide/',
    outDir: `${TMP}dist-guide`,
    env: { SITE_URL: PRODUCTION.siteUrl, SITE_REPO: PRODUCTION.repository, SITE_CACHE_DIR: `${TMP}cache-guide` },
  },
} as const;
export type BuildName = keyof typeof BUILDS;
