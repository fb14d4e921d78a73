// Lets authors write root-relative links ("/areas/data/") in MDX while the site is served under a base.
import type { Root, Element } from 'hast';
import { withBase } from './localePath';

function visitElements(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      visit(child);
      visitElements(child, visit);
    }
  }
}

export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visitElements(tree, (element) => {
      const href = element.properties.href;
      if (element.tagName === 'a' && typeof href === 'string') {
        element.properties.href = withBase(href, options.base);
      }
    });
  };
}
