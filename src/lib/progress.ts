// The reader's checklist progress: parsing (with every way an import can be wrong), migration,
// merging and share-link encoding. Pure functions; storage and UI live in the progress scripts.

export const PROGRESS_VERSION = 2;
/** Imported files larger than this are refused before parsing. */
export const MAX_PROGRESS_BYTES = 64 * 1024;

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Ids of completed checklist items, sorted and unique. */
  completed: string[];
  /** When the progress last changed (ISO 8601). */
  updatedAt: string;
}

export type ProgressErrorCode =
  | 'too-large'
  | 'invalid-json'
  | 'forbidden-key'
  | 'wrong-shape'
  | 'unsupported-version'
  | 'unknown-items';

export type ParseResult =
  | { ok: true; progress: Progress; migratedFrom?: number }
  | { ok: false; error: ProgressErrorCode; detail?: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function emptyProgress(now = new Date()): Progress {
  return { version: PROGRESS_VERSION, completed: [], updatedAt: now.toISOString() };
}

function normalize(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Reads the completed ids out of a parsed document of any supported version. */
function readCompleted(document: unknown): { ids: string[]; version: number; updatedAt?: string } | ProgressErrorCode {
  if (!isPlainObject(document) || typeof document.version !== 'number') return 'wrong-shape';
  if (document.version === 1) {
    // Version 1 stored a map of item id to a done flag.
    const done = document.done;
    if (!isPlainObject(done) || !Object.values(done).every((flag) => typeof flag === 'boolean')) return 'wrong-shape';
    return { ids: Object.keys(done).filter((id) => done[id] === true), version: 1 };
  }
  if (document.version === PROGRESS_VERSION) {
    const { completed, updatedAt } = document;
    if (!Array.isArray(completed) || !completed.every((id): id is string => typeof id === 'string')) return 'wrong-shape';
    if (typeof updatedAt !== 'string' || Number.isNaN(Date.parse(updatedAt))) return 'wrong-shape';
    return { ids: completed, version: PROGRESS_VERSION, updatedAt };
  }
  return 'unsupported-version';
}

/**
 * Parses stored or imported progress. Any problem yields an error code and no progress, so the
 * caller can leave what it has untouched.
 */
export function parseProgress(
  text: string,
  knownIds: ReadonlySet<string>,
  { maxBytes = MAX_PROGRESS_BYTES, now = new Date() }: { maxBytes?: number; now?: Date } = {},
): ParseResult {
  if (byteLength(text) > maxBytes) return { ok: false, error: 'too-large' };
  const forbidden = new Set<string>();
  let document: unknown;
  try {
    document = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden.add(key);
      return value;
    });
  } catch {
    return { ok: false, error: 'invalid-json' };
  }
  if (forbidden.size > 0) return { ok: false, error: 'forbidden-key', detail: [...forbidden].sort().join(', ') };
  const read = readCompleted(document);
  if (typeof read === 'string') return { ok: false, error: read };
  const malformed = read.ids.filter((id) => !ITEM_ID.test(id));
  if (malformed.length > 0) return { ok: false, error: 'wrong-shape', detail: malformed.slice(0, 3).join(', ') };
  const unknown = read.ids.filter((id) => !knownIds.has(id));
  if (unknown.length > 0) return { ok: false, error: 'unknown-items', detail: unknown.slice(0, 3).join(', ') };
  const progress: Progress = {
    version: PROGRESS_VERSION,
    completed: normalize(read.ids),
    updatedAt: read.updatedAt ?? now.toISOString(),
  };
  return read.version === PROGRESS_VERSION ? { ok: true, progress } : { ok: true, progress, migratedFrom: read.version };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ version: progress.version, completed: progress.completed, updatedAt: progress.updatedAt });
}

/** Marks one item done or not done. */
export function setItem(progress: Progress, id: string, done: boolean, now = new Date()): Progress {
  const completed = new Set(progress.completed);
  if (done) completed.add(id);
  else completed.delete(id);
  return { version: PROGRESS_VERSION, completed: normalize(completed), updatedAt: now.toISOString() };
}

/** Everything completed in either; the later timestamp wins. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return {
    version: PROGRESS_VERSION,
    completed: normalize([...a.completed, ...b.completed]),
    updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt,
  };
}

const SHARE_PREFIX = 'progress=';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The URL fragment that carries progress; a fragment never reaches a server. */
export function encodeShareFragment(progress: Progress): string {
  return `#${SHARE_PREFIX}${toBase64Url(serializeProgress(progress))}`;
}

/** Reads a share fragment; undefined when the hash carries none, an error when it is damaged. */
export function decodeShareFragment(hash: string, knownIds: ReadonlySet<string>): ParseResult | undefined {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(SHARE_PREFIX)) return undefined;
  let text: string;
  try {
    text = fromBase64Url(fragment.slice(SHARE_PREFIX.length));
  } catch {
    return { ok: false, error: 'invalid-json' };
  }
  return parseProgress(text, knownIds);
}
