import { describe, expect, it } from 'vitest';
import { AREA_SLUGS, CONTEXTS, CONTEXT_WEIGHTS, CRITERIA, type Context, type Criterion } from '../../src/config';
import {
  assessSkills,
  directionWeights,
  planWeeks,
  type AssessableSkill,
  type DirectionWeights,
  type Ratings,
} from '../../src/lib/assessment';
import { rankAreas } from '../../src/lib/rankAreas';

const scores = (values: number[]) =>
  Object.fromEntries(CRITERIA.map((criterion, index) => [criterion, values[index]])) as Record<Criterion, number>;
// Six directions with distinct profiles (scarcity, barrier, demand, hardware, tob, toc).
const areas = [
  { slug: 'pretraining', rank: 1, scores: scores([5, 5, 3, 5, 3, 4]) },
  { slug: 'data', rank: 2, scores: scores([3, 3, 5, 2, 5, 4]) },
  { slug: 'applications', rank: 3, scores: scores([2, 2, 5, 1, 5, 5]) },
  { slug: 'alignment', rank: 4, scores: scores([4, 4, 3, 4, 2, 5]) },
  { slug: 'inference', rank: 5, scores: scores([2, 3, 4, 3, 4, 4]) },
  { slug: 'fine-tuning', rank: 6, scores: scores([1, 1, 4, 2, 4, 3]) },
];

const only = (area: (typeof AREA_SLUGS)[number]) => directionWeights({ kind: 'area', area }, areas);

const skill = (id: string, fields: Partial<AssessableSkill> = {}): AssessableSkill => ({
  id,
  group: 'inference',
  areas: ['inference'],
  stage: 'fundamentals',
  after: [],
  hours: 9,
  questions: [],
  ...fields,
});

describe('directionWeights', () => {
  it('counts only the chosen direction for a direction target', () => {
    expect(only('data')).toEqual({ pretraining: 0, data: 1, applications: 0, alignment: 0, inference: 0, 'fine-tuning': 0 });
  });

  it.each(CONTEXTS)('reproduces the order of the %s preset on the ranking page, top direction at 1', (context) => {
    const weights = directionWeights({ kind: 'context', context }, areas);
    const ranked = rankAreas(areas, CONTEXT_WEIGHTS[context]);
    const inRankingOrder = ranked.map(({ area }) => weights[area.slug as keyof DirectionWeights]);
    expect(inRankingOrder[0]).toBe(1);
    expect(inRankingOrder).toEqual([...inRankingOrder].sort((a, b) => b - a));
    for (const { area, score } of ranked)
      expect(weights[area.slug as keyof DirectionWeights]).toBeCloseTo(score / ranked[0]!.score);
  });

  it('weights a startup context towards applications and away from pretraining', () => {
    const weights = directionWeights({ kind: 'context', context: 'startup' }, areas);
    expect(weights.applications).toBe(1);
    expect(weights.pretraining).toBeLessThan(weights.inference);
  });

  it('weights nothing for a context it does not know, instead of throwing', () => {
    const weights = directionWeights({ kind: 'context', context: 'nowhere' as Context }, areas);
    expect(Object.values(weights)).toEqual(AREA_SLUGS.map(() => 0));
  });
});

describe('assessSkills', () => {
  const skills = [
    skill('inf-kv-cache'),
    skill('fund-attention', { group: 'fundamentals', areas: ['pretraining', 'inference'] }),
    skill('app-serving', { group: 'applications', areas: ['applications', 'inference'] }),
    skill('pre-parallelism', { group: 'pretraining', areas: ['pretraining'] }),
  ];

  it('asks level 3 of the target direction’s own skills, 2 of other skills it needs, nothing of the rest', () => {
    const report = assessSkills(skills, { weights: only('inference'), ratings: {} });
    expect(report.skills.map((entry) => [entry.skill.id, entry.required, entry.importance])).toEqual([
      ['inf-kv-cache', 3, 1],
      ['fund-attention', 2, 1],
      ['app-serving', 2, 1],
      ['pre-parallelism', 0, 0],
    ]);
  });

  it('counts an unrated or malformed rating as 0 and reports it as unrated', () => {
    const ratings = { 'inf-kv-cache': 5, 'fund-attention': '2', 'app-serving': 2 } as unknown as Ratings;
    const report = assessSkills(skills, { weights: only('inference'), ratings });
    expect(report.skills.map((entry) => [entry.rating, entry.rated])).toEqual([
      [0, false],
      [0, false],
      [2, true],
      [0, false],
    ]);
  });

  it('splits strengths from gaps and costs each gap in whole hours, at least 1', () => {
    const report = assessSkills(
      [skill('inf-a', { hours: 10 }), skill('inf-b', { hours: 2 }), skill('inf-c', { hours: 4 }), skill('inf-d', { hours: 9 })],
      { weights: only('inference'), ratings: { 'inf-a': 1, 'inf-b': 2, 'inf-c': 3, 'inf-d': 0 } },
    );
    expect(report.strengths.map((entry) => entry.skill.id)).toEqual(['inf-c']);
    expect(Object.fromEntries(report.gaps.map((gap) => [gap.skill.id, gap.hours]))).toEqual({
      'inf-a': 7,
      'inf-b': 1,
      'inf-d': 9,
    });
    expect(report.hours).toBe(17);
  });

  it('puts the fundamentals first, then the target’s own skills, then supporting ones; earlier stages and smaller gaps first', () => {
    const report = assessSkills(
      [
        skill('inf-support', { areas: ['inference', 'applications'], hours: 3 }),
        skill('app-rag', { group: 'applications', areas: ['applications'], stage: 'rag', hours: 6 }),
        skill('app-big', { group: 'applications', areas: ['applications'], hours: 30 }),
        skill('app-small', { group: 'applications', areas: ['applications'], hours: 6 }),
        skill('fund-x', { group: 'fundamentals', areas: ['applications'], stage: 'prompting' }),
      ],
      { weights: only('applications'), ratings: {} },
    );
    expect(report.gaps.map((gap) => gap.skill.id)).toEqual(['fund-x', 'app-small', 'app-big', 'app-rag', 'inf-support']);
  });

  it('asks a preset only for the skills of its leading directions', () => {
    const weights = directionWeights({ kind: 'context', context: 'guide' }, areas);
    const slugs = Object.keys(weights) as (keyof typeof weights)[];
    const top = slugs.reduce((best, slug) => (weights[slug] > weights[best] ? slug : best));
    const low = slugs.reduce((worst, slug) => (weights[slug] < weights[worst] ? slug : worst));
    expect(weights[low]).toBeLessThan(0.8);
    const report = assessSkills(
      [skill('top-skill', { group: top, areas: [top] }), skill('low-skill', { group: low, areas: [low] })],
      { weights, ratings: {} },
    );
    expect(report.skills.map((entry) => entry.required)).toEqual([3, 0]);
  });

  it('weighs a preset: its top directions first', () => {
    const weights = directionWeights({ kind: 'context', context: 'startup' }, areas);
    const report = assessSkills(
      [
        skill('pre-small', { group: 'pretraining', areas: ['pretraining'], hours: 3 }),
        skill('app-small', { group: 'applications', areas: ['applications'], hours: 3 }),
      ],
      { weights, ratings: {} },
    );
    expect(report.gaps[0]?.skill.id).toBe('app-small');
  });

  it('never puts a gap before its prerequisites, even one of a later stage', () => {
    const report = assessSkills(
      [
        skill('inf-a', { after: ['inf-b'], hours: 40 }),
        skill('inf-b', { stage: 'rag', after: ['inf-c'] }),
        skill('inf-c', { stage: 'prompting' }),
        skill('inf-d', { stage: 'platform-apps' }),
        skill('inf-e', { after: ['inf-missing'] }),
      ],
      { weights: only('inference'), ratings: {} },
    );
    const order = report.gaps.map((gap) => gap.skill.id);
    expect(order).toEqual(['inf-e', 'inf-c', 'inf-d', 'inf-b', 'inf-a']);
  });

  it('waits for the skills a stage teaches before the skills that build on that stage', () => {
    const report = assessSkills(
      [
        skill('app-after-rag', { group: 'applications', areas: ['applications'], stage: 'rag', hours: 3 }),
        skill('app-chunking', {
          group: 'applications',
          areas: ['applications'],
          stage: 'prompting',
          section: 'roadmap/rag#chunking',
          hours: 40,
        }),
        skill('inf-support', { areas: ['inference', 'applications'], section: 'roadmap/prompting#eval', hours: 2 }),
      ],
      { weights: only('applications'), ratings: {} },
    );
    expect(report.gaps.map((gap) => gap.skill.id)).toEqual(['inf-support', 'app-chunking', 'app-after-rag']);
  });

  it('leaves prerequisites the reader already has out of the order', () => {
    const report = assessSkills([skill('inf-a', { after: ['inf-b'] }), skill('inf-b', { stage: 'rag' })], {
      weights: only('inference'),
      ratings: { 'inf-b': 3 },
    });
    expect(report.gaps.map((gap) => gap.skill.id)).toEqual(['inf-a']);
  });

  it('still orders every gap when prerequisites form a cycle', () => {
    const report = assessSkills([skill('inf-a', { after: ['inf-b'] }), skill('inf-b', { after: ['inf-a'] })], {
      weights: only('inference'),
      ratings: {},
    });
    expect(report.gaps.map((gap) => gap.skill.id)).toEqual(['inf-a', 'inf-b']);
  });

  it('flags a rating of 2 or more that practice marks contradict', () => {
    const withQuestions = [
      skill('inf-a', { questions: ['q1', 'q2'] }),
      skill('inf-b', { questions: ['q1'] }),
      skill('inf-c', { questions: ['q3'] }),
    ];
    const report = assessSkills(withQuestions, {
      weights: only('inference'),
      ratings: { 'inf-a': 3, 'inf-b': 1, 'inf-c': 2 },
      practice: { q1: 'known', q2: 'unknown', q3: 'known' },
    });
    expect(report.unsupported.map((entry) => [entry.skill.id, entry.unknownQuestions])).toEqual([['inf-a', ['q2']]]);
    expect(report.skills[1]!.unknownQuestions).toEqual([]);
  });

  it('gives an empty report for no skills', () => {
    expect(assessSkills([], { weights: only('data'), ratings: {} })).toEqual({
      skills: [],
      strengths: [],
      gaps: [],
      unsupported: [],
      hours: 0,
    });
  });
});

describe('planWeeks', () => {
  const gap = (id: string, hours: number) => ({ id, hours });
  const start = new Date(2027, 2, 1);
  const day = (date: number) => new Date(2027, 2, date);
  const summary = (plan: ReturnType<typeof planWeeks<{ id: string; hours: number }>>) =>
    plan.weeks.map((week) => [
      week.start,
      week.end,
      week.hours,
      week.items.map((item) => `${item.gap.id} ${item.hours} ${item.part}/${item.parts}`),
    ]);

  it('fills weeks in order and lets a large gap run on into the next weeks', () => {
    const plan = planWeeks([gap('a', 7), gap('b', 5), gap('c', 12)], { hoursPerWeek: 10, start, deadline: day(31) });
    expect(summary(plan)).toEqual([
      ['2027-03-01', '2027-03-07', 10, ['a 7 1/1', 'b 3 1/2']],
      ['2027-03-08', '2027-03-14', 10, ['b 2 2/2', 'c 8 1/2']],
      ['2027-03-15', '2027-03-21', 4, ['c 4 2/2']],
    ]);
    expect(plan.fits).toBe(true);
    expect(plan.unplanned).toEqual([]);
    expect(plan.messages).toEqual([]);
  });

  it('re-assesses at the end of a short plan, and after four weeks of a long one', () => {
    expect(planWeeks([gap('a', 24)], { hoursPerWeek: 10, start, deadline: day(31) }).reassessOn).toBe('2027-03-22');
    expect(planWeeks([gap('a', 60)], { hoursPerWeek: 10, start, deadline: new Date(2027, 5, 1) }).reassessOn).toBe('2027-03-29');
    expect(planWeeks([], { hoursPerWeek: 10, start, deadline: day(31) }).reassessOn).toBe('2027-03-29');
  });

  it('keeps the run of gaps that fits by the deadline, says so, and says what would fit everything', () => {
    const plan = planWeeks([gap('a', 7), gap('b', 5), gap('c', 12), gap('d', 1)], { hoursPerWeek: 10, start, deadline: day(10) });
    expect(summary(plan)).toEqual([
      ['2027-03-01', '2027-03-07', 10, ['a 7 1/1', 'b 3 1/2']],
      ['2027-03-08', '2027-03-10', 2, ['b 2 2/2']],
    ]);
    expect(plan.fits).toBe(false);
    // The 1-hour gap would fit, but it comes after a gap that does not: a plan never skips ahead of the order.
    expect(plan.unplanned.map((entry) => entry.id)).toEqual(['c', 'd']);
    expect(plan.messages).toEqual([{ code: 'does-not-fit', hoursShort: 13, hoursPerWeekNeeded: 18, fitsBy: '2027-03-18' }]);
    expect(plan.reassessOn).toBe('2027-03-11');
  });

  it('counts a deadline on the start day as one day of hours', () => {
    const plan = planWeeks([gap('a', 1), gap('b', 1)], { hoursPerWeek: 14, start, deadline: start });
    expect(summary(plan)).toEqual([['2027-03-01', '2027-03-01', 2, ['a 1 1/1', 'b 1 1/1']]]);
    expect(plan.fits).toBe(true);
  });

  it('splits fractional hours a week exactly', () => {
    const plan = planWeeks([gap('a', 4)], { hoursPerWeek: 2.5, start, deadline: day(31) });
    expect(summary(plan)).toEqual([
      ['2027-03-01', '2027-03-07', 2.5, ['a 2.5 1/2']],
      ['2027-03-08', '2027-03-14', 1.5, ['a 1.5 2/2']],
    ]);
    const odd = planWeeks([gap('a', 1), gap('b', 1)], { hoursPerWeek: 1.3, start, deadline: day(31) });
    expect(odd.weeks.map((week) => week.hours)).toEqual([1.3, 0.7]);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY, 0.001])(
    'plans nothing for %s hours a week and says why',
    (hoursPerWeek) => {
      const plan = planWeeks([gap('a', 3)], { hoursPerWeek, start, deadline: day(31) });
      expect(plan).toMatchObject({ weeks: [], fits: false, messages: [{ code: 'no-hours' }], reassessOn: '2027-03-29' });
      expect(plan.unplanned.map((entry) => entry.id)).toEqual(['a']);
    },
  );

  it('plans nothing for a deadline before the start, and says by when it would fit', () => {
    const plan = planWeeks([gap('a', 15)], { hoursPerWeek: 10, start, deadline: new Date(2027, 1, 20) });
    expect(plan).toMatchObject({ weeks: [], fits: false, messages: [{ code: 'deadline-passed', fitsBy: '2027-03-11' }] });
  });

  it('reports every problem at once', () => {
    const plan = planWeeks([gap('a', 1)], { hoursPerWeek: 0, start, deadline: new Date(2026, 0, 1) });
    expect(plan.messages).toEqual([{ code: 'no-hours' }, { code: 'deadline-passed' }]);
  });

  it('plans nothing for a date that is not one, without throwing', () => {
    for (const options of [
      { start: new Date('not a date'), deadline: day(31) },
      { start, deadline: new Date(Number.NaN) },
      { start, deadline: new Date(8.64e15) },
      { start, deadline: null as unknown as Date },
    ]) {
      const plan = planWeeks([gap('a', 1)], { hoursPerWeek: 10, ...options });
      expect(plan.messages).toEqual([{ code: 'invalid-date' }]);
      expect(plan.weeks).toEqual([]);
    }
    expect(planWeeks([gap('a', 1)], { hoursPerWeek: 10, start: new Date('x'), deadline: day(31) }).reassessOn).toBeUndefined();
  });

  it('fits an empty list of gaps', () => {
    expect(planWeeks([], { hoursPerWeek: 10, start, deadline: day(31) })).toEqual({
      weeks: [],
      fits: true,
      unplanned: [],
      reassessOn: '2027-03-29',
      messages: [],
    });
  });

  it('takes odd gap hours without throwing: nothing for none, never a gap without end', () => {
    const plan = planWeeks([gap('none', Number.NaN), gap('a', 2), gap('endless', Number.POSITIVE_INFINITY), gap('huge', 1e300)], {
      hoursPerWeek: 10,
      start,
      deadline: day(31),
    });
    expect(summary(plan)).toEqual([['2027-03-01', '2027-03-07', 2, ['none 0 1/1', 'a 2 1/1']]]);
    expect(plan.unplanned.map((entry) => entry.id)).toEqual(['endless', 'huge']);
    expect(plan.messages[0]).toMatchObject({ code: 'does-not-fit', fitsBy: undefined });
  });

  it('plans the gaps of a report', () => {
    const report = assessSkills([skill('inf-a', { hours: 12 }), skill('inf-b', { after: ['inf-a'], hours: 3 })], {
      weights: only('inference'),
      ratings: { 'inf-b': 1 },
    });
    const plan = planWeeks(report.gaps, { hoursPerWeek: 8, start, deadline: day(31) });
    expect(plan.weeks.map((week) => week.items.map((item) => `${item.gap.skill.id} ${item.hours}`))).toEqual([
      ['inf-a 8'],
      ['inf-a 4', 'inf-b 2'],
    ]);
  });
});
