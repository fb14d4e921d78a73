import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import rehypeMathml from '@daiji256/rehype-mathml';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeScrollableTables } from '../../src/lib/rehypeScrollableTables';

const element = (tagName: string, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
const heading = (title: string) => element('h2', [text(title)]);
const table = (...extra: Element[]) =>
  element('table', [
    ...extra,
    element('thead', [element('tr', [element('th', [text('维度')]), element('th', [text('prefill')])])]),
  ]);

/** The names of the scroll regions in document order, checking each wraps exactly one table. */
function regionNames(tree: Root): string[] {
  rehypeScrollableTables()(tree);
  const names: string[] = [];
  const walk = (node: { children?: unknown[] }) => {
    for (const child of node.children ?? []) {
      const candidate = child as Element;
      if (candidate.type === 'element' && candidate.tagName === 'table') throw new Error('a table was left unwrapped');
      if (candidate.type === 'element' && candidate.properties?.className?.toString() === 'table-scroll') {
        expect(candidate.tagName).toBe('section');
        expect(candidate.properties).toMatchObject({ tabIndex: 0 });
        expect(candidate.children).toHaveLength(1);
        expect((candidate.children[0] as Element).tagName).toBe('table');
        names.push(String(candidate.properties.ariaLabel));
      } else walk(candidate as { children?: unknown[] });
    }
  };
  walk(tree);
  return names;
}

describe('rehypeScrollableTables', () => {
  it('wraps each table in a focusable section named after the heading above it', () => {
    const tree: Root = {
      type: 'root',
      children: [heading('2. 推理的两个阶段'), table(), element('div', [heading('小结'), element('p', [text('…')])]), table()],
    };
    expect(regionNames(tree)).toEqual(['2. 推理的两个阶段', '小结']);
  });

  it('numbers tables under the same heading, so no two regions share a name', () => {
    expect(regionNames({ type: 'root', children: [heading('推理框架'), table(), table()] })).toEqual([
      '推理框架',
      '推理框架（2）',
    ]);
    expect(regionNames({ type: 'root', children: [heading('Formats'), table(), table(), table()] })).toEqual([
      'Formats',
      'Formats (2)',
      'Formats (3)',
    ]);
  });

  it('names a heading with a formula by what is read aloud, not by its TeX source', () => {
    const tree = unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkRehype)
      .use(rehypeMathml)
      .runSync(unified().use(remarkParse).use(remarkMath).parse('## Optimal interval $\\tau^*$')) as Root;
    tree.children.push(table());
    expect(regionNames(tree)).toEqual(['Optimal interval τ∗']);
  });

  it('prefers the caption, and falls back to the header cells when nothing names the table', () => {
    expect(
      regionNames({ type: 'root', children: [heading('Scores'), table(element('caption', [text(' Editorial  scores ')]))] }),
    ).toEqual(['Editorial scores']);
    expect(regionNames({ type: 'root', children: [table()] })).toEqual(['维度、prefill']);
    const cornerless = table();
    (cornerless.children[0] as Element).children[0] = element('tr', [
      element('th'),
      element('th', [text('DAPT')]),
      element('th', [text('SFT')]),
    ]);
    expect(regionNames({ type: 'root', children: [cornerless] })).toEqual(['DAPT, SFT']);
  });

  it('finds tables inside MDX components', () => {
    const component = { type: 'mdxJsxFlowElement', name: 'Callout', attributes: [], children: [table()] };
    expect(regionNames({ type: 'root', children: [heading('Data'), component as unknown as ElementContent] })).toEqual(['Data']);
  });
});
