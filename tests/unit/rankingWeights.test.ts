import { describe, expect, it } from 'vitest';
import { CONTEXT_WEIGHTS, WEIGHT_RANGE, type Weights } from '../../src/config';
import {
  clampWeight,
  decodeWeights,
  encodeWeights,
  findPreset,
  readWeights,
  sameWeights,
  withWeights,
} from '../../src/lib/rankingWeights';

const guide = CONTEXT_WEIGHTS.guide;
const custom: Weights = { scarcity: -3, barrier: 0, demand: 5, hardware: -1.5, tob: 2.5, toc: 1 };

describe('encodeWeights and decodeWeights', () => {
  it('writes one readable number per criterion, in order', () => {
    expect(encodeWeights(guide)).toBe('3,1,2,0,1.5,0.5');
    expect(encodeWeights(custom)).toBe('-3,0,5,-1.5,2.5,1');
  });

  it('round-trips every preset and a custom set', () => {
    for (const weights of [...Object.values(CONTEXT_WEIGHTS), custom]) {
      expect(decodeWeights(encodeWeights(weights), guide)).toEqual(weights);
    }
  });

  it('clamps numbers outside the slider range and ignores what is not a number', () => {
    expect(decodeWeights('999,abc,-1e9', guide)).toEqual({
      ...guide,
      scarcity: WEIGHT_RANGE.max,
      demand: WEIGHT_RANGE.min,
    });
  });

  it.each([
    ['nothing', null],
    ['an empty value', ''],
    ['blanks', ',,,,,'],
    ['text', 'tob'],
    ['markup', '<script>alert(1)</script>'],
    ['non-finite numbers', 'Infinity,NaN,1e999'],
    ['hexadecimal', '0x10,0b1'],
    ['a prototype key', '__proto__,constructor'],
  ])('falls back to the defaults for %s', (_, value) => {
    expect(decodeWeights(value, guide)).toEqual(guide);
  });

  it('keeps the defaults for missing entries and drops extra ones', () => {
    expect(decodeWeights('1,2', guide)).toEqual({ ...guide, scarcity: 1, barrier: 2 });
    expect(decodeWeights(`${encodeWeights(custom)},4,4,4`, guide)).toEqual(custom);
  });

  it('moves values onto the slider step', () => {
    expect(decodeWeights('1.3,0.2,-2.8', guide)).toMatchObject({ scarcity: 1.5, barrier: 0, demand: -3 });
  });

  it('survives very long values', () => {
    expect(decodeWeights('9'.repeat(100_000), guide)).toEqual(guide);
    expect(decodeWeights('1,'.repeat(100_000), guide)).toEqual({
      scarcity: 1,
      barrier: 1,
      demand: 1,
      hardware: 1,
      tob: 1,
      toc: 1,
    });
  });
});

describe('clampWeight', () => {
  it('keeps every result inside the range and on the step', () => {
    for (const value of [-1e9, -3.2, -0.26, 0, 0.24, 4.9, 5.1, 1e9]) {
      const weight = clampWeight(value);
      expect(weight).toBeGreaterThanOrEqual(WEIGHT_RANGE.min);
      expect(weight).toBeLessThanOrEqual(WEIGHT_RANGE.max);
      expect(((weight - WEIGHT_RANGE.min) / WEIGHT_RANGE.step) % 1).toBe(0);
    }
  });
});

describe('readWeights and withWeights', () => {
  it('reads the w parameter, escaped or not', () => {
    expect(readWeights('?w=-3,0,5,-1.5,2.5,1', guide)).toEqual(custom);
    expect(readWeights('?x=1&w=-3%2C0%2C5%2C-1.5%2C2.5%2C1', guide)).toEqual(custom);
    expect(readWeights('', guide)).toEqual(guide);
  });

  it('writes the weights with readable commas and keeps other parameters and the hash', () => {
    expect(withWeights('https://example.test/en/ranking/?x=1#criteria', custom, guide)).toBe(
      '/en/ranking/?x=1&w=-3,0,5,-1.5,2.5,1#criteria',
    );
  });

  it('replaces earlier weights and removes the parameter for the defaults', () => {
    const shared = 'https://example.test/guide/ranking/?w=1,1,1,1,1,1';
    expect(withWeights(shared, custom, guide)).toBe('/guide/ranking/?w=-3,0,5,-1.5,2.5,1');
    expect(withWeights(shared, guide, guide)).toBe('/guide/ranking/');
  });
});

describe('findPreset and sameWeights', () => {
  it('names the preset a set of weights comes from', () => {
    expect(findPreset({ ...CONTEXT_WEIGHTS.toc }, CONTEXT_WEIGHTS)).toBe('toc');
    expect(findPreset(custom, CONTEXT_WEIGHTS)).toBeUndefined();
  });

  it('compares every criterion', () => {
    expect(sameWeights(guide, { ...guide })).toBe(true);
    expect(sameWeights(guide, { ...guide, toc: 0 })).toBe(false);
  });
});
