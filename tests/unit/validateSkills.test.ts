import { describe, expect, it } from 'vitest';
import { parseDurationHours, validateSkills, type SkillContext, type SkillEntry } from '../../src/lib/validateSkills';

const skill = (id: string, data: Partial<SkillEntry['data']> = {}): SkillEntry => ({
  id,
  filePath: `content/skills/${id}.yaml`,
  data: {
    group: 'inference',
    areas: ['inference'],
    stage: 'fundamentals',
    after: [],
    hours: 8,
    section: 'areas/inference#kv-cache',
    checklist: [],
    questions: ['inf-kv-cache-basics'],
    zh: { name: `${id} 中` },
    en: { name: id },
    ...data,
  },
});

const context: SkillContext = {
  sections: new Set(['areas/inference#kv-cache', 'roadmap/rag#chunking', 'roadmap/rag#retrieval']),
  checklist: new Set(['fundamentals-kv-cache']),
  questions: new Set(['inf-kv-cache-basics', 'app-rag-chunking']),
  stages: [
    { slug: 'rag', filePath: 'content/zh/stages/rag.mdx', duration: '3–4 周（每周约 10 小时）' },
    { slug: 'rag', filePath: 'content/en/stages/rag.mdx', duration: '3–4 weeks (about 10 hours a week)' },
  ],
};

describe('parseDurationHours', () => {
  it('multiplies the upper number of weeks by the hours a week, in either language', () => {
    expect(parseDurationHours('3–4 周（每周约 10 小时）')).toBe(40);
    expect(parseDurationHours('3–4 weeks (about 10 h a week)')).toBe(40);
    expect(parseDurationHours('3 weeks (about 10 hours a week)')).toBe(30);
    expect(parseDurationHours('2-3 周（每周约 12 小时）')).toBe(36);
    expect(parseDurationHours('4–5 weeks (about 7.5 hours a week)')).toBe(37.5);
  });

  it('gives undefined when the weeks or the hours are missing', () => {
    expect(parseDurationHours('3–4 weeks')).toBeUndefined();
    expect(parseDurationHours('about 10 hours a week')).toBeUndefined();
    expect(parseDurationHours('')).toBeUndefined();
  });
});

describe('validateSkills', () => {
  it('accepts skills that link to what exists, in order, within the stage budget', () => {
    const skills = [
      skill('inf-kv-cache', { checklist: ['fundamentals-kv-cache'], after: ['fund-attention'] }),
      skill('fund-attention', { group: 'fundamentals', areas: ['pretraining', 'inference'] }),
      skill('app-rag-chunking', {
        group: 'applications',
        areas: ['applications', 'data'],
        section: 'roadmap/rag#chunking',
        hours: 40,
        questions: ['app-rag-chunking'],
      }),
    ];
    expect(validateSkills(skills, context)).toEqual([]);
  });

  it('fails on an id without its group prefix and a direction skill that does not list its group first', () => {
    const skills = [skill('kv-cache', { areas: ['applications', 'inference'] })];
    expect(validateSkills(skills, context)).toEqual([
      'content/skills/kv-cache.yaml: id "kv-cache" must start with "inf-" for group "inference"',
      'content/skills/kv-cache.yaml: field `areas` must start with "inference", the skill\'s group',
    ]);
  });

  it('fails on an unknown section, checklist item, question or prerequisite, itself as prerequisite, and repeats', () => {
    const skills = [
      skill('inf-batching', {
        areas: ['inference', 'inference'],
        section: 'areas/inference#nowhere',
        checklist: ['rag-nothing'],
        questions: ['inf-missing'],
        after: ['inf-batching', 'inf-ghost'],
      }),
    ];
    expect(validateSkills(skills, context)).toEqual([
      'content/skills/inf-batching.yaml: field `areas`: "inference" is listed twice',
      'content/skills/inf-batching.yaml: field `section`: "areas/inference#nowhere" is not a heading of a chapter or stage',
      'content/skills/inf-batching.yaml: field `checklist`: no stage checklist item "rag-nothing"',
      'content/skills/inf-batching.yaml: field `questions`: no question "inf-missing" in the bank',
      'content/skills/inf-batching.yaml: field `after` lists the skill itself',
      'content/skills/inf-batching.yaml: field `after`: no skill "inf-ghost" in content/skills/',
    ]);
  });

  it('fails on a cycle through `after`, reported once from its smallest id', () => {
    const skills = [
      skill('inf-c', { after: ['inf-a'] }),
      skill('inf-a', { after: ['inf-b'] }),
      skill('inf-b', { after: ['inf-c'] }),
      skill('inf-d', { after: ['inf-a'] }),
    ];
    expect(validateSkills(skills, context)).toEqual([
      'content/skills/inf-a.yaml: field `after` makes a cycle: inf-a → inf-b → inf-c → inf-a',
    ]);
  });

  it('fails on a name used twice in one language, whatever its case or spacing', () => {
    const skills = [skill('inf-a', { en: { name: 'KV cache sizing' } }), skill('inf-b', { en: { name: 'kv  Cache sizing' } })];
    expect(validateSkills(skills, context)).toEqual([
      'content/skills/inf-b.yaml: field `en.name`: "kv  Cache sizing" is also the name of content/skills/inf-a.yaml',
    ]);
  });

  it('fails when the skills a stage teaches take more hours than the stage allows', () => {
    const skills = [
      skill('app-chunking', { group: 'applications', areas: ['applications'], section: 'roadmap/rag#chunking', hours: 25 }),
      skill('app-retrieval', { group: 'applications', areas: ['applications'], section: 'roadmap/rag#retrieval', hours: 16 }),
      skill('inf-kv-cache', { hours: 40 }),
    ];
    expect(validateSkills(skills, context)).toEqual([
      'content/skills/app-chunking.yaml, content/skills/app-retrieval.yaml: field `hours` adds up to 41 h for sections of roadmap/rag, more than the 40 h of the stage ("3–4 周（每周约 10 小时）")',
    ]);
  });

  it('fails on a stage duration it cannot read, naming the stage file', () => {
    const stages = [{ slug: 'rag', filePath: 'content/en/stages/rag.mdx', duration: 'a few weeks' }];
    expect(validateSkills([], { ...context, stages })).toEqual([
      'content/en/stages/rag.mdx: field `duration`: "a few weeks" does not say how many weeks and hours a week',
    ]);
  });
});
