// Lets authors write root-relative links ("/areas/data/") in MDX while the site is served under a base.
import type { Element, Root } from 'hast';
import { withBase } from './localePath';

interface Parent {
  children?: unknown[];
}

/** Visits every element, also inside MDX components (whose nodes are not hast elements). */
function visitElements(node: Parent, visit: (element: Element) => void): void {
  for (const child of node.children ?? []) {
    if ((child as Element).type === 'element') visit(child as Element);
    if (typeof child === 'object' && child !== null && 'children' in child) visitElements(child as Parent, visit);
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
