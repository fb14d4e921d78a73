import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, STAGE_SLUGS, TERM_GROUPS } from '../../src/config';
import { validateSkills, type SkillData, type SkillEntry } from '../../src/lib/validateSkills';
import { questionId, readQuestions, readSectionLinks } from '../helpers/bankSources';
import { CONTENT, listFiles, readSource, readYaml } from '../helpers/contentFiles';

type SkillSource = SkillData & { zh: { name: string; levels: unknown }; en: { name: string; levels: unknown } };

const skillsDir = join(CONTENT, 'skills');
const skills: (SkillEntry & { data: SkillSource })[] = (existsSync(skillsDir) ? listFiles(skillsDir, '.yaml') : []).map((path) => {
  const data = readYaml<SkillSource>(path);
  const id = path.replace(/^.*[\\/]/, '').replace(/\.yaml$/, '');
  return { id, filePath: `content/skills/${id}.yaml`, data: { ...data, after: data.after ?? [], checklist: data.checklist ?? [] } };
});

interface StageSource {
  duration: string;
  checklist: { id: string }[];
}
const stages = LOCALES.flatMap((locale) =>
  STAGE_SLUGS.map((slug) => ({ slug, locale, ...readSource<StageSource>(join(CONTENT, locale, 'stages', `${slug}.mdx`)) })),
);
const checklistIds = stages.filter((stage) => stage.locale === 'en').flatMap((stage) => stage.data.checklist.map((item) => item.id));

describe('the self-assessment skills', () => {
  it('passes the build rules: links that resolve, no cycles, unique names, stage hours within the stage', () => {
    const context = {
      sections: readSectionLinks(),
      checklist: new Set(checklistIds),
      questions: new Set(readQuestions('en').map(questionId)),
      stages: stages.map((stage) => ({
        slug: stage.slug,
        filePath: `content/${stage.locale}/stages/${stage.slug}.mdx`,
        duration: stage.data.duration,
      })),
    };
    expect(validateSkills(skills, context)).toEqual([]);
  });

  it('has 90 to 120 skills', () => {
    expect(skills.length).toBeGreaterThanOrEqual(90);
    expect(skills.length).toBeLessThanOrEqual(120);
  });

  it.each(TERM_GROUPS)('has at least 8 skills in the %s group', (group) => {
    expect(skills.filter((skill) => skill.data.group === group).length).toBeGreaterThanOrEqual(8);
  });

  it('names every skill and describes its four levels in both languages', () => {
    const incomplete = skills.filter((skill) =>
      LOCALES.some((locale) => {
        const { name, levels } = skill.data[locale] ?? {};
        return !name?.trim() || !Array.isArray(levels) || levels.length !== 4 || levels.some((level) => typeof level !== 'string' || !level.trim());
      }),
    );
    expect(incomplete.map((skill) => skill.filePath)).toEqual([]);
  });

  it('counts every stage checklist item as evidence for at least one skill', () => {
    const evidence = new Set(skills.flatMap((skill) => skill.data.checklist));
    expect(checklistIds.filter((id) => !evidence.has(id))).toEqual([]);
  });
});
