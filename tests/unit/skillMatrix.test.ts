import { describe, expect, it } from 'vitest';
import { findSection, groupSkills, sectionPage, splitCodeSpans } from '../../src/lib/skillMatrix';

const skill = (id: string, group: string, stage: string) => ({ id, data: { group, stage } });

describe('groupSkills', () => {
  it('orders groups like the glossary and each group by stage, then id, leaving empty groups out', () => {
    const grouped = groupSkills([
      skill('inf-b', 'inference', 'fundamentals'),
      skill('fund-z', 'fundamentals', 'fundamentals'),
      skill('inf-a', 'inference', 'rag'),
      skill('inf-c', 'inference', 'fundamentals'),
      skill('pre-a', 'pretraining', 'domain-fine-tuning'),
    ]);
    expect(grouped.map(({ group, skills }) => [group, skills.map((entry) => entry.id)])).toEqual([
      ['fundamentals', ['fund-z']],
      ['pretraining', ['pre-a']],
      ['inference', ['inf-b', 'inf-c', 'inf-a']],
    ]);
  });
});

describe('sections', () => {
  const titles = new Map([
    ['areas/data#core-knowledge', { heading: 'Core knowledge' }],
    ['areas/data#how-to-start', { heading: 'How to start' }],
    ['areas/inference#how-to-start', { heading: 'How to start' }],
  ]);

  it('finds the section of a page by its heading', () => {
    expect(findSection(titles, 'areas/inference', 'How to start')).toBe('areas/inference#how-to-start');
    expect(findSection(titles, 'areas/data', 'How to start')).toBe('areas/data#how-to-start');
  });

  it('finds nothing on a page without that heading', () => {
    expect(findSection(titles, 'areas/alignment', 'How to start')).toBeUndefined();
    expect(findSection(titles, 'areas/data', 'Pitfalls')).toBeUndefined();
  });

  it('names the page of a section link', () => {
    expect(sectionPage('roadmap/rag#layered-evaluation')).toBe('roadmap/rag');
  });
});

describe('splitCodeSpans', () => {
  it('splits a level sentence into text and code spans', () => {
    expect(splitCodeSpans('Can count tokens with `cl100k_base` and `AutoTokenizer`.')).toEqual([
      { code: false, text: 'Can count tokens with ' },
      { code: true, text: 'cl100k_base' },
      { code: false, text: ' and ' },
      { code: true, text: 'AutoTokenizer' },
      { code: false, text: '.' },
    ]);
  });

  it('leaves a sentence without code whole, brackets and all', () => {
    expect(splitCodeSpans('Number the passages [1] to [5].')).toEqual([{ code: false, text: 'Number the passages [1] to [5].' }]);
  });
});
