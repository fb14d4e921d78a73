import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { headingIdsFromMdx, rehypeSharedHeadingIds } from '../../src/lib/rehypeSharedHeadingIds';

const heading = (depth: number, text: string): Element => ({
  type: 'element',
  tagName: `h${depth}`,
  properties: {},
  children: [{ type: 'text', value: text }],
});

const english = [
  '## Core knowledge',
  '',
  '### 1. Two phases: prefill and decode',
  '',
  'Text with `code`.',
  '',
  '### `vllm serve` flags',
  '',
  '## Pitfalls',
  '',
].join('\n');

describe('headingIdsFromMdx', () => {
  it('slugs headings the way GitHub does, including inline code, and ignores headings inside code blocks', () => {
    const source = `${english}\n\`\`\`sh\n## not a heading\n\`\`\`\n\n## Pitfalls\n`;
    expect(headingIdsFromMdx(source).map(({ depth, id }) => ({ depth, id }))).toEqual([
      { depth: 2, id: 'core-knowledge' },
      { depth: 3, id: '1-two-phases-prefill-and-decode' },
      { depth: 3, id: 'vllm-serve-flags' },
      { depth: 2, id: 'pitfalls' },
      { depth: 2, id: 'pitfalls-1' },
    ]);
  });

  it('skips frontmatter, whose braces are not MDX expressions', () => {
    expect(headingIdsFromMdx('---\nscores: { scarcity: 2, barrier: 3 }\n---\n\n## Core knowledge\n')).toEqual([
      { depth: 2, id: 'core-knowledge', text: 'Core knowledge' },
    ]);
  });

  it('reads MDX components and formulas without failing', () => {
    expect(headingIdsFromMdx('## Memory: $2P$ bytes\n\n<Question level="easy" q="Why?">\n\nBecause.\n\n</Question>\n')).toEqual([
      { depth: 2, id: 'memory-2p-bytes', text: 'Memory: 2P bytes' },
    ]);
  });
});

describe('rehypeSharedHeadingIds', () => {
  const chinese = (): Root => ({
    type: 'root',
    children: [
      heading(2, '核心知识'),
      heading(3, '1. 两个阶段：prefill 与 decode'),
      heading(3, '`vllm serve` 参数'),
      heading(2, '常见坑'),
    ],
  });

  it('gives each heading the id of the English heading at the same position', () => {
    const tree = chinese();
    rehypeSharedHeadingIds({ twinSource: () => english })(tree, { path: 'content/zh/areas/inference.mdx' });
    expect(tree.children.map((node) => (node as Element).properties.id)).toEqual([
      'core-knowledge',
      '1-two-phases-prefill-and-decode',
      'vllm-serve-flags',
      'pitfalls',
    ]);
  });

  it('leaves files without a twin to the default ids', () => {
    const tree = chinese();
    rehypeSharedHeadingIds({ twinSource: () => undefined })(tree, { path: 'content/zh/pages/ranking.mdx' });
    expect((tree.children[0] as Element).properties.id).toBeUndefined();
  });

  it('fails, naming the file, when the outlines differ', () => {
    const tree = chinese();
    tree.children.pop();
    expect(() => rehypeSharedHeadingIds({ twinSource: () => english })(tree, { path: 'content/zh/areas/inference.mdx' })).toThrow(
      /content\/zh\/areas\/inference\.mdx: .*levels here: 2,3,3; in the twin: 2,3,3,2/,
    );
  });
});
