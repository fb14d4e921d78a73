import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { rehypeDeferredSections, textWeight } from '../../src/lib/rehypeDeferredSections';

const CHAPTER_PATH = '/repo/content/zh/areas/inference.mdx';

function transform(html: string, path = CHAPTER_PATH): Root {
  const tree = fromHtml(html, { fragment: true });
  rehypeDeferredSections()(tree, { path });
  return tree;
}

const wrapper = (level: 2 | 3, id: string) =>
  `<div class="heading-wrapper heading-wrapper-h${level}"><h${level} id="${id}">${id}</h${level}><a class="heading-anchor" href="#${id}"></a></div>`;

const sections = (tree: Root) =>
  tree.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'div');

describe('textWeight', () => {
  it('counts a Chinese character or full-width mark as 1 and any other character as 0.42', () => {
    expect(textWeight('预填充')).toBe(3);
    expect(textWeight('，。（）')).toBe(4);
    expect(textWeight('a'.repeat(100))).toBe(42);
    expect(textWeight('KV 缓存')).toBe(Math.round(3 * 0.42 + 2));
  });

  it('counts a run of white space as one character and none at the ends', () => {
    expect(textWeight('  a \n\n\t b  ')).toBe(textWeight('a b'));
  });
});

describe('rehypeDeferredSections', () => {
  it('puts each heading with what follows it, up to the next heading, in its own part', () => {
    const tree = transform(
      `<p>导言</p>${wrapper(2, 'kv-cache')}<p>每个 token 都要存 K 和 V。</p>${wrapper(3, 'gqa')}<p>共用</p><ul><li>省</li></ul>${wrapper(2, 'batching')}<p>随到随进</p>`,
    );
    expect(toHtml(tree.children[0]!)).toBe('<p>导言</p>');
    const parts = sections(tree).filter((node) => node.properties.className?.toString() === 'deferred-section');
    expect(parts.map((part) => part.children.map((child) => (child as Element).tagName))).toEqual([
      ['div', 'p'],
      ['div', 'p', 'ul'],
      ['div', 'p'],
    ]);
    expect(parts.map((part) => toHtml(part.children[0]!).match(/id="([^"]+)"/)?.[1])).toEqual(['kv-cache', 'gqa', 'batching']);
  });

  it('gives each part the weight of the text it shows, without a formula’s TeX source', () => {
    const tree = transform(
      `${wrapper(2, 'kv')}<p>缓存<math><mi>x</mi><annotation encoding="application/x-tex">\\frac{a}{b}</annotation></math></p>`,
    );
    expect(sections(tree)[0]!.properties.style).toBe(`--text-weight:${textWeight('kv 缓存x')}`);
  });

  it('wraps chapters and stages only, in either language', () => {
    const html = `${wrapper(2, 'a')}<p>甲</p>`;
    for (const path of ['/repo/content/en/areas/data.mdx', '/repo/content/zh/stages/rag.mdx']) {
      expect(sections(transform(html, path))[0]!.properties.className).toEqual(['deferred-section']);
    }
    expect(sections(transform(html, '/repo/content/zh/pages/about.mdx'))[0]!.properties.className).toEqual([
      'heading-wrapper',
      'heading-wrapper-h2',
    ]);
  });

  it('leaves a page without headings as it was', () => {
    const html = '<p>甲</p><p>乙</p>';
    expect(toHtml(transform(html))).toBe(html);
  });
});
