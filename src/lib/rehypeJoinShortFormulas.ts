// Temml's `wrap: 'tex'` splits every inline formula into one <mrow> per piece it may break after,
// so a long formula wraps on a phone. A short one never needs to: it moves to the next line whole,
// like a long word. Joining its pieces into one <mrow> draws the same formula with fewer elements
// (a chapter has hundreds of such pieces), and its operators get their usual infix spacing.
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** Formulas whose text is at most this long (about a third of a phone's line) are not broken. */
export const SHORT_FORMULA_CHARACTERS = 24;

const isPiece = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'mrow' && Object.keys(node.properties).length === 0;

export function rehypeJoinShortFormulas() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'math') return;
      const pieces = node.children.filter((child) => child.type === 'element');
      if (pieces.length < 2 || !pieces.every(isPiece)) return;
      if (toString(node).length > SHORT_FORMULA_CHARACTERS) return;
      node.children = [{ type: 'element', tagName: 'mrow', properties: {}, children: pieces.flatMap((piece) => piece.children) }];
      return 'skip';
    });
  };
}
