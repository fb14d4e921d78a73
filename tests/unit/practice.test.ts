import { describe, expect, it } from 'vitest';
import {
  addDays,
  drawMock,
  dueQuestions,
  gradeQuestion,
  isAnswerUpdated,
  mergePractice,
  resetQuestion,
  summarizePractice,
  toDay,
  type BankQuestion,
  type PracticeState,
} from '../../src/lib/practice';

const today = '2026-12-01';
const bank: BankQuestion[] = [
  { id: 'inf-kv', area: 'inference', level: 'easy', revision: 1 },
  { id: 'inf-batching', area: 'inference', level: 'medium', revision: 2 },
  { id: 'data-dedup', area: 'data', level: 'hard', revision: 1 },
  { id: 'data-minhash', area: 'data', level: 'medium', revision: 1 },
];

/** A deterministic stand-in for Math.random: a fixed cycle of values. */
function cycle(values: number[]): () => number {
  let index = 0;
  return () => values[index++ % values.length];
}

describe('days', () => {
  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('reads the local calendar day', () => {
    expect(toDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('gradeQuestion (Leitner boxes)', () => {
  it('moves a known question up one box at a time with growing intervals, capped at box 5', () => {
    let state: PracticeState = {};
    const dues: string[] = [];
    for (let round = 0; round < 6; round++) {
      state = gradeQuestion(state, bank[0], 'known', today);
      dues.push(`${state['inf-kv'].box}:${state['inf-kv'].due}`);
    }
    expect(dues).toEqual(['1:2026-12-02', '2:2026-12-04', '3:2026-12-08', '4:2026-12-15', '5:2026-12-31', '5:2026-12-31']);
  });

  it('sends a question marked "review again" back to box 1, due today', () => {
    const known = gradeQuestion(gradeQuestion({}, bank[0], 'known', today), bank[0], 'known', today);
    expect(gradeQuestion(known, bank[0], 'again', '2026-12-04')['inf-kv']).toEqual({
      box: 1,
      due: '2026-12-04',
      last: 'again',
      revision: 1,
    });
  });

  it('records the answer revision it was graded against, and leaves the input alone', () => {
    const before: PracticeState = {};
    const after = gradeQuestion(before, bank[1], 'known', today);
    expect(after['inf-batching'].revision).toBe(2);
    expect(before).toEqual({});
  });

  it('forgets one question', () => {
    const state = gradeQuestion(gradeQuestion({}, bank[0], 'known', today), bank[2], 'again', today);
    expect(Object.keys(resetQuestion(state, 'inf-kv'))).toEqual(['data-dedup']);
  });
});

describe('what is due, known and updated', () => {
  const state: PracticeState = {
    'inf-kv': { box: 2, due: '2026-11-30', last: 'known', revision: 1 },
    'inf-batching': { box: 1, due: today, last: 'again', revision: 1 },
    'data-dedup': { box: 3, due: '2026-12-08', last: 'known', revision: 1 },
    'gone-question': { box: 1, due: '2026-01-01', last: 'again', revision: 1 },
  };

  it('lists due questions, most overdue first, and ignores ones not in the bank', () => {
    expect(dueQuestions(state, bank, today).map((question) => question.id)).toEqual(['inf-kv', 'inf-batching']);
  });

  it('counts known per direction and level, due and updated answers', () => {
    expect(summarizePractice(state, bank, today)).toEqual({
      total: 4,
      known: 2,
      due: 2,
      updated: 1,
      byArea: {
        inference: { known: 1, total: 2, byLevel: { easy: { known: 1, total: 1 }, medium: { known: 0, total: 1 } } },
        data: { known: 1, total: 2, byLevel: { hard: { known: 1, total: 1 }, medium: { known: 0, total: 1 } } },
      },
    });
  });

  it('flags a question whose answer was rewritten after it was practised', () => {
    expect(isAnswerUpdated(state['inf-batching'], 2)).toBe(true);
    expect(isAnswerUpdated(state['inf-kv'], 1)).toBe(false);
    expect(isAnswerUpdated(undefined, 3)).toBe(false);
  });
});

describe('drawMock', () => {
  it('draws distinct questions from the chosen directions and levels only', () => {
    const drawn = drawMock(bank, {}, { areas: ['data'], levels: ['medium', 'hard'], count: 5 }, today, cycle([0.3, 0.9]));
    expect(drawn.map((question) => question.id).sort()).toEqual(['data-dedup', 'data-minhash']);
  });

  it('puts due questions first and stops at the count', () => {
    const state: PracticeState = { 'data-minhash': { box: 1, due: today, last: 'again', revision: 1 } };
    const drawn = drawMock(
      bank,
      state,
      { areas: ['data', 'inference'], levels: ['easy', 'medium', 'hard'], count: 2 },
      today,
      cycle([0]),
    );
    expect(drawn).toHaveLength(2);
    expect(drawn[0].id).toBe('data-minhash');
  });

  it('returns nothing for an empty selection or a count of zero', () => {
    expect(drawMock(bank, {}, { areas: [], levels: ['easy'], count: 5 }, today)).toEqual([]);
    expect(drawMock(bank, {}, { areas: ['data'], levels: ['hard'], count: 0 }, today)).toEqual([]);
  });
});

describe('mergePractice', () => {
  it('keeps, per question, the entry scheduled later', () => {
    const a: PracticeState = { 'inf-kv': { box: 3, due: '2026-12-08', last: 'known', revision: 1 } };
    const b: PracticeState = {
      'inf-kv': { box: 1, due: '2026-12-01', last: 'again', revision: 1 },
      'data-dedup': { box: 1, due: '2026-12-02', last: 'known', revision: 1 },
    };
    expect(mergePractice(a, b)).toEqual({ 'inf-kv': a['inf-kv'], 'data-dedup': b['data-dedup'] });
  });
});
