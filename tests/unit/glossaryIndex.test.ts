import { describe, expect, it } from 'vitest';
import { groupByInitial, groupByTopic, initialOf, sortTerms } from '../../src/lib/glossaryIndex';

const term = (id: string, group: 'inference' | 'data' | 'fundamentals', zh: string, en: string) => ({
  id,
  data: { group, zh: { name: zh }, en: { name: en } },
});
const terms = [
  term('speculative-decoding', 'inference', '投机解码', 'Speculative decoding'),
  term('kv-cache', 'inference', 'KV cache', 'KV cache'),
  term('dedup', 'data', '去重', 'Deduplication'),
  term('attention', 'fundamentals', '注意力机制', 'Attention'),
];

describe('initialOf', () => {
  it('files Chinese names under their pinyin initial and Latin names under their first letter', () => {
    expect(['投机解码', '去重', 'KV cache', 'vLLM', '注意力', '6ND 法则'].map(initialOf)).toEqual(['T', 'Q', 'K', 'V', 'Z', '#']);
  });
});

describe('sorting and grouping', () => {
  it('sorts Chinese names by pinyin, mixed with Latin ones', () => {
    expect(sortTerms(terms, 'zh').map((entry) => entry.id)).toEqual(['kv-cache', 'dedup', 'speculative-decoding', 'attention']);
  });

  it('groups by topic in the site order: fundamentals first, then the directions by rank', () => {
    expect(groupByTopic(terms, 'en').map((group) => [group.group, group.terms.map((entry) => entry.id)])).toEqual([
      ['fundamentals', ['attention']],
      ['data', ['dedup']],
      ['inference', ['kv-cache', 'speculative-decoding']],
    ]);
  });

  it('groups by initial letter in each language', () => {
    expect(groupByInitial(terms, 'zh').map((group) => group.letter)).toEqual(['K', 'Q', 'T', 'Z']);
    expect(groupByInitial(terms, 'en').map((group) => group.letter)).toEqual(['A', 'D', 'K', 'S']);
  });
});
