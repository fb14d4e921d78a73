import { describe, expect, it } from 'vitest';
import { CONTEXT_WEIGHTS, CRITERIA, type Weights } from '../../src/config';
import { formatPosition, rankAreas, scoreArea } from '../../src/lib/rankAreas';

const flat = (value: number) => Object.fromEntries(CRITERIA.map((c) => [c, value])) as Weights;
const area = (slug: string, rank: number, scores: Partial<Record<(typeof CRITERIA)[number], number>>) => ({
  slug,
  rank,
  scores: { ...Object.fromEntries(CRITERIA.map((c) => [c, 1])), ...scores } as Record<(typeof CRITERIA)[number], number>,
});

describe('scoreArea', () => {
  it('is the weighted sum of the criterion scores', () => {
    const weights = { ...flat(0), scarcity: 2, hardware: -1 };
    expect(scoreArea(area('x', 1, { scarcity: 5, hardware: 3 }).scores, weights)).toBe(2 * 5 - 3);
  });
});

describe('rankAreas', () => {
  const areas = [area('a', 1, { scarcity: 5 }), area('b', 2, { demand: 5 }), area('c', 3, { tob: 5 })];

  it('orders by score, highest first, and numbers the positions', () => {
    const ranked = rankAreas(areas, { ...flat(0), demand: 1, scarcity: 0.5 });
    expect(ranked.map((r) => r.area.slug)).toEqual(['b', 'a', 'c']);
    expect(ranked.map((r) => r.position)).toEqual([1, 2, 3]);
  });

  it('breaks ties with the editorial rank', () => {
    expect(rankAreas([areas[2]!, areas[0]!, areas[1]!], flat(0)).map((r) => r.area.slug)).toEqual(['a', 'b', 'c']);
  });

  it('gives equal scores a shared position and marks them tied', () => {
    const ranked = rankAreas([...areas, area('d', 4, { scarcity: 0 })], { ...flat(0), scarcity: 1 });
    expect(ranked.map((r) => [r.area.slug, r.position, r.tied])).toEqual([
      ['a', 1, false],
      ['b', 2, true],
      ['c', 2, true],
      ['d', 4, false],
    ]);
  });

  it('has no ties when every score differs', () => {
    expect(rankAreas(areas, { ...flat(0), demand: 1, tob: 0.5 }).some((r) => r.tied)).toBe(false);
  });

  it('lets a negative weight count against a direction', () => {
    const ranked = rankAreas([area('heavy', 1, { hardware: 5 }), area('light', 2, { hardware: 1 })], {
      ...flat(0),
      hardware: -1,
    });
    expect(ranked[0]!.area.slug).toBe('light');
  });

  it('does not reorder the input array', () => {
    const input = [areas[2]!, areas[0]!];
    rankAreas(input, flat(1));
    expect(input.map((a) => a.slug)).toEqual(['c', 'a']);
  });

  it('has a preset for every context with a weight for every criterion', () => {
    for (const weights of Object.values(CONTEXT_WEIGHTS)) {
      expect(Object.keys(weights).sort()).toEqual([...CRITERIA].sort());
    }
  });
});

describe('formatPosition', () => {
  it('prefixes a tied position with "="', () => {
    expect(formatPosition({ position: 2, tied: true })).toBe('=2');
    expect(formatPosition({ position: 2, tied: false })).toBe('2');
  });
});
