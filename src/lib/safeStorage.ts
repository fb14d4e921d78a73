// localStorage where it may be unavailable: disabled storage or a sandboxed frame throw on access.
// A reader's choice then lasts for the page only, and nothing fails.

/** The stored value, or null when there is none or storage is unavailable. */
export function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores a value, or removes the key for null; does nothing where storage is unavailable. */
export function writeStorage(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Unavailable storage: see above.
  }
}
