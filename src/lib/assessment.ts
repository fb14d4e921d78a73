// The self-assessment: what a target asks of each skill, the reader's strengths and gaps in a
// learning order, and those gaps laid into weeks that fit the reader's hours and deadline.
// Pure functions over plain data; odd input gives a message, never an exception.
import { AREA_SLUGS, CONTEXT_WEIGHTS, STAGE_SLUGS, type AreaSlug, type Context } from '../config';
import { toDay } from './practice';
import { rankAreas, type RankableArea } from './rankAreas';

/** 0 not yet, 1 can explain, 2 can implement and reproduce a number, 3 can tune and debug under real constraints. */
export type Level = 0 | 1 | 2 | 3;

/** What the reader aims at: one direction, or a context preset of the ranking page. */
export type Target = { kind: 'area'; area: AreaSlug } | { kind: 'context'; context: Context };

/** How much each direction counts for a target, 0–1. */
export type DirectionWeights = Record<AreaSlug, number>;

/** The reader's rating per skill id; a missing or malformed value counts as unrated. */
export type Ratings = Readonly<Partial<Record<string, Level>>>;

/** The reader's last practice mark per question id. */
export type PracticeMarks = Readonly<Partial<Record<string, 'known' | 'unknown'>>>;

/** The fields of a skill the assessment reads. */
export interface AssessableSkill {
  id: string;
  group: string;
  areas: readonly string[];
  stage: string;
  after: readonly string[];
  hours: number;
  questions: readonly string[];
  /** The section that teaches it; a roadmap stage's section makes it a prerequisite of later stages' skills. */
  section?: string;
}

export interface SkillAssessment<T extends AssessableSkill> {
  skill: T;
  /** The level the target asks for; 0 when it does not need the skill. */
  required: Level;
  /** 0–1: the largest weight among the skill's directions. */
  importance: number;
  /** The reader's rating; 0 when unrated. */
  rating: Level;
  rated: boolean;
  /** Linked questions the reader marked unknown although the rating is 2 or more. */
  unknownQuestions: string[];
}

export interface Gap<T extends AssessableSkill> extends SkillAssessment<T> {
  /** Hours to close the gap: the skill's hours × (required − rating) / 3, rounded up, at least 1. */
  hours: number;
}

export interface AssessmentReport<T extends AssessableSkill> {
  /** Every skill, in input order. */
  skills: SkillAssessment<T>[];
  /** Required skills rated at or above the level asked, most important first. */
  strengths: SkillAssessment<T>[];
  /** Required skills below the level asked, in learning order: never before a prerequisite. */
  gaps: Gap<T>[];
  /** Ratings of 2 or more that the reader's practice contradicts. */
  unsupported: SkillAssessment<T>[];
  /** The hours all gaps take together. */
  hours: number;
}

const LEVELS: readonly Level[] = [0, 1, 2, 3];
/**
 * A direction the target asks skills for: the chosen one, or under a preset those scoring at least
 * this share of the top score. Below it a preset would ask for every skill of the guide.
 */
const LEADING_WEIGHT = 0.8;
/** A re-assessment comes at the end of the plan or after this many weeks, whichever is sooner. */
export const REASSESS_AFTER_WEEKS = 4;

const isArea = (slug: string): slug is AreaSlug => (AREA_SLUGS as readonly string[]).includes(slug);

/** Direction weights for a target: 1 for the chosen direction, or each direction's ranking score under the preset divided by the top score. */
export function directionWeights(target: Target, areas: readonly RankableArea[]): DirectionWeights {
  const weights = Object.fromEntries(AREA_SLUGS.map((slug) => [slug, 0])) as DirectionWeights;
  if (target.kind === 'area') {
    if (isArea(target.area)) weights[target.area] = 1;
    return weights;
  }
  const preset = CONTEXT_WEIGHTS[target.context];
  if (!preset) return weights;
  const ranked = rankAreas(areas, preset);
  const top = ranked[0]?.score ?? 0;
  for (const { area, score } of ranked) {
    // Without a positive top score the preset prefers nothing, so every direction counts fully.
    if (isArea(area.slug)) weights[area.slug] = top > 0 ? Math.max(0, score / top) : 1;
  }
  return weights;
}

function assessSkill<T extends AssessableSkill>(skill: T, weights: DirectionWeights, ratings: Ratings, practice: PracticeMarks) {
  const weightOf = (slug: string) => {
    const weight = isArea(slug) ? weights[slug] : 0;
    return Number.isFinite(weight) && weight > 0 ? weight : 0;
  };
  const importance = Math.max(0, ...skill.areas.map(weightOf));
  const required: Level = weightOf(skill.group) >= LEADING_WEIGHT ? 3 : importance >= LEADING_WEIGHT ? 2 : 0;
  const given = LEVELS.find((level) => level === ratings[skill.id]);
  const rating = given ?? 0;
  const unknownQuestions = rating >= 2 ? skill.questions.filter((question) => practice[question] === 'unknown') : [];
  return { skill, required, importance, rating, rated: given !== undefined, unknownQuestions };
}

const stageIndex = (slug: string) => Math.max(0, (STAGE_SLUGS as readonly string[]).indexOf(slug));
/** The roadmap stage whose page teaches a skill, from its `section` ("roadmap/<stage>#…"). */
const teachingStage = (section: string | undefined) => /^roadmap\/([a-z-]+)#/.exec(section ?? '')?.[1];

/**
 * Learning order. A gap waits for its `after` skills and for the skills taught by the stages up to the
 * one it builds on; among the gaps that are ready, the fundamentals come first, then the target's own
 * skills, then the supporting ones; within those, earlier stages, more important, smaller first.
 */
function orderGaps<T extends AssessableSkill>(gaps: readonly Gap<T>[]): Gap<T>[] {
  const byId = new Map(gaps.map((gap) => [gap.skill.id, gap]));
  const prerequisites = new Map(
    gaps.map((gap) => {
      const taughtBefore = gaps.filter((other) => {
        const stage = teachingStage(other.skill.section);
        return other !== gap && stage !== undefined && stageIndex(stage) <= stageIndex(gap.skill.stage);
      });
      const after = gap.skill.after.filter((id) => byId.has(id) && id !== gap.skill.id);
      return [gap.skill.id, new Set([...after, ...taughtBefore.map((other) => other.skill.id)])];
    }),
  );
  const tier = (gap: Gap<T>) => (gap.skill.group === 'fundamentals' ? 0 : gap.required === 3 ? 1 : 2);
  const precedes = (a: Gap<T>, b: Gap<T>) =>
    tier(a) - tier(b) ||
    stageIndex(a.skill.stage) - stageIndex(b.skill.stage) ||
    b.importance - a.importance ||
    a.hours - b.hours ||
    a.skill.id.localeCompare(b.skill.id);
  const pending = [...gaps];
  const placed = new Set<string>();
  const ordered: Gap<T>[] = [];
  while (pending.length > 0) {
    const ready = pending.filter((gap) => [...prerequisites.get(gap.skill.id)!].every((id) => placed.has(id)));
    // A cycle (the build rejects `after` cycles; stage rules can still meet one) must not stall the order.
    const pool = ready.length > 0 ? ready : pending;
    const next = pool.reduce((best, gap) => (precedes(gap, best) < 0 ? gap : best));
    ordered.push(next);
    placed.add(next.skill.id);
    pending.splice(pending.indexOf(next), 1);
  }
  return ordered;
}

/**
 * Rates every skill against the direction weights of a target: a skill of a leading direction's own
 * group is asked at level 3, any other skill of a leading direction at level 2.
 */
export function assessSkills<T extends AssessableSkill>(
  skills: readonly T[],
  input: { weights: DirectionWeights; ratings: Ratings; practice?: PracticeMarks },
): AssessmentReport<T> {
  const assessed = skills.map((skill) => assessSkill(skill, input.weights, input.ratings, input.practice ?? {}));
  const required = assessed.filter((entry) => entry.required > 0);
  const strengths = required
    .filter((entry) => entry.rating >= entry.required)
    .sort((a, b) => b.importance - a.importance || a.skill.id.localeCompare(b.skill.id));
  const gaps = orderGaps(
    required
      .filter((entry) => entry.rating < entry.required)
      .map((entry) => {
        const hours = Math.ceil((entry.skill.hours * (entry.required - entry.rating)) / 3);
        return { ...entry, hours: hours > 1 ? hours : 1 };
      }),
  );
  return {
    skills: assessed,
    strengths,
    gaps,
    unsupported: assessed.filter((entry) => entry.unknownQuestions.length > 0),
    hours: gaps.reduce((sum, gap) => sum + gap.hours, 0),
  };
}

export interface PlanOptions {
  hoursPerWeek: number;
  /** The first day of the plan, usually today. */
  start: Date;
  /** The last day by which the plan should be done. */
  deadline: Date;
}

export interface PlannedPart<G> {
  gap: G;
  /** Hours of this gap in this week. */
  hours: number;
  /** 1-based: which of the weeks this gap spans this is. */
  part: number;
  parts: number;
}

export interface PlanWeek<G> {
  /** First and last day of the week (YYYY-MM-DD); the last week ends at the deadline at the latest. */
  start: string;
  end: string;
  hours: number;
  items: PlannedPart<G>[];
}

/**
 * Why a plan is empty or short. `fitsBy` is the earliest deadline that holds every gap at the
 * reader's hours; `hoursPerWeekNeeded` the whole hours a week that would fit them by the deadline.
 */
export type PlanMessage =
  | { code: 'no-hours' }
  | { code: 'invalid-date' }
  | { code: 'deadline-passed'; fitsBy?: string }
  | { code: 'does-not-fit'; hoursShort: number; hoursPerWeekNeeded: number; fitsBy?: string };

export interface WeekPlan<G> {
  weeks: PlanWeek<G>[];
  /** Every gap is planned before the deadline. */
  fits: boolean;
  /** Gaps left out, in order: the plan keeps the longest run of gaps that fits, so no prerequisite is skipped. */
  unplanned: G[];
  /** The day after the plan's last week or four weeks after the start, whichever is sooner. */
  reassessOn?: string;
  messages: PlanMessage[];
}

const YEAR_RANGE = { min: 1000, max: 9999 };

function dayOf(date: Date): string | undefined {
  if (!(date instanceof Date) || !Number.isFinite(date.getTime())) return undefined;
  const year = date.getFullYear();
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? toDay(date) : undefined;
}

function utcOf(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year!, month! - 1, date!);
}

/** A day plus a number of days, or undefined beyond the year 9999 (computed in UTC, so daylight saving cannot skip a day). */
function shiftDay(day: string, days: number): string | undefined {
  const shifted = new Date(utcOf(day) + days * 86_400_000);
  const year = shifted.getUTCFullYear();
  return Number.isFinite(shifted.getTime()) && year <= YEAR_RANGE.max ? shifted.toISOString().slice(0, 10) : undefined;
}

/** Lays gaps, in their order, into weeks from the start; a gap larger than a week's hours runs on into the next weeks. */
function layOut<G>(gaps: readonly G[], minutes: readonly number[], perWeek: number, start: string, last: string): PlanWeek<G>[] {
  const weeks: PlanWeek<G>[] = [];
  const parts: { gap: G; minutes: number; week: PlanWeek<G> }[][] = [];
  let room = 0;
  gaps.forEach((gap, index) => {
    const pieces: (typeof parts)[number] = [];
    let left = minutes[index]!;
    do {
      if (weeks.length === 0 || (room <= 0 && left > 0)) {
        const first = shiftDay(start, 7 * weeks.length)!;
        const end = shiftDay(first, 6)!;
        weeks.push({ start: first, end: end < last ? end : last, hours: 0, items: [] });
        room = perWeek;
      }
      const take = Math.min(left, room);
      pieces.push({ gap, minutes: take, week: weeks.at(-1)! });
      left -= take;
      room -= take;
    } while (left > 0);
    parts.push(pieces);
  });
  const weekMinutes = new Map<PlanWeek<G>, number>();
  for (const pieces of parts) {
    pieces.forEach(({ gap, minutes: taken, week }, index) => {
      week.items.push({ gap, hours: taken / 60, part: index + 1, parts: pieces.length });
      weekMinutes.set(week, (weekMinutes.get(week) ?? 0) + taken);
    });
  }
  for (const [week, taken] of weekMinutes) week.hours = taken / 60;
  return weeks;
}

/** Lays the gaps into weeks that fit the reader's hours and deadline, says what does not fit and when to re-assess. */
export function planWeeks<G extends { hours: number }>(gaps: readonly G[], options: PlanOptions): WeekPlan<G> {
  // Whole minutes keep the arithmetic exact for any hours a reader types.
  const perWeek = Number.isFinite(options.hoursPerWeek) ? Math.max(0, Math.round(options.hoursPerWeek * 60)) : 0;
  const minutes = gaps.map((gap) => (gap.hours > 0 ? Math.round(gap.hours * 60) : 0));
  const total = minutes.reduce((sum, value) => sum + value, 0);
  const start = dayOf(options.start);
  const deadline = dayOf(options.deadline);
  const days = start && deadline ? (utcOf(deadline) - utcOf(start)) / 86_400_000 + 1 : 0;
  const fitsBy =
    start && perWeek > 0 && Number.isFinite(total)
      ? shiftDay(start, Math.max(1, Math.ceil((total * 7) / perWeek)) - 1)
      : undefined;

  const messages: PlanMessage[] = [];
  if (perWeek <= 0) messages.push({ code: 'no-hours' });
  if (!start || !deadline) messages.push({ code: 'invalid-date' });
  else if (days < 1) messages.push({ code: 'deadline-passed', fitsBy });

  let count = 0;
  let planned = 0;
  if (messages.length === 0) {
    // Compared in whole numbers: the gaps so far must fit in hoursPerWeek × days / 7.
    while (count < gaps.length && (planned + minutes[count]!) * 7 <= perWeek * days) planned += minutes[count++]!;
  }
  const weeks = count > 0 ? layOut(gaps.slice(0, count), minutes, perWeek, start!, deadline!) : [];
  const fits = messages.length === 0 && count === gaps.length;
  if (messages.length === 0 && !fits) {
    messages.push({
      code: 'does-not-fit',
      hoursShort: (total - planned) / 60,
      hoursPerWeekNeeded: Math.ceil((total * 7) / (days * 60)),
      fitsBy,
    });
  }
  const planEnd = weeks.length > 0 ? shiftDay(weeks.at(-1)!.end, 1) : undefined;
  const fourWeeks = start ? shiftDay(start, 7 * REASSESS_AFTER_WEEKS) : undefined;
  const reassessOn = planEnd && fourWeeks && planEnd < fourWeeks ? planEnd : fourWeeks;
  return { weeks, fits, unplanned: gaps.slice(count), reassessOn, messages };
}
