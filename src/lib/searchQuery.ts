// Search queries: reading and writing the ?q= parameter of the search page, so a search can be
// shared as a link, and the query Pagefind is asked for what a reader typed.

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

// Words that carry the shape of a question, not its topic. Pagefind requires every word of a query
// to appear on a page, so "DPO vs PPO" or "显存不够怎么微调" would otherwise find only pages that
// happen to contain "vs" or "怎么".
const ENGLISH_FILLER = new Set([
  'a',
  'an',
  'and',
  'are',
  'between',
  'can',
  'difference',
  'do',
  'does',
  'for',
  'how',
  'i',
  'in',
  'is',
  'it',
  'many',
  'much',
  'my',
  'of',
  'on',
  'or',
  'should',
  'the',
  'to',
  'versus',
  'vs',
  'what',
  'when',
  'which',
  'why',
  'with',
]);
const CHINESE_FILLER =
  /有什么区别|什么区别|的区别|区别是什么|有什么|是什么|为什么|怎么办|怎么样|怎么|怎样|如何|哪个好|哪个|哪些|要不要|是否|吗|呢|和|与|跟|对比/g;

/**
 * The query Pagefind is asked: the reader's words without question filler ("vs", "how", "怎么",
 * "的区别"). A query made only of filler is kept as typed.
 */
export function normalizeQuery(query: string): string {
  const words = query
    .replace(CHINESE_FILLER, ' ')
    .split(/\s+/)
    .filter((word) => word && !ENGLISH_FILLER.has(word.toLowerCase().replace(/[.?!,]+$/, '')))
    .map((word) => word.replace(/[?？!！。,，]+$/u, ''))
    .filter(Boolean);
  return words.length > 0 ? words.join(' ') : query.trim();
}
