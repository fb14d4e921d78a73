// How long a page takes to read, from its prose: Chinese characters and other words at their own rates.
import type { Nodes, Root } from 'mdast';

/** 300 characters a minute: the Chinese default of hexo-wordcount's min2read, common on Chinese blogs. */
export const HAN_PER_MINUTE = 300;
/** 200 words a minute: the default of the `reading-time` npm package (Medium-style estimates). */
export const WORDS_PER_MINUTE = 200;

const HAN = /\p{Script=Han}/gu;
const WORD = /[\p{L}\p{N}]/u;

/** Whole minutes to read a text, at least one; Latin words inside Chinese prose count as words. */
export function readingMinutes(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  const words = text
    .replace(HAN, ' ')
    .split(/\s+/)
    .filter((token) => WORD.test(token)).length;
  return Math.max(1, Math.ceil(han / HAN_PER_MINUTE + words / WORDS_PER_MINUTE));
}

/** Not read as prose: code blocks, formulas, images, raw HTML and MDX's JavaScript. */
const SKIPPED = new Set(['code', 'math', 'inlineMath', 'image', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** The prose of a Markdown tree: every text and inline code, without what SKIPPED names. */
export function proseText(tree: Root): string {
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
    if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(tree);
  return parts.join(' ');
}
