import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { rehypeTermLinks, termNamesFor, type TermNamesForLinking } from '../../src/lib/rehypeTermLinks';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

const terms: TermNamesForLinking[] = [
  { id: 'kv-cache', names: ['KV cache', 'KV 缓存'] },
  { id: 'kv-cache-quantization', names: ['KV cache quantization', 'KV cache 量化'] },
  { id: 'speculative-decoding', names: ['投机解码', '推测解码', 'speculative decoding'] },
  { id: 'rag', names: ['RAG', 'retrieval-augmented generation'] },
];

function link(root: Root, glossaryHref = '/en/glossary/'): Root {
  rehypeTermLinks({ terms, glossaryHref })(root);
  return root;
}

/** The term ids linked in a tree, in document order. */
function linkedTerms(node: Root | ElementContent): string[] {
  if (node.type === 'element' && node.tagName === 'a' && String(node.properties.className) === 'term-link') {
    return [String(node.properties.href).split('#')[1]!];
  }
  return 'children' in node ? node.children.flatMap((child) => linkedTerms(child as ElementContent)) : [];
}

describe('rehypeTermLinks', () => {
  it('links the longest name first', () => {
    const tree = link({
      type: 'root',
      children: [el('p', [text('Turn on KV cache quantization, then measure the KV cache again.')])],
    });
    expect(linkedTerms(tree)).toEqual(['kv-cache-quantization', 'kv-cache']);
  });

  it('links each term once per section and again after the next h2, not after an h3', () => {
    const tree = link({
      type: 'root',
      children: [
        el('p', [text('投机解码很快。推测解码就是投机解码。')]),
        el('h3', [text('小节')]),
        el('p', [text('小节里又说投机解码。')]),
        el('h2', [text('下一节')]),
        el('p', [text('再说投机解码。')]),
      ],
    });
    expect(linkedTerms(tree)).toEqual(['speculative-decoding', 'speculative-decoding']);
    expect(linkedTerms({ type: 'root', children: tree.children.slice(2, 3) })).toEqual([]);
    const first = (tree.children[0] as Element).children;
    expect(first.map((child) => (child.type === 'text' ? child.value : 'LINK'))).toEqual([
      'LINK',
      '很快。推测解码就是投机解码。',
    ]);
  });

  it('never links inside headings, code, formulas, links or opted-out elements', () => {
    const tree = link({
      type: 'root',
      children: [
        el('h2', [text('KV cache')]),
        el('p', [el('code', [text('KV cache')]), el('a', [text('RAG')], { href: '/x/' })]),
        el('p', [el('math', [el('mi', [text('KV cache')])])]),
        el('p', [el('span', [text('RAG')], { dataNoTermLinks: '' })]),
      ],
    });
    expect(linkedTerms(tree)).toEqual([]);
  });

  it('matches Latin names as whole words, abbreviations only as written, other names in any case', () => {
    const tree = link({
      type: 'root',
      children: [el('p', [text('A drag-and-drop rag tool, Self-RAG, then RAG and kv Cache.')])],
    });
    expect(linkedTerms(tree)).toEqual(['rag', 'kv-cache']);
  });

  it('matches a name across a line break or several spaces, and keeps the text as written', () => {
    const tree = link({
      type: 'root',
      children: [el('p', [text('Speculative\n  Decoding, then the KV\tcache; k')])],
    });
    expect(linkedTerms(tree)).toEqual(['speculative-decoding', 'kv-cache']);
    const paragraph = tree.children[0] as Element;
    expect(
      paragraph.children.map((child) =>
        child.type === 'element' ? `[${(child.children[0] as { value: string }).value}]` : (child as { value: string }).value,
      ),
    ).toEqual(['[Speculative\n  Decoding]', ', then the ', '[KV\tcache]', '; k']);
  });

  it('points at the glossary entry, with the given base', () => {
    const tree = link({ type: 'root', children: [el('p', [text('RAG')])] }, '/guide/glossary/');
    const anchor = (tree.children[0] as Element).children[0] as Element;
    expect(anchor.properties).toMatchObject({ href: '/guide/glossary/#rag', className: ['term-link'] });
  });

  it('links inside MDX components such as a <Question>, but not inside a <Cite>', () => {
    const question = { type: 'mdxJsxFlowElement', name: 'Question', attributes: [], children: [el('p', [text('RAG first.')])] };
    const cite = { type: 'mdxJsxTextElement', name: 'Cite', attributes: [], children: [text('KV cache')] };
    link({ type: 'root', children: [question, cite] as unknown as Root['children'] });
    expect(linkedTerms({ type: 'root', children: [question.children[0] as Element] })).toEqual(['rag']);
    expect(cite.children).toEqual([text('KV cache')]);
  });
});

describe('termNamesFor', () => {
  const glossary = [
    { id: 'lora', zh: { name: 'LoRA', aliases: ['低秩适配'] }, en: { name: 'LoRA', aliases: ['low-rank adaptation'] } },
  ];

  it('matches English names on Chinese pages after the Chinese ones, and only English on English pages', () => {
    expect(termNamesFor('zh', glossary)).toEqual([
      { id: 'lora', names: ['LoRA', '低秩适配'] },
      { id: 'lora', names: ['LoRA', 'low-rank adaptation'] },
    ]);
    expect(termNamesFor('en', glossary)).toEqual([{ id: 'lora', names: ['LoRA', 'low-rank adaptation'] }]);
  });
});
