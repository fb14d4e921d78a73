// A reader's stored record and the few operations a page needs to write it from scratch: light
// enough for every stage page, where ticking the first item must be saved at once. Reading a
// stored record back (parsing and validating it) is in progress.ts, which loads only when needed.
import type { Level, Target } from './assessment';
import type { PracticeState } from './practice';

export const PROGRESS_VERSION = 4;

/** The reader's self-assessment; every field but the ratings stays absent until the reader sets it. */
export interface AssessmentState {
  target?: Target;
  /** Hours a week the reader can give, 0–168. */
  hoursPerWeek?: number;
  /** The day the plan should be done by (YYYY-MM-DD). */
  deadline?: string;
  /** The reader's level per skill id, keys sorted. */
  ratings: Record<string, Level>;
  /** When the assessment last changed (ISO 8601); absent while nothing was set. */
  updatedAt?: string;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Ids of completed checklist items, sorted and unique. */
  completed: string[];
  /** Interview practice by question id. */
  practice: PracticeState;
  assessment: AssessmentState;
  /** When the progress last changed (ISO 8601). */
  updatedAt: string;
}

export function emptyAssessment(): AssessmentState {
  return { ratings: {} };
}

export function emptyProgress(now = new Date()): Progress {
  return { version: PROGRESS_VERSION, completed: [], practice: {}, assessment: emptyAssessment(), updatedAt: now.toISOString() };
}

export function normalize(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort();
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({
    version: progress.version,
    completed: progress.completed,
    practice: progress.practice,
    assessment: progress.assessment,
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
