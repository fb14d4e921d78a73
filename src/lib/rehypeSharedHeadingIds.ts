// Gives a page's headings the ids of its English twin's headings, position by position, so a
// link such as /areas/inference/#5-continuous-batching lands on the same section in both
// languages and the language switch keeps the reader's place.
import type { Element, Root } from 'hast';
import type { Heading, Root as MdastRoot } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface HeadingId {
  depth: number;
  id: string;
  /** The heading as plain text. */
  text: string;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/** The ids an MDX source's headings get, slugged from their text in document order; frontmatter is skipped. */
export function headingIdsFromMdx(source: string): HeadingId[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkMath).parse(source.replace(FRONTMATTER, '')) as MdastRoot;
  const slugger = new GithubSlugger();
  const ids: HeadingId[] = [];
  visit(tree, 'heading', (heading: Heading) => {
    const text = toString(heading);
    ids.push({ depth: heading.depth, id: slugger.slug(text), text });
  });
  return ids;
}

interface Parent {
  children?: unknown[];
}

/** Heading elements in document order, also inside MDX components (whose nodes are not hast elements). */
function collectHeadings(node: Parent, found: Element[] = []): Element[] {
  for (const child of node.children ?? []) {
    if ((child as Element).type === 'element' && /^h[1-6]$/.test((child as Element).tagName)) found.push(child as Element);
    if (typeof child === 'object' && child !== null && 'children' in child) collectHeadings(child as Parent, found);
  }
  return found;
}

export interface SharedHeadingIdsOptions {
  /** The MDX source of the English twin of the file at this path, or undefined when the file has none. */
  twinSource: (filePath: string) => string | undefined;
}

export function rehypeSharedHeadingIds({ twinSource }: SharedHeadingIdsOptions) {
  return (tree: Root, file: { path?: string }) => {
    const source = file.path ? twinSource(file.path) : undefined;
    if (source === undefined) return;
    const twinIds = headingIdsFromMdx(source);
    const headings = collectHeadings(tree);
    const depths = (list: { depth: number }[]) => list.map((heading) => heading.depth).join(',');
    const own = headings.map((element) => ({ depth: Number(element.tagName.slice(1)) }));
    if (depths(own) !== depths(twinIds)) {
      throw new Error(
        `${file.path}: its headings must match its English twin's one for one, so sections share ids across languages ` +
          `(levels here: ${depths(own) || 'none'}; in the twin: ${depths(twinIds) || 'none'})`,
      );
    }
    headings.forEach((element, index) => {
      element.properties.id = twinIds[index].id;
    });
  };
}
