// MDX renders a void element such as Expressive Code's stylesheet <link> through JSX, which writes it
// self-closed (<link/>); html-validate's void-style rule wants the HTML form. In an MDX file this
// plugin hands each one to Astro as raw HTML (<Fragment set:html>), which is written as is.
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

const VOID_IN_CONTENT = new Set(['link']);

interface Parent {
  children?: unknown[];
}

export function rehypeMdxVoidElements() {
  return (tree: Root, file: { path?: string }) => {
    if (!file.path?.endsWith('.mdx')) return;
    const visit = (parent: Parent) => {
      parent.children?.forEach((child, index) => {
        const element = child as Element;
        if (element.type === 'element' && VOID_IN_CONTENT.has(element.tagName)) {
          parent.children![index] = {
            type: 'mdxJsxFlowElement',
            name: 'Fragment',
            attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: toHtml(element) }],
            children: [],
          };
        } else if (typeof child === 'object' && child !== null && 'children' in child) {
          visit(child as Parent);
        }
      });
    };
    visit(tree);
  };
}
