import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  emptyProgress,
  encodeShareFragment,
  mergeProgress,
  parseProgress,
  serializeProgress,
  setAssessment,
  setItem,
  type AssessmentState,
  type Progress,
} from '../../src/lib/progress';
import { readCompletedIds, summarizeProgress } from '../../src/lib/progressSummary';

const known = new Set(['rag-eval-set', 'rag-baseline', 'prompting-baseline']);
const at = new Date('2026-01-02T03:04:05.000Z');
const skills = new Set(['fund-tokens', 'inf-kv-cache', 'app-rag-evaluation']);
const assessment: AssessmentState = {
  target: { kind: 'area', area: 'applications' },
  hoursPerWeek: 8,
  deadline: '2026-03-27',
  ratings: { 'app-rag-evaluation': 1, 'fund-tokens': 2 },
  updatedAt: at.toISOString(),
};
const sample: Progress = {
  version: 4,
  completed: ['rag-baseline', 'rag-eval-set'],
  practice: { 'inf-kv-cache': { box: 2, due: '2026-01-05', last: 'known', revision: 1 } },
  assessment,
  updatedAt: at.toISOString(),
};
const noAssessment = { ratings: {} };
/** The sample as a document with its assessment replaced. */
const withAssessment = (value: unknown) => JSON.stringify({ ...sample, assessment: value });

describe('parseProgress', () => {
  it('round-trips serialized progress', () => {
    expect(parseProgress(serializeProgress(sample), known)).toEqual({ ok: true, progress: sample });
  });

  it('sorts and de-duplicates ids', () => {
    const text = JSON.stringify({ ...sample, completed: ['rag-eval-set', 'rag-baseline', 'rag-eval-set'] });
    const result = parseProgress(text, known);
    expect(result.ok && result.progress.completed).toEqual(['rag-baseline', 'rag-eval-set']);
  });

  it('migrates version 1 (a map of done flags)', () => {
    const v1 = JSON.stringify({ version: 1, done: { 'rag-baseline': true, 'rag-eval-set': false } });
    expect(parseProgress(v1, known, { now: at })).toEqual({
      ok: true,
      migratedFrom: 1,
      progress: { version: 4, completed: ['rag-baseline'], practice: {}, assessment: noAssessment, updatedAt: at.toISOString() },
    });
  });

  it('migrates version 2 (checklists only) with empty practice and an empty assessment', () => {
    const v2 = JSON.stringify({ version: 2, completed: ['rag-baseline'], updatedAt: at.toISOString() });
    expect(parseProgress(v2, known)).toEqual({
      ok: true,
      migratedFrom: 2,
      progress: { version: 4, completed: ['rag-baseline'], practice: {}, assessment: noAssessment, updatedAt: at.toISOString() },
    });
  });

  it('migrates version 3 (checklists and practice) with an empty assessment, keeping both', () => {
    const v3 = JSON.stringify({
      version: 3,
      completed: sample.completed,
      practice: sample.practice,
      updatedAt: sample.updatedAt,
    });
    expect(parseProgress(v3, known, { knownSkills: skills })).toEqual({
      ok: true,
      migratedFrom: 3,
      progress: { ...sample, assessment: noAssessment },
    });
  });

  it('sorts ratings by skill id and keeps a rating of 0', () => {
    const result = parseProgress(withAssessment({ ratings: { 'inf-kv-cache': 0, 'fund-tokens': 3 } }), known);
    expect(result.ok && result.progress.assessment).toEqual({ ratings: { 'fund-tokens': 3, 'inf-kv-cache': 0 } });
    expect(result.ok && Object.keys(result.progress.assessment.ratings)).toEqual(['fund-tokens', 'inf-kv-cache']);
  });

  it('reads a context preset as the target', () => {
    const result = parseProgress(withAssessment({ ratings: {}, target: { kind: 'context', context: 'startup' } }), known);
    expect(result.ok && result.progress.assessment.target).toEqual({ kind: 'context', context: 'startup' });
  });

  it.each([
    ['no assessment', undefined, 'assessment'],
    ['an assessment that is a list', [], 'assessment'],
    ['ratings that are a list', { ratings: [2] }, 'assessment'],
    ['a level above 3', { ratings: { 'fund-tokens': 4 } }, 'assessment.ratings.fund-tokens'],
    ['a negative level', { ratings: { 'fund-tokens': -1 } }, 'assessment.ratings.fund-tokens'],
    ['a fractional level', { ratings: { 'fund-tokens': 1.5 } }, 'assessment.ratings.fund-tokens'],
    ['a level as text', { ratings: { 'fund-tokens': '2' } }, 'assessment.ratings.fund-tokens'],
    ['a null level', { ratings: { 'fund-tokens': null } }, 'assessment.ratings.fund-tokens'],
    ['markup as a skill id', { ratings: { '<b>x</b>': 1 } }, 'assessment.ratings.<b>x</b>'],
    ['an unknown direction', { ratings: {}, target: { kind: 'area', area: 'robotics' } }, 'assessment.target'],
    ['an unknown context', { ratings: {}, target: { kind: 'context', context: 'custom' } }, 'assessment.target'],
    ['a target with extra fields', { ratings: {}, target: { kind: 'area', area: 'data', context: 'tob' } }, 'assessment.target'],
    ['a target as text', { ratings: {}, target: 'data' }, 'assessment.target'],
    ['negative hours', { ratings: {}, hoursPerWeek: -1 }, 'assessment.hoursPerWeek'],
    ['more hours than a week has', { ratings: {}, hoursPerWeek: 169 }, 'assessment.hoursPerWeek'],
    ['hours as text', { ratings: {}, hoursPerWeek: '8' }, 'assessment.hoursPerWeek'],
    ['a day that does not exist', { ratings: {}, deadline: '2026-02-30' }, 'assessment.deadline'],
    ['a deadline that is not a day', { ratings: {}, deadline: 'next spring' }, 'assessment.deadline'],
    ['a deadline with a time', { ratings: {}, deadline: '2026-03-27T00:00:00Z' }, 'assessment.deadline'],
    ['a bad timestamp', { ratings: {}, updatedAt: 'yesterday' }, 'assessment.updatedAt'],
  ])('rejects a version 4 document with %s and names the field', (_, value, detail) => {
    expect(parseProgress(withAssessment(value), known)).toEqual({ ok: false, error: 'wrong-shape', detail });
  });

  it('refuses ratings of skills the site does not have when it is given the skills', () => {
    const text = withAssessment({ ratings: { 'fund-retired-skill': 2, 'fund-tokens': 1 } });
    expect(parseProgress(text, known, { knownSkills: skills })).toEqual({
      ok: false,
      error: 'unknown-items',
      detail: 'fund-retired-skill',
    });
  });

  it('keeps ratings of any well-formed skill id on pages that do not list the skills', () => {
    const result = parseProgress(withAssessment({ ratings: { 'fund-retired-skill': 2 } }), known);
    expect(result.ok && result.progress.assessment.ratings).toEqual({ 'fund-retired-skill': 2 });
  });

  it('rejects a forbidden key inside the ratings', () => {
    const text = serializeProgress(sample).replace('"ratings":{', '"ratings":{"__proto__":{"polluted":true},');
    expect(parseProgress(text, known)).toEqual({ ok: false, error: 'forbidden-key', detail: '__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects an assessment that makes the file too large', () => {
    const ratings = Object.fromEntries(Array.from({ length: 4000 }, (_, index) => [`fund-skill-${index}`, 1]));
    expect(parseProgress(withAssessment({ ratings }), known)).toEqual({ ok: false, error: 'too-large' });
  });

  it('keeps practice for questions it does not know, so a renamed bank loses nothing', () => {
    const text = serializeProgress({
      ...sample,
      practice: { 'app-retired-question': { box: 1, due: '2026-01-02', last: 'again', revision: 2 } },
    });
    const result = parseProgress(text, known);
    expect(result.ok && Object.keys(result.progress.practice)).toEqual(['app-retired-question']);
  });

  it.each([
    ['a box out of range', { box: 9, due: '2026-01-05', last: 'known', revision: 1 }],
    ['a box that is not a number', { box: '2', due: '2026-01-05', last: 'known', revision: 1 }],
    ['a day that is not a day', { box: 2, due: 'soon', last: 'known', revision: 1 }],
    ['an unknown grade', { box: 2, due: '2026-01-05', last: 'maybe', revision: 1 }],
    ['a missing revision', { box: 2, due: '2026-01-05', last: 'known' }],
  ])('rejects a practice entry with %s and names it', (_, entry) => {
    const text = JSON.stringify({ ...sample, practice: { 'inf-kv-cache': entry } });
    expect(parseProgress(text, known)).toEqual({ ok: false, error: 'wrong-shape', detail: 'practice.inf-kv-cache' });
  });

  it('rejects practice that is not a map of entries', () => {
    const text = JSON.stringify({ ...sample, practice: [] });
    expect(parseProgress(text, known)).toEqual({ ok: false, error: 'wrong-shape', detail: 'practice' });
  });

  it.each([
    ['invalid JSON', '{"version": 2, "completed": [', 'invalid-json'],
    ['an empty file', '', 'invalid-json'],
    ['an array', '[]', 'wrong-shape'],
    ['a missing version', '{"completed": []}', 'wrong-shape'],
    ['ids that are not strings', '{"version":2,"completed":[1],"updatedAt":"2026-01-01T00:00:00Z"}', 'wrong-shape'],
    ['a bad date', '{"version":2,"completed":[],"updatedAt":"yesterday"}', 'wrong-shape'],
    [
      'markup as an id',
      '{"version":2,"completed":["<img src=x onerror=alert(1)>"],"updatedAt":"2026-01-01T00:00:00Z"}',
      'wrong-shape',
    ],
    ['a future version', '{"version":9,"completed":[]}', 'unsupported-version'],
    ['a fractional version', '{"version":3.5,"completed":[],"updatedAt":"2026-01-01T00:00:00Z"}', 'unsupported-version'],
    ['an unknown item', '{"version":2,"completed":["rag-unknown"],"updatedAt":"2026-01-01T00:00:00Z"}', 'unknown-items'],
    [
      'a __proto__ key',
      '{"version":2,"completed":[],"updatedAt":"2026-01-01T00:00:00Z","__proto__":{"polluted":true}}',
      'forbidden-key',
    ],
    ['a nested constructor key', '{"version":1,"done":{"constructor":{"prototype":{"x":1}}}}', 'forbidden-key'],
  ])('rejects %s', (_, text, error) => {
    const result = parseProgress(text, known);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBe(error);
  });

  it('rejects a file over the size limit before parsing it', () => {
    const big = JSON.stringify({ ...sample, padding: 'x'.repeat(100) });
    expect(parseProgress(big, known, { maxBytes: 64 })).toEqual({ ok: false, error: 'too-large' });
  });

  it('does not pollute Object.prototype', () => {
    parseProgress('{"__proto__":{"polluted":true},"version":2}', known);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names every forbidden key it found', () => {
    expect(parseProgress('{"version":1,"done":{"constructor":{"prototype":{}}}}', known)).toEqual({
      ok: false,
      error: 'forbidden-key',
      detail: 'constructor, prototype',
    });
  });

  it('names the unknown ids it found', () => {
    const result = parseProgress('{"version":2,"completed":["nope-one"],"updatedAt":"2026-01-01T00:00:00Z"}', known);
    expect(result).toEqual({ ok: false, error: 'unknown-items', detail: 'nope-one' });
  });
});

describe('changing and combining progress', () => {
  it('ticks and unticks an item without touching the input', () => {
    const ticked = setItem(emptyProgress(at), 'rag-baseline', true, at);
    expect(ticked.completed).toEqual(['rag-baseline']);
    expect(setItem(ticked, 'rag-baseline', false, at).completed).toEqual([]);
    expect(ticked.completed).toEqual(['rag-baseline']);
  });

  it('merges as a union and keeps the later time', () => {
    const later: Progress = {
      version: 4,
      completed: ['prompting-baseline'],
      practice: { 'app-rag-eval': { box: 1, due: '2026-04-30', last: 'again', revision: 1 } },
      assessment: noAssessment,
      updatedAt: '2026-05-01T00:00:00.000Z',
    };
    expect(mergeProgress(sample, later)).toEqual({
      version: 4,
      completed: ['prompting-baseline', 'rag-baseline', 'rag-eval-set'],
      practice: { ...sample.practice, ...later.practice },
      assessment,
      updatedAt: later.updatedAt,
    });
  });

  it('merges assessments field by field, the newer winning where it has a value, and ratings as a union', () => {
    const newer: AssessmentState = {
      target: { kind: 'context', context: 'tob' },
      hoursPerWeek: 12,
      ratings: { 'fund-tokens': 3, 'inf-kv-cache': 1 },
      updatedAt: '2026-02-01T00:00:00.000Z',
    };
    const expected = {
      target: newer.target,
      hoursPerWeek: 12,
      deadline: assessment.deadline,
      ratings: { 'app-rag-evaluation': 1, 'fund-tokens': 3, 'inf-kv-cache': 1 },
      updatedAt: newer.updatedAt,
    };
    const other = { ...sample, assessment: newer };
    expect(mergeProgress(sample, other).assessment).toEqual(expected);
    expect(mergeProgress(other, sample).assessment).toEqual(expected);
  });

  it('stamps an assessment change on the assessment and the progress, without touching the input', () => {
    const later = new Date('2026-01-03T00:00:00.000Z');
    const changed = setAssessment(sample, { ratings: { 'inf-kv-cache': 2, ...assessment.ratings }, hoursPerWeek: 0 }, later);
    expect(changed.assessment).toEqual({
      ...assessment,
      hoursPerWeek: 0,
      ratings: { 'app-rag-evaluation': 1, 'fund-tokens': 2, 'inf-kv-cache': 2 },
      updatedAt: later.toISOString(),
    });
    expect(Object.keys(changed.assessment.ratings)).toEqual(['app-rag-evaluation', 'fund-tokens', 'inf-kv-cache']);
    expect(changed.updatedAt).toBe(later.toISOString());
    expect(sample.assessment).toBe(assessment);
    expect(parseProgress(serializeProgress(changed), known, { knownSkills: skills })).toEqual({ ok: true, progress: changed });
  });

  it('summarizes per stage and overall', () => {
    expect(
      summarizeProgress(sample.completed, { rag: ['rag-baseline', 'rag-eval-set', 'rag-x'], prompting: ['prompting-baseline'] }),
    ).toEqual({
      stages: { rag: { done: 2, total: 3 }, prompting: { done: 0, total: 1 } },
      overall: { done: 2, total: 4 },
    });
  });
});

describe('readCompletedIds', () => {
  it('reads the ids of a stored value', () => {
    expect(readCompletedIds(serializeProgress(sample))).toEqual(sample.completed);
  });
  it.each([null, '', 'not json', '{"completed":"x"}', '[1,2]', 'null'])('treats %j as nothing completed', (raw) => {
    expect(readCompletedIds(raw)).toEqual([]);
  });
  it('drops ids that are not strings', () => {
    expect(readCompletedIds('{"completed":["a",1,null]}')).toEqual(['a']);
  });
});

describe('share fragments', () => {
  it('round-trip through the URL fragment', () => {
    const fragment = encodeShareFragment(sample);
    expect(fragment).toMatch(/^#progress=[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(fragment, known)).toEqual({ ok: true, progress: sample });
    expect(decodeShareFragment(fragment, known, { knownSkills: skills })).toEqual({ ok: true, progress: sample });
  });

  it('refuse a link whose ratings name skills the site does not have', () => {
    const fragment = encodeShareFragment({ ...sample, assessment: { ratings: { 'pre-gone': 1 } } });
    expect(decodeShareFragment(fragment, known, { knownSkills: skills })).toEqual({
      ok: false,
      error: 'unknown-items',
      detail: 'pre-gone',
    });
  });

  it('ignores fragments that carry no progress', () => {
    expect(decodeShareFragment('#section-2', known)).toBeUndefined();
    expect(decodeShareFragment('', known)).toBeUndefined();
  });

  it('reports damaged fragments', () => {
    expect(decodeShareFragment('#progress=%%%', known)).toEqual({ ok: false, error: 'invalid-json' });
    expect(decodeShareFragment('#progress=bm90IGpzb24', known)).toEqual({ ok: false, error: 'invalid-json' });
  });
});
