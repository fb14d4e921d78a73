// Reading and writing the ?q= parameter of the search page, so a search can be shared as a link.

/** The query carried by a search page URL, trimmed and capped so a pasted novel cannot stall the UI. */
export function readQuery(search: string, maxLength = 200): string {
  return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, maxLength);
}

/** The search page URL for a query; an empty query removes the parameter. */
export function withQuery(href: string, query: string): string {
  const url = new URL(href);
  if (query.trim()) url.searchParams.set('q', query.trim());
  else url.searchParams.delete('q');
  return url.pathname + url.search + url.hash;
}
