// Everything a reader keeps: checklist progress and interview practice. Parsing (with every way
// an import can be wrong), migration, merging and share-link encoding. Pure functions; storage
// and UI live in the progress scripts.
import { isPracticeEntry, mergePractice, type PracticeState } from './practice';

export const PROGRESS_VERSION = 3;
/** Imported files larger than this are refused before parsing. */
export const MAX_PROGRESS_BYTES = 64 * 1024;

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Ids of completed checklist items, sorted and unique. */
  completed: string[];
  /** Interview practice by question id. */
  practice: PracticeState;
  /** When the progress last changed (ISO 8601). */
  updatedAt: string;
}

export type ProgressErrorCode =
  'too-large' | 'invalid-json' | 'forbidden-key' | 'wrong-shape' | 'unsupported-version' | 'unknown-items';

export type ParseResult =
  { ok: true; progress: Progress; migratedFrom?: number } | { ok: false; error: ProgressErrorCode; detail?: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function emptyProgress(now = new Date()): Progress {
  return { version: PROGRESS_VERSION, completed: [], practice: {}, updatedAt: now.toISOString() };
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

interface ReadDocument {
  ids: string[];
  practice: PracticeState;
  version: number;
  updatedAt?: string;
}

/** Reads practice entries; the first malformed one makes the whole document wrong, named in the detail. */
function readPractice(value: unknown): PracticeState | { malformed: string } {
  if (!isPlainObject(value)) return { malformed: 'practice' };
  const practice: PracticeState = {};
  for (const [id, entry] of Object.entries(value)) {
    if (!ITEM_ID.test(id) || !isPracticeEntry(entry)) return { malformed: `practice.${id.slice(0, 40)}` };
    practice[id] = { box: entry.box, due: entry.due, last: entry.last, revision: entry.revision };
  }
  return practice;
}

/** Reads a parsed document of any supported version. */
function readDocument(document: unknown): ReadDocument | { error: ProgressErrorCode; detail?: string } {
  if (!isPlainObject(document) || typeof document.version !== 'number') return { error: 'wrong-shape' };
  if (document.version === 1) {
    // Version 1 stored a map of item id to a done flag.
    const done = document.done;
    if (!isPlainObject(done) || !Object.values(done).every((flag) => typeof flag === 'boolean')) return { error: 'wrong-shape' };
    return { ids: Object.keys(done).filter((id) => done[id] === true), practice: {}, version: 1 };
  }
  if (document.version === 2 || document.version === PROGRESS_VERSION) {
    // Version 2 had no practice; version 3 added it.
    const { completed, updatedAt } = document;
    if (!Array.isArray(completed) || !completed.every((id): id is string => typeof id === 'string'))
      return { error: 'wrong-shape' };
    if (typeof updatedAt !== 'string' || Number.isNaN(Date.parse(updatedAt))) return { error: 'wrong-shape' };
    const practice = document.version === 2 ? {} : readPractice(document.practice);
    if ('malformed' in practice && typeof practice.malformed === 'string')
      return { error: 'wrong-shape', detail: practice.malformed };
    return { ids: completed, practice: practice as PracticeState, version: document.version, updatedAt };
  }
  return { error: 'unsupported-version' };
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
  const read = readDocument(document);
  if ('error' in read) return { ok: false, error: read.error, ...(read.detail ? { detail: read.detail } : {}) };
  const malformed = read.ids.filter((id) => !ITEM_ID.test(id));
  if (malformed.length > 0) return { ok: false, error: 'wrong-shape', detail: malformed.slice(0, 3).join(', ') };
  const unknown = read.ids.filter((id) => !knownIds.has(id));
  if (unknown.length > 0) return { ok: false, error: 'unknown-items', detail: unknown.slice(0, 3).join(', ') };
  const progress: Progress = {
    version: PROGRESS_VERSION,
    completed: normalize(read.ids),
    practice: read.practice,
    updatedAt: read.updatedAt ?? now.toISOString(),
  };
  return read.version === PROGRESS_VERSION ? { ok: true, progress } : { ok: true, progress, migratedFrom: read.version };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({
    version: progress.version,
    completed: progress.completed,
    practice: progress.practice,
    updatedAt: progress.updatedAt,
  });
}

/** Marks one item done or not done. */
export function setItem(progress: Progress, id: string, done: boolean, now = new Date()): Progress {
  const completed = new Set(progress.completed);
  if (done) completed.add(id);
  else completed.delete(id);
  return { ...progress, completed: normalize(completed), updatedAt: now.toISOString() };
}

/** Replaces the practice state, stamping the change. */
export function setPractice(progress: Progress, practice: PracticeState, now = new Date()): Progress {
  return { ...progress, practice, updatedAt: now.toISOString() };
}

/** Everything completed in either, practice merged entry by entry; the later timestamp wins. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return {
    version: PROGRESS_VERSION,
    completed: normalize([...a.completed, ...b.completed]),
    practice: mergePractice(a.practice, b.practice),
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
