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
