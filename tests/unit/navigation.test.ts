import { describe, expect, it } from 'vitest';
import { getPrevNext } from '../../src/lib/getPrevNext';
import { buildToc } from '../../src/lib/buildToc';
import { formatAuthors, formatReferenceMeta, withFullStop } from '../../src/lib/formatReference';

describe('getPrevNext', () => {
  const order = [
    { href: '/a/', title: 'A' },
    { href: '/b/', title: 'B' },
    { href: '/c/', title: 'C' },
  ];
  it('links neighbours in reading order', () => {
    expect(getPrevNext(order, '/b/')).toEqual({ prev: order[0], next: order[2] });
  });
  it('has no previous page at the start and no next page at the end', () => {
    expect(getPrevNext(order, '/a/')).toEqual({ prev: undefined, next: order[1] });
    expect(getPrevNext(order, '/c/')).toEqual({ prev: order[1], next: undefined });
  });
  it('gives nothing for a page outside the order', () => {
    expect(getPrevNext(order, '/x/')).toEqual({});
  });
});

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and drops other depths', () => {
    const toc = buildToc([
      { depth: 3, slug: 'orphan', text: 'Orphan' },
      { depth: 2, slug: 'one', text: 'One' },
      { depth: 3, slug: 'one-a', text: 'One A' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'two', text: 'Two' },
    ]);
    expect(toc.map((entry) => [entry.slug, entry.children.map((child) => child.slug)])).toEqual([
      ['one', ['one-a']],
      ['two', []],
    ]);
  });
});

describe('formatReferenceMeta', () => {
  it('names venue, year, arXiv id and kind', () => {
    expect(formatReferenceMeta({ venue: 'arXiv', year: 2023, arxiv: '2305.18290' }, 'Paper')).toBe(
      'arXiv, 2023 · arXiv:2305.18290 · Paper',
    );
  });
  it('does not repeat a year the venue already names', () => {
    expect(formatReferenceMeta({ venue: 'NeurIPS 2022', year: 2022 }, '论文')).toBe('NeurIPS 2022 · 论文');
    expect(formatReferenceMeta({ venue: 'ICLR 2022', year: 2021, arxiv: '2106.09685' }, 'Paper')).toBe(
      'ICLR 2022 · arXiv:2106.09685 · Paper',
    );
  });
  it('drops a venue that only repeats the kind of source', () => {
    expect(formatReferenceMeta({ venue: 'Documentation', year: 2025 }, '文档')).toBe('2025 · 文档');
    expect(formatReferenceMeta({ venue: 'GitHub', year: 2023 }, 'Repository')).toBe('GitHub, 2023 · Repository');
  });
});

describe('withFullStop', () => {
  it('ends with exactly one full stop', () => {
    expect(withFullStop('A, B et al.')).toBe('A, B et al.');
    expect(withFullStop('A, B')).toBe('A, B.');
  });
});

describe('formatAuthors', () => {
  it('shortens long author lists', () => {
    expect(formatAuthors(['A', 'B', 'C', 'D'])).toBe('A, B, C et al.');
    expect(formatAuthors(['A', 'B'])).toBe('A, B');
  });
  it('keeps an explicit "et al." once', () => {
    expect(formatAuthors(['A', 'et al.'])).toBe('A et al.');
  });
});

describe('composeTitle', async () => {
  const { composeTitle } = await import('../../src/lib/composeTitle');
  it('appends the site name when it fits', () => {
    expect(composeTitle('Data', 'Guide')).toBe('Data | Guide');
  });
  it('drops the site name from long titles and never repeats it', () => {
    expect(composeTitle('x'.repeat(65), 'Guide')).toBe('x'.repeat(65));
    expect(composeTitle('Guide', 'Guide')).toBe('Guide');
  });
});
