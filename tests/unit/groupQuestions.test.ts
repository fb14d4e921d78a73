import { describe, expect, it } from 'vitest';
import { countByAreaAndLevel, groupByLevel, pickSelection } from '../../src/lib/groupQuestions';

const q = (area: string, level: 'easy' | 'medium' | 'hard', name: string) => ({ name, data: { area, level, stages: [] } });
const bank = [
  q('data', 'hard', 'd1'),
  q('data', 'easy', 'd2'),
  q('data', 'easy', 'd3'),
  q('data', 'easy', 'd4'),
  q('inference', 'medium', 'i1'),
];

describe('countByAreaAndLevel', () => {
  it('counts per direction and level with totals, including directions without questions', () => {
    expect(countByAreaAndLevel(bank, ['data', 'inference', 'alignment'])).toEqual({
      rows: [
        { area: 'data', byLevel: { easy: 3, medium: 0, hard: 1 }, total: 4 },
        { area: 'inference', byLevel: { easy: 0, medium: 1, hard: 0 }, total: 1 },
        { area: 'alignment', byLevel: { easy: 0, medium: 0, hard: 0 }, total: 0 },
      ],
      totals: { easy: 3, medium: 1, hard: 1 },
      total: 5,
    });
  });
});

describe('groupByLevel and pickSelection', () => {
  it('orders levels easy → hard and skips empty ones', () => {
    expect(
      groupByLevel(bank.filter((question) => question.data.area === 'data')).map((group) => [
        group.level,
        group.questions.map((question) => question.name),
      ]),
    ).toEqual([
      ['easy', ['d2', 'd3', 'd4']],
      ['hard', ['d1']],
    ]);
  });

  it('takes the first question of each level, easy to hard', () => {
    expect(pickSelection(bank).map((question) => question.name)).toEqual(['d2', 'i1', 'd1']);
    expect(pickSelection(bank.filter((question) => question.data.area === 'data')).map((question) => question.name)).toEqual([
      'd2',
      'd1',
    ]);
  });
});
