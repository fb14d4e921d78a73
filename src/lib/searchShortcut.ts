export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Ctrl+K / ⌘K open search anywhere; "/" only when the reader is not typing in a field. */
export function isSearchShortcut(event: KeyLike, target: TargetLike | null): boolean {
  const key = event.key.toLowerCase();
  if (key === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) return true;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false;
  const typing = !!target && (TYPING_TAGS.has((target.tagName ?? '').toUpperCase()) || target.isContentEditable === true);
  return !typing;
}

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
