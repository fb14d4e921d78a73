// Reads and writes checklist progress in localStorage, shared by every page and both languages.
// A damaged stored value is kept as a backup, reported, and replaced by empty progress.
import checklistIds from 'virtual:checklist-ids';
import { emptyProgress, parseProgress, serializeProgress, type ParseResult, type Progress } from '../lib/progress';
import {
  LEGACY_PROGRESS_KEYS as LEGACY_KEYS,
  PROGRESS_CHANGE_EVENT as CHANGE_EVENT,
  PROGRESS_STORAGE_KEY as STORAGE_KEY,
} from '../lib/progressKeys';
export const BACKUP_KEY = 'guide-progress:damaged-backup';
export { CHANGE_EVENT };

export interface LoadedProgress {
  progress: Progress;
  /** Set when the stored value could not be read; the raw text is in BACKUP_KEY. */
  damaged?: Extract<ParseResult, { ok: false }>;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** All checklist ids on the site. */
export function knownItemIds(): Set<string> {
  return new Set(Object.values(checklistIds).flat());
}

export function loadProgress(knownIds = knownItemIds()): LoadedProgress {
  const store = storage();
  if (!store) return { progress: emptyProgress() };
  const current = store.getItem(STORAGE_KEY);
  const legacyKey = current === null ? LEGACY_KEYS.find((key) => store.getItem(key) !== null) : undefined;
  const raw = current ?? (legacyKey ? store.getItem(legacyKey) : null);
  if (raw === null) return { progress: emptyProgress() };
  const result = parseProgress(raw, knownIds);
  if (!result.ok) {
    if (store.getItem(BACKUP_KEY) === null) store.setItem(BACKUP_KEY, raw);
    return { progress: emptyProgress(), damaged: result };
  }
  if (legacyKey) {
    store.setItem(STORAGE_KEY, serializeProgress(result.progress));
    store.removeItem(legacyKey);
  }
  return { progress: result.progress };
}

export function saveProgress(progress: Progress): void {
  storage()?.setItem(STORAGE_KEY, serializeProgress(progress));
  document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
}

export function clearProgress(): void {
  storage()?.removeItem(STORAGE_KEY);
  document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
}

export function readBackup(): string | null {
  return storage()?.getItem(BACKUP_KEY) ?? null;
}

export function dropBackup(): void {
  storage()?.removeItem(BACKUP_KEY);
  document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
}
