import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { rehypeMdxVoidElements } from '../../src/lib/rehypeMdxVoidElements';

const tree = (): Root => ({
  type: 'root',
  children: [
    {
      type: 'element',
      tagName: 'div',
      properties: { className: ['expressive-code'] },
      children: [
        { type: 'element', tagName: 'link', properties: { rel: ['stylesheet'], href: '/_astro/ec.a"b.css' }, children: [] },
        { type: 'element', tagName: 'figure', properties: {}, children: [] },
      ],
    },
  ],
});

describe('rehypeMdxVoidElements', () => {
  it('hands a <link> in an MDX file to Astro as raw HTML, escaped', () => {
    const root = tree();
    rehypeMdxVoidElements()(root, { path: '/site/content/en/areas/inference.mdx' });
    expect(root.children[0]).toMatchObject({
      children: [
        {
          type: 'mdxJsxFlowElement',
          name: 'Fragment',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'set:html', value: '<link rel="stylesheet" href="/_astro/ec.a&#x22;b.css">' },
          ],
        },
        { type: 'element', tagName: 'figure' },
      ],
    });
  });

  it('leaves other files alone, where no JSX is written', () => {
    const root = tree();
    rehypeMdxVoidElements()(root, { path: '/site/content/en/notes.md' });
    expect(root).toEqual(tree());
  });
});
