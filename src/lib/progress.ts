// Everything a reader keeps: checklist progress, interview practice and the self-assessment.
// Parsing (with every way an import can be wrong), migration, merging and share-link encoding.
// Pure functions; storage and UI live in the progress scripts.
import { AREA_SLUGS, CONTEXTS, type AreaSlug, type Context } from '../config';
import type { Level, Target } from './assessment';
import { isPracticeEntry, mergePractice, type PracticeState } from './practice';
import {
  PROGRESS_VERSION,
  emptyAssessment,
  normalize,
  serializeProgress,
  type AssessmentState,
  type Progress,
} from './progressRecord';

export { PROGRESS_VERSION, emptyAssessment, emptyProgress, serializeProgress, setItem } from './progressRecord';
export type { AssessmentState, Progress } from './progressRecord';

/** Imported files larger than this are refused before parsing. */
export const MAX_PROGRESS_BYTES = 64 * 1024;

export type ProgressErrorCode =
  'too-large' | 'invalid-json' | 'forbidden-key' | 'wrong-shape' | 'unsupported-version' | 'unknown-items';

export type ParseResult =
  { ok: true; progress: Progress; migratedFrom?: number } | { ok: false; error: ProgressErrorCode; detail?: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_HOURS_PER_WEEK = 168;

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
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
  assessment: AssessmentState;
  version: number;
  updatedAt?: string;
}

const isTimestamp = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** A real calendar day as YYYY-MM-DD; Date.parse alone accepts 2026-02-30. */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isFinite(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function readTarget(value: unknown): Target | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value).sort().join(' ');
  if (value.kind === 'area' && keys === 'area kind' && AREA_SLUGS.includes(value.area as AreaSlug))
    return { kind: 'area', area: value.area as AreaSlug };
  if (value.kind === 'context' && keys === 'context kind' && CONTEXTS.includes(value.context as Context))
    return { kind: 'context', context: value.context as Context };
  return undefined;
}

/** Reads the assessment part; the first malformed field makes the whole document wrong, named in the detail. */
function readAssessment(value: unknown): AssessmentState | { malformed: string } {
  if (!isPlainObject(value) || !isPlainObject(value.ratings)) return { malformed: 'assessment' };
  const ratings: Record<string, Level> = {};
  for (const [id, level] of Object.entries(value.ratings)) {
    if (!ITEM_ID.test(id) || ![0, 1, 2, 3].includes(level as number))
      return { malformed: `assessment.ratings.${id.slice(0, 40)}` };
    ratings[id] = level as Level;
  }
  const assessment: AssessmentState = { ratings: sortKeys(ratings) };
  if (value.target !== undefined) {
    const target = readTarget(value.target);
    if (!target) return { malformed: 'assessment.target' };
    assessment.target = target;
  }
  if (value.hoursPerWeek !== undefined) {
    const hours = value.hoursPerWeek;
    if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > MAX_HOURS_PER_WEEK)
      return { malformed: 'assessment.hoursPerWeek' };
    assessment.hoursPerWeek = hours;
  }
  if (value.deadline !== undefined) {
    if (!isDay(value.deadline)) return { malformed: 'assessment.deadline' };
    assessment.deadline = value.deadline;
  }
  if (value.updatedAt !== undefined) {
    if (!isTimestamp(value.updatedAt)) return { malformed: 'assessment.updatedAt' };
    assessment.updatedAt = value.updatedAt;
  }
  return assessment;
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
    return { ids: Object.keys(done).filter((id) => done[id] === true), practice: {}, assessment: emptyAssessment(), version: 1 };
  }
  if (document.version >= 2 && document.version <= PROGRESS_VERSION && Number.isInteger(document.version)) {
    // Version 2 had no practice; version 3 added it, version 4 the assessment.
    const { completed, updatedAt } = document;
    if (!Array.isArray(completed) || !completed.every((id): id is string => typeof id === 'string'))
      return { error: 'wrong-shape' };
    if (!isTimestamp(updatedAt)) return { error: 'wrong-shape' };
    const practice = document.version === 2 ? {} : readPractice(document.practice);
    if ('malformed' in practice && typeof practice.malformed === 'string')
      return { error: 'wrong-shape', detail: practice.malformed };
    const assessment = document.version < 4 ? emptyAssessment() : readAssessment(document.assessment);
    if ('malformed' in assessment) return { error: 'wrong-shape', detail: assessment.malformed };
    return { ids: completed, practice: practice as PracticeState, assessment, version: document.version, updatedAt };
  }
  return { error: 'unsupported-version' };
}

export interface ParseOptions {
  maxBytes?: number;
  now?: Date;
  /**
   * The skill ids of the site. When given, a rating of any other skill is refused as an unknown
   * item; pages that do not list the skills leave it out and keep every well-formed rating.
   */
  knownSkills?: ReadonlySet<string>;
}

/**
 * Parses stored or imported progress. Any problem yields an error code and no progress, so the
 * caller can leave what it has untouched.
 */
export function parseProgress(
  text: string,
  knownIds: ReadonlySet<string>,
  { maxBytes = MAX_PROGRESS_BYTES, now = new Date(), knownSkills }: ParseOptions = {},
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
  const unknown = [
    ...read.ids.filter((id) => !knownIds.has(id)),
    ...(knownSkills ? Object.keys(read.assessment.ratings).filter((id) => !knownSkills.has(id)) : []),
  ];
  if (unknown.length > 0) return { ok: false, error: 'unknown-items', detail: unknown.slice(0, 3).join(', ') };
  const progress: Progress = {
    version: PROGRESS_VERSION,
    completed: normalize(read.ids),
    practice: read.practice,
    assessment: read.assessment,
    updatedAt: read.updatedAt ?? now.toISOString(),
  };
  return read.version === PROGRESS_VERSION ? { ok: true, progress } : { ok: true, progress, migratedFrom: read.version };
}

/** Replaces the practice state, stamping the change. */
export function setPractice(progress: Progress, practice: PracticeState, now = new Date()): Progress {
  return { ...progress, practice, updatedAt: now.toISOString() };
}

/** Changes parts of the assessment, stamping the change on it and on the progress. */
export function setAssessment(
  progress: Progress,
  change: Partial<Omit<AssessmentState, 'updatedAt'>>,
  now = new Date(),
): Progress {
  const updatedAt = now.toISOString();
  const assessment = { ...progress.assessment, ...change, updatedAt };
  if (change.ratings) assessment.ratings = sortKeys(change.ratings);
  return { ...progress, assessment, updatedAt };
}

/** The newer assessment wins field by field where it has a value; ratings are a union, the newer rating winning. */
function mergeAssessments(a: AssessmentState, b: AssessmentState): AssessmentState {
  const [older, newer] = (a.updatedAt ?? '') > (b.updatedAt ?? '') ? [b, a] : [a, b];
  return {
    target: newer.target ?? older.target,
    hoursPerWeek: newer.hoursPerWeek ?? older.hoursPerWeek,
    deadline: newer.deadline ?? older.deadline,
    ratings: sortKeys({ ...older.ratings, ...newer.ratings }),
    updatedAt: newer.updatedAt ?? older.updatedAt,
  };
}

/** Everything completed in either, practice merged entry by entry, assessments merged; the later timestamp wins. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return {
    version: PROGRESS_VERSION,
    completed: normalize([...a.completed, ...b.completed]),
    practice: mergePractice(a.practice, b.practice),
    assessment: mergeAssessments(a.assessment, b.assessment),
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
export function decodeShareFragment(
  hash: string,
  knownIds: ReadonlySet<string>,
  options: Pick<ParseOptions, 'knownSkills'> = {},
): ParseResult | undefined {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(SHARE_PREFIX)) return undefined;
  let text: string;
  try {
    text = fromBase64Url(fragment.slice(SHARE_PREFIX.length));
  } catch {
    return { ok: false, error: 'invalid-json' };
  }
  return parseProgress(text, knownIds, options);
}
