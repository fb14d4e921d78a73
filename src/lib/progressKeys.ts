// Where progress is stored and how a change is announced: all a page needs to know whether there is
// any progress to show, before it loads the code that reads it.
import { readStorage } from './safeStorage';

export const PROGRESS_STORAGE_KEY = 'guide-progress:v2';
/** Earlier formats, migrated to the current key on first read (progressStore.ts). */
export const LEGACY_PROGRESS_KEYS = ['guide-progress:v1'];
/** Dispatched on document whenever this page changes the stored progress. */
export const PROGRESS_CHANGE_EVENT = 'guide-progress-change';

/** The stored progress, or null when there is none or storage is unavailable. */
export function storedProgress(): string | null {
  return readStorage(PROGRESS_STORAGE_KEY);
}

/** Whether this browser holds progress in any format. */
export function hasStoredProgress(): boolean {
  return [PROGRESS_STORAGE_KEY, ...LEGACY_PROGRESS_KEYS].some((key) => readStorage(key) !== null);
}
