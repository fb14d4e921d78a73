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

/** Ctrl+K / ⌘K open search anywhere; "/" only when the reader is not typing in a field. */
export function isSearchShortcut(event: KeyLike, target: TargetLike | null): boolean {
  if (event.altKey) return false;
  if (event.ctrlKey || event.metaKey) return event.key.toLowerCase() === 'k';
  return event.key === '/' && !target?.isContentEditable && !/^(input|textarea|select)$/i.test(target?.tagName ?? '');
}
