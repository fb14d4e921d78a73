// Interview practice: a Leitner schedule over the question bank, what is due, what is known, and
// the draw for a mock interview. Pure functions over plain data; dates are local calendar days.

export type Grade = 'known' | 'again';

export interface PracticeEntry {
  /** Leitner box, 1–5: a question moves up one box when known and back to 1 when not. */
  box: number;
  /** The day it is next due (YYYY-MM-DD). */
  due: string;
  /** The last grade the reader gave it. */
  last: Grade;
  /** The answer revision the reader last practised; a newer one flags "answer updated". */
  revision: number;
}

export type PracticeState = Record<string, PracticeEntry>;

export interface BankQuestion {
  id: string;
  area: string;
  level: string;
  revision: number;
}

export const MAX_BOX = 5;
/** Days until a question is due again after it is known, by the box it moved into. */
export const BOX_INTERVAL_DAYS: Record<number, number> = { 1: 1, 2: 3, 3: 7, 4: 14, 5: 30 };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The local calendar day of a date as YYYY-MM-DD. */
export function toDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A day plus a number of days, as YYYY-MM-DD (computed in UTC, so daylight saving cannot skip a day). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

export function isPracticeEntry(value: unknown): value is PracticeEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entry = value as Record<string, unknown>;
  return (
    Number.isInteger(entry.box) &&
    (entry.box as number) >= 1 &&
    (entry.box as number) <= MAX_BOX &&
    typeof entry.due === 'string' &&
    DAY.test(entry.due) &&
    !Number.isNaN(Date.parse(entry.due)) &&
    (entry.last === 'known' || entry.last === 'again') &&
    Number.isInteger(entry.revision) &&
    (entry.revision as number) >= 1
  );
}

/** Records a grade: known moves the question up a box and schedules it later; again sends it back to box 1, due today. */
export function gradeQuestion(
  state: PracticeState,
  question: Pick<BankQuestion, 'id' | 'revision'>,
  grade: Grade,
  today: string,
): PracticeState {
  const previous = state[question.id];
  const box = grade === 'known' ? Math.min((previous?.box ?? 0) + 1, MAX_BOX) : 1;
  const due = grade === 'known' ? addDays(today, BOX_INTERVAL_DAYS[box]) : today;
  return { ...state, [question.id]: { box, due, last: grade, revision: question.revision } };
}

/** Forgets one question's practice. */
export function resetQuestion(state: PracticeState, id: string): PracticeState {
  const rest = { ...state };
  delete rest[id];
  return rest;
}

export function isDue(entry: PracticeEntry | undefined, today: string): boolean {
  return entry !== undefined && entry.due <= today;
}

/** The answer changed since the reader last practised it. */
export function isAnswerUpdated(entry: PracticeEntry | undefined, revision: number): boolean {
  return entry !== undefined && entry.revision < revision;
}

export type PracticeStatus = 'new' | 'known' | 'again';

export function statusOf(entry: PracticeEntry | undefined): PracticeStatus {
  return entry?.last ?? 'new';
}

export interface PracticeSummary {
  total: number;
  known: number;
  due: number;
  updated: number;
  /** Known and total per direction, then per level within it. */
  byArea: Record<string, { known: number; total: number; byLevel: Record<string, { known: number; total: number }> }>;
}

/** Counts over the bank; practice for questions no longer in the bank is ignored, not lost. */
export function summarizePractice(state: PracticeState, questions: readonly BankQuestion[], today: string): PracticeSummary {
  const summary: PracticeSummary = { total: 0, known: 0, due: 0, updated: 0, byArea: {} };
  for (const question of questions) {
    const entry = state[question.id];
    const known = statusOf(entry) === 'known' ? 1 : 0;
    const area = (summary.byArea[question.area] ??= { known: 0, total: 0, byLevel: {} });
    const level = (area.byLevel[question.level] ??= { known: 0, total: 0 });
    summary.total += 1;
    summary.known += known;
    area.total += 1;
    area.known += known;
    level.total += 1;
    level.known += known;
    if (isDue(entry, today)) summary.due += 1;
    if (isAnswerUpdated(entry, question.revision)) summary.updated += 1;
  }
  return summary;
}

/** Questions due today, most overdue first. */
export function dueQuestions<T extends BankQuestion>(state: PracticeState, questions: readonly T[], today: string): T[] {
  return questions
    .filter((question) => isDue(state[question.id], today))
    .sort((a, b) => state[a.id].due.localeCompare(state[b.id].due) || a.id.localeCompare(b.id));
}

export interface MockOptions {
  areas: readonly string[];
  levels: readonly string[];
  count: number;
}

/**
 * Draws a mock interview: up to `count` distinct questions from the chosen directions and levels,
 * due ones first, the rest at random. `random` returns numbers in [0, 1), like Math.random.
 */
export function drawMock<T extends BankQuestion>(
  questions: readonly T[],
  state: PracticeState,
  { areas, levels, count }: MockOptions,
  today: string,
  random: () => number = Math.random,
): T[] {
  const pool = questions.filter((question) => areas.includes(question.area) && levels.includes(question.level));
  const shuffled = [...pool];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
  }
  const due = shuffled.filter((question) => isDue(state[question.id], today));
  const rest = shuffled.filter((question) => !isDue(state[question.id], today));
  return [...due, ...rest].slice(0, Math.max(0, Math.floor(count)));
}

/** Per question, the entry graded later wins (the later due day stands in for "later"). */
export function mergePractice(a: PracticeState, b: PracticeState): PracticeState {
  const merged: PracticeState = { ...a };
  for (const [id, entry] of Object.entries(b)) {
    const current = merged[id];
    if (!current || entry.due > current.due || (entry.due === current.due && entry.box > current.box)) merged[id] = entry;
  }
  return merged;
}
