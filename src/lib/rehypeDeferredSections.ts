// Chapters and stages are long: laying all of a chapter out at load was a 400 ms task on a slow
// phone, and the reader's first tap waited for it. Each part of the page from an h2 or h3 (in its
// `.heading-wrapper`, so this runs after rehypeHeadingAnchors) up to the next goes into a
// `.deferred-section`, which the browser lays out only near the viewport (content-visibility: auto).
// Until then the part is as tall as its text would make it: `--text-weight` counts its characters,
// a Chinese one as 1 and any other as 0.42 (their widths, measured on the built chapters), and the
// stylesheet turns that into a height for the screen's width.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { readableText } from './rehypeScrollableTables';

const WIDE_CHARACTER = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const NARROW_CHARACTER_WEIGHT = 0.42;

/** How much room a text takes on a line, in Chinese characters. */
export function textWeight(text: string): number {
  let weight = 0;
  for (const character of text.replace(/\s+/g, ' ').trim()) {
    weight += WIDE_CHARACTER.test(character) ? 1 : NARROW_CHARACTER_WEIGHT;
  }
  return Math.round(weight);
}

const isHeading = (node: RootContent): node is Element =>
  node.type === 'element' && Array.isArray(node.properties.className) && node.properties.className.includes('heading-wrapper');

function deferredSection(nodes: RootContent[]): Element {
  const weight = textWeight(nodes.map(readableText).join(' '));
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['deferred-section'], style: `--text-weight:${weight}` },
    children: nodes as ElementContent[],
  };
}

/** Chapters and stages; the other pages are short. */
const LONG_PAGE = /[\\/]content[\\/](zh|en)[\\/](areas|stages)[\\/]/;

/** Wraps each heading of a chapter's or stage's top level, with what follows it up to the next, in a `.deferred-section`. */
export function rehypeDeferredSections() {
  return (tree: Root, file: { path?: string }) => {
    if (!LONG_PAGE.test(file.path ?? '')) return;
    const children: RootContent[] = [];
    let part: RootContent[] | undefined;
    for (const node of tree.children) {
      if (isHeading(node)) {
        if (part) children.push(deferredSection(part));
        part = [];
      }
      (part ?? children).push(node);
    }
    if (part) children.push(deferredSection(part));
    tree.children = children;
  };
}
