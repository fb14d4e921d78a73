import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { rehypeBaseLinks } from '../../src/lib/rehypeBaseLinks';

const link = (href: string) => ({ type: 'element' as const, tagName: 'a', properties: { href }, children: [] });

describe('rehypeBaseLinks', () => {
  it('prefixes internal links, including nested ones, and leaves external links alone', () => {
    const tree: Root = {
      type: 'root',
      children: [
        link('/areas/data/'),
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [link('/en/roadmap/rag/'), link('https://github.com/vllm-project/vllm')],
        },
        // An MDX component such as <Question> wraps its Markdown children in a non-element node.
        {
          type: 'mdxJsxFlowElement',
          name: 'Question',
          attributes: [],
          children: [link('/areas/alignment/')],
        } as unknown as Root['children'][number],
      ],
    };
    rehypeBaseLinks({ base: '/guide/' })(tree);
    const hrefs: unknown[] = [];
    const collect = (node: Root | Root['children'][number]) => {
      if (node.type === 'element' && node.tagName === 'a') hrefs.push(node.properties.href);
      if ('children' in node) node.children.forEach((child) => collect(child as Root['children'][number]));
    };
    collect(tree);
    expect(hrefs).toEqual([
      '/guide/areas/data/',
      '/guide/en/roadmap/rag/',
      'https://github.com/vllm-project/vllm',
      '/guide/areas/alignment/',
    ]);
  });
});
