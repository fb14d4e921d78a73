import type { Page } from 'playwright-core';
import { normalizeQuery } from '../../src/lib/searchQuery';
import { interleave, PAGEFIND_RANKING } from '../../src/lib/searchResults';

// Passed as source text: Vitest would otherwise rewrite the dynamic import() for Node.
const SEARCH_IN_PAGE = `async ({ bundleUrl, baseUrl, ranking, query, filters }) => {
  const pagefind = await import(bundleUrl + 'pagefind.js');
  await pagefind.options({ baseUrl, ranking });
  const urls = async (unit) => {
    const response = await pagefind.search(query, { filters: { ...filters, unit } });
    return Promise.all(response.results.slice(0, 10).map(async (result) => (await result.data()).url));
  };
  return { pages: await urls('page'), entries: await urls('entry') };
}`;

/**
 * Runs a query as the site's search panel does: normalized, pages and entries ranked apart and
 * interleaved. Result URLs, best first (at most ten of each unit).
 */
export async function searchUrls(
  page: Page,
  siteUrl: string,
  query: string,
  filters: Record<string, string> = {},
): Promise<string[]> {
  const baseUrl = new URL(siteUrl).pathname;
  const { pages, entries } = (await page.evaluate(
    `(${SEARCH_IN_PAGE})(${JSON.stringify({ bundleUrl: `${siteUrl}pagefind/`, baseUrl, ranking: PAGEFIND_RANKING, query: normalizeQuery(query), filters })})`,
  )) as { pages: string[]; entries: string[] };
  return interleave(pages, entries);
}
