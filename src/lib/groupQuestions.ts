// Groupings of the question bank for its pages: counts by direction and level, and questions by level.
import { QUESTION_LEVELS, type QuestionLevel } from '../config';

export interface Countable {
  data: { area: string; level: QuestionLevel; stages: readonly string[] };
}

/** Count per direction and level, with row and column totals. */
export function countByAreaAndLevel(questions: readonly Countable[], areas: readonly string[]) {
  const rows = areas.map((area) => {
    const mine = questions.filter((question) => question.data.area === area);
    const byLevel = Object.fromEntries(
      QUESTION_LEVELS.map((level) => [level, mine.filter((question) => question.data.level === level).length]),
    ) as Record<QuestionLevel, number>;
    return { area, byLevel, total: mine.length };
  });
  const totals = Object.fromEntries(
    QUESTION_LEVELS.map((level) => [level, rows.reduce((sum, row) => sum + row.byLevel[level], 0)]),
  ) as Record<QuestionLevel, number>;
  return { rows, totals, total: questions.length };
}

/** Questions split by level, in level order, leaving out empty levels. */
export function groupByLevel<T extends Countable>(questions: readonly T[]): { level: QuestionLevel; questions: T[] }[] {
  return QUESTION_LEVELS.map((level) => ({
    level,
    questions: questions.filter((question) => question.data.level === level),
  })).filter((group) => group.questions.length > 0);
}

/** A short, stable selection for a chapter: the first question of each level, in bank order. */
export function pickSelection<T extends Countable>(questions: readonly T[]): T[] {
  return groupByLevel(questions).map((group) => group.questions[0]!);
}
