import { describe, expect, it } from 'vitest';
import { validateQuestions } from '../../src/lib/validateQuestions';

describe('validateQuestions', () => {
  it('fails on a twin that disagrees, a section that does not exist and a topic that is not listed', () => {
    const question = {
      area: 'inference' as const,
      stages: [],
      level: 'easy',
      topics: ['kv-cache'],
      question: 'What is it?',
      references: [{ id: 'x' }],
      section: 'areas/inference#core-knowledge',
      revision: 1,
    };
    const errors = validateQuestions(
      [
        { id: 'zh/questions/inf-a', filePath: 'content/zh/questions/inf-a.md', data: question },
        {
          id: 'en/questions/inf-a',
          filePath: 'content/en/questions/inf-a.md',
          data: { ...question, level: 'hard', section: 'areas/inference#nowhere', topics: ['nope'] },
        },
        { id: 'en/questions/data-b', filePath: 'content/en/questions/data-b.md', data: { ...question, question: 'Other?' } },
      ],
      { topics: new Map([['inference', new Set(['kv-cache'])]]), sections: new Set(['areas/inference#core-knowledge']) },
    );
    expect(errors).toEqual([
      'content/en/questions/data-b.md: missing translation twin content/zh/questions/data-b.md',
      'content/en/questions/inf-a.md: field `topics`: "nope" is not in content/interview-topics/inference.yaml',
      'content/en/questions/inf-a.md: field `section`: "areas/inference#nowhere" is not a heading of a chapter or stage',
      'content/en/questions/inf-a.md: field `level` is hard but easy in content/zh/questions/inf-a.md',
      'content/en/questions/inf-a.md: field `topics` is [nope] but [kv-cache] in content/zh/questions/inf-a.md',
      'content/en/questions/inf-a.md: field `section` is areas/inference#nowhere but areas/inference#core-knowledge in content/zh/questions/inf-a.md',
      'content/en/questions/data-b.md: id "data-b" must start with "inf-" for area "inference"',
    ]);
  });
});
