import { describe, expect, it } from 'vitest';
import { normalizeTermName, validateGlossary, type TermEntry } from '../../src/lib/validateGlossary';

const term = (id: string, data: Partial<TermEntry['data']> = {}): TermEntry => ({
  id,
  filePath: `content/glossary/${id}.yaml`,
  data: {
    zh: { name: `${id} 中`, aliases: [] },
    en: { name: id, aliases: [] },
    avoid: [],
    related: [],
    ...data,
  },
});

describe('validateGlossary', () => {
  it('accepts terms with distinct names, existing related terms and real sections', () => {
    const terms = [
      term('kv-cache', {
        zh: { name: 'KV cache', aliases: ['KV 缓存'] },
        related: ['paged-attention'],
        explainedIn: 'areas/inference#core-knowledge',
      }),
      term('paged-attention', { en: { name: 'PagedAttention', aliases: [] } }),
    ];
    expect(validateGlossary(terms, new Set(['areas/inference#core-knowledge']))).toEqual([]);
  });

  it('fails on a name shared by two terms, whatever its case or spacing', () => {
    const terms = [
      term('speculative-decoding', { zh: { name: '投机解码', aliases: ['推测解码'] } }),
      term('draft-model', { zh: { name: '草稿模型', aliases: ['推测解码'] } }),
    ];
    expect(validateGlossary(terms, new Set())).toEqual([
      'content/glossary/draft-model.yaml: field `zh.aliases`: "推测解码" is also a name of content/glossary/speculative-decoding.yaml',
    ]);
    expect(normalizeTermName('  KV   Cache ')).toBe(normalizeTermName('kv cache'));
  });

  it('fails on a name to avoid that is in use, a missing related term, itself as related, and an unknown section', () => {
    const terms = [
      term('fine-tuning', { zh: { name: '微调', aliases: ['精调'] } }),
      term('sft', { avoid: [{ name: '精调', lang: 'zh' }], related: ['sft', 'nope'], explainedIn: 'areas/fine-tuning#nowhere' }),
    ];
    expect(validateGlossary(terms, new Set())).toEqual([
      'content/glossary/sft.yaml: field `avoid`: "精调" is a name in use by content/glossary/fine-tuning.yaml',
      'content/glossary/sft.yaml: field `related` lists the term itself',
      'content/glossary/sft.yaml: field `related`: no term "nope" in content/glossary/',
      'content/glossary/sft.yaml: field `explainedIn`: "areas/fine-tuning#nowhere" is not a heading of a chapter or stage',
    ]);
  });
});
