// Cross-entry rules for the self-assessment skills: ids named after their group, links to sections,
// checklist items and questions that exist, prerequisites without cycles, unique names, and stage
// skills whose hours fit in the stage's time estimate.
import type { TermGroup } from '../config';
import { normalizeTermName } from './validateGlossary';
import { QUESTION_ID_PREFIX } from './validateQuestions';

export interface SkillData {
  group: TermGroup;
  areas: readonly string[];
  stage: string;
  after: readonly string[];
  hours: number;
  section: string;
  checklist: readonly string[];
  questions: readonly string[];
  zh: { name: string };
  en: { name: string };
}

export interface SkillEntry {
  /** The file name without extension: the skill's stable id. */
  id: string;
  /** Source file, used in messages, e.g. "content/skills/inf-kv-cache.yaml". */
  filePath: string;
  data: SkillData;
}

export interface StageDuration {
  slug: string;
  /** Source file, used in messages. */
  filePath: string;
  /** The stage's `duration` field, e.g. "3–4 周（每周约 10 小时）". */
  duration: string;
}

export interface SkillContext {
  /** Every linkable section, as "areas/<slug>#<id>" or "roadmap/<slug>#<id>". */
  sections: ReadonlySet<string>;
  /** Every stage checklist item id. */
  checklist: ReadonlySet<string>;
  /** Every interview-bank question id. */
  questions: ReadonlySet<string>;
  /** The duration of each stage, in each language. */
  stages: readonly StageDuration[];
}

/** The id prefix of each group's skills, so an id says where a skill belongs. */
export const SKILL_ID_PREFIX: Record<TermGroup, string> = { fundamentals: 'fund-', ...QUESTION_ID_PREFIX };

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const WEEKS = new RegExp(String.raw`${NUMBER}(?:\s*[–—~-]\s*${NUMBER})?\s*(?:周|weeks?\b)`, 'i');
const HOURS = new RegExp(String.raw`${NUMBER}\s*(?:个?小时|h\b|hours?\b)`, 'i');

/** The most hours a stage's `duration` allows: its upper number of weeks times its hours a week; undefined when it says neither. */
export function parseDurationHours(duration: string): number | undefined {
  const weeks = WEEKS.exec(duration);
  const hours = HOURS.exec(duration.slice(weeks ? weeks.index + weeks[0].length : 0));
  if (!weeks || !hours) return undefined;
  return Number(weeks[2] ?? weeks[1]) * Number(hours[1]);
}

function findRepeats(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

/** Every cycle through `after`, once each, starting from its smallest id. */
function findCycles(entries: readonly SkillEntry[]): string[][] {
  const after = new Map(entries.map((entry) => [entry.id, entry.data.after]));
  const done = new Set<string>();
  const cycles = new Map<string, string[]>();
  const visit = (id: string, path: string[]) => {
    const start = path.indexOf(id);
    if (start >= 0) {
      const cycle = path.slice(start);
      // A skill that lists itself is reported on its own, not as a cycle.
      if (cycle.length > 1) {
        const first = cycle.indexOf([...cycle].sort()[0]!);
        const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
        cycles.set(rotated.join(' '), rotated);
      }
      return;
    }
    if (done.has(id) || !after.has(id)) return;
    for (const next of after.get(id)!) visit(next, [...path, id]);
    done.add(id);
  };
  for (const entry of entries) visit(entry.id, []);
  return [...cycles.values()];
}

function findStageOverruns(entries: readonly SkillEntry[], stages: readonly StageDuration[]): string[] {
  const errors: string[] = [];
  const limits = new Map<string, { hours: number; duration: string }>();
  for (const stage of stages) {
    const hours = parseDurationHours(stage.duration);
    if (hours === undefined) {
      errors.push(`${stage.filePath}: field \`duration\`: "${stage.duration}" does not say how many weeks and hours a week`);
      continue;
    }
    const known = limits.get(stage.slug);
    if (!known || hours < known.hours) limits.set(stage.slug, { hours, duration: stage.duration });
  }
  for (const [slug, limit] of limits) {
    const taught = entries.filter((entry) => entry.data.section.startsWith(`roadmap/${slug}#`));
    const total = taught.reduce((sum, entry) => sum + entry.data.hours, 0);
    if (total > limit.hours) {
      errors.push(
        `${taught.map((entry) => entry.filePath).join(', ')}: field \`hours\` adds up to ${total} h for sections of roadmap/${slug}, ` +
          `more than the ${limit.hours} h of the stage ("${limit.duration}")`,
      );
    }
  }
  return errors;
}

export function validateSkills(entries: readonly SkillEntry[], context: SkillContext): string[] {
  const errors: string[] = [];
  const ids = new Set(entries.map((entry) => entry.id));
  const names = { zh: new Map<string, string>(), en: new Map<string, string>() };
  for (const { id, filePath, data } of entries) {
    const prefix = SKILL_ID_PREFIX[data.group];
    if (!id.startsWith(prefix)) errors.push(`${filePath}: id "${id}" must start with "${prefix}" for group "${data.group}"`);
    if (data.group !== 'fundamentals' && data.areas[0] !== data.group) {
      errors.push(`${filePath}: field \`areas\` must start with "${data.group}", the skill's group`);
    }
    for (const field of ['areas', 'after', 'checklist', 'questions'] as const) {
      for (const repeat of findRepeats(data[field])) errors.push(`${filePath}: field \`${field}\`: "${repeat}" is listed twice`);
    }
    if (!context.sections.has(data.section)) {
      errors.push(`${filePath}: field \`section\`: "${data.section}" is not a heading of a chapter or stage`);
    }
    for (const item of data.checklist) {
      if (!context.checklist.has(item)) errors.push(`${filePath}: field \`checklist\`: no stage checklist item "${item}"`);
    }
    for (const question of data.questions) {
      if (!context.questions.has(question))
        errors.push(`${filePath}: field \`questions\`: no question "${question}" in the bank`);
    }
    for (const prerequisite of data.after) {
      if (prerequisite === id) errors.push(`${filePath}: field \`after\` lists the skill itself`);
      else if (!ids.has(prerequisite)) errors.push(`${filePath}: field \`after\`: no skill "${prerequisite}" in content/skills/`);
    }
    for (const locale of ['zh', 'en'] as const) {
      const key = normalizeTermName(data[locale].name);
      const owner = names[locale].get(key);
      if (owner) errors.push(`${filePath}: field \`${locale}.name\`: "${data[locale].name}" is also the name of ${owner}`);
      else names[locale].set(key, filePath);
    }
  }
  const paths = new Map(entries.map((entry) => [entry.id, entry.filePath]));
  for (const cycle of findCycles(entries)) {
    errors.push(`${paths.get(cycle[0]!)}: field \`after\` makes a cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  }
  return [...errors, ...findStageOverruns(entries, context.stages)];
}
