// The skill matrix of the self-assessment page: skills grouped like the glossary (fundamentals, then
// the six directions), each group in learning order, and the sections a skill links to.
import { STAGE_SLUGS, TERM_GROUPS, type TermGroup } from '../config';

interface GroupableSkill {
  id: string;
  data: { group: string; stage: string };
}

/** Skills by group in the glossary's group order, each group by roadmap stage and then id; empty groups are left out. */
export function groupSkills<T extends GroupableSkill>(skills: readonly T[]): { group: TermGroup; skills: T[] }[] {
  const stageOf = (skill: T) => (STAGE_SLUGS as readonly string[]).indexOf(skill.data.stage);
  return TERM_GROUPS.map((group) => ({
    group,
    skills: skills
      .filter((skill) => skill.data.group === group)
      .sort((a, b) => stageOf(a) - stageOf(b) || a.id.localeCompare(b.id)),
  })).filter((entry) => entry.skills.length > 0);
}

/** The page part of a section link: "areas/inference" for "areas/inference#kv-cache". */
export function sectionPage(section: string): string {
  return section.split('#')[0]!;
}

/**
 * The section of a page whose heading reads as given, as a section link ("areas/data#how-to-start"),
 * or undefined when the page has no such heading. `titles` is keyed like the section links.
 */
export function findSection(titles: ReadonlyMap<string, { heading: string }>, page: string, heading: string): string | undefined {
  for (const [key, title] of titles) if (sectionPage(key) === page && title.heading === heading) return key;
  return undefined;
}

/** A level sentence as plain text and `code` spans, the only markup skill files use. */
export function splitCodeSpans(text: string): { code: boolean; text: string }[] {
  return text
    .split('`')
    .map((part, index) => ({ code: index % 2 === 1, text: part }))
    .filter((part) => part.text !== '');
}
