import type { Page } from 'playwright-core';
import { normalizeQuery } from '../../src/lib/searchQuery';

// Passed as source text: Vitest would otherwise rewrite the dynamic import() for Node.
const SEARCH_IN_PAGE = `async ({ bundleUrl, baseUrl, query, filters }) => {
  const pagefind = await import(bundleUrl + 'pagefind.js');
  await pagefind.options({ baseUrl });
  const response = await pagefind.search(query, { filters });
  const top = await Promise.all(response.results.slice(0, 10).map((result) => result.data()));
  return top.map((data) => data.url);
}`;

/** Runs a query, normalized as the site's search UI does, through Pagefind's browser API; result URLs, best first. */
export async function searchUrls(
  page: Page,
  siteUrl: string,
  query: string,
  filters: Record<string, string> = {},
): Promise<string[]> {
  const baseUrl = new URL(siteUrl).pathname;
  return page.evaluate(
    `(${SEARCH_IN_PAGE})(${JSON.stringify({ bundleUrl: `${siteUrl}pagefind/`, baseUrl, query: normalizeQuery(query), filters })})`,
  ) as Promise<string[]>;
}
