import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  emptyProgress,
  encodeShareFragment,
  mergeProgress,
  parseProgress,
  serializeProgress,
  setItem,
  type Progress,
} from '../../src/lib/progress';
import { readCompletedIds, summarizeProgress } from '../../src/lib/progressSummary';

const known = new Set(['rag-eval-set', 'rag-baseline', 'prompting-baseline']);
const at = new Date('2026-01-02T03:04:05.000Z');
const sample: Progress = {
  version: 3,
  completed: ['rag-baseline', 'rag-eval-set'],
  practice: { 'inf-kv-cache': { box: 2, due: '2026-01-05', last: 'known', revision: 1 } },
  updatedAt: at.toISOString(),
};

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
      progress: { version: 3, completed: ['rag-baseline'], practice: {}, updatedAt: at.toISOString() },
    });
  });

  it('migrates version 2 (checklists only) with empty practice', () => {
    const v2 = JSON.stringify({ version: 2, completed: ['rag-baseline'], updatedAt: at.toISOString() });
    expect(parseProgress(v2, known)).toEqual({
      ok: true,
      migratedFrom: 2,
      progress: { version: 3, completed: ['rag-baseline'], practice: {}, updatedAt: at.toISOString() },
    });
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
      version: 3,
      completed: ['prompting-baseline'],
      practice: { 'app-rag-eval': { box: 1, due: '2026-04-30', last: 'again', revision: 1 } },
      updatedAt: '2026-05-01T00:00:00.000Z',
    };
    expect(mergeProgress(sample, later)).toEqual({
      version: 3,
      completed: ['prompting-baseline', 'rag-baseline', 'rag-eval-set'],
      practice: { ...sample.practice, ...later.practice },
      updatedAt: later.updatedAt,
    });
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
