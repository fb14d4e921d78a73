// Long pages are indexed a piece at a time: a search result's fragment (what it downloads) is then
// that piece, 1–4 KB, instead of the whole page (20–110 KB), and a result leads to its place on the page.
// - Pages that list entries (the glossary, the bank's direction pages) mark their search body
//   `data-search-split`, each entry `data-search-record="<anchor>"` and the elements of the entry's
//   title `data-search-title`.
// - Chapters and stages mark it `data-search-split="sections"`: each h2 or h3 (in its
//   `.heading-wrapper`, which may sit in a `.deferred-section` of its own) with what follows it, up
//   to the next, is a piece.
// Pagefind skips such a page itself, since it has no `data-pagefind-body`, and is given these records
// instead: the page without its pieces (its heading and introduction), then one record per piece.
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

export interface SearchRecord {
  /** The result's address: the page's, or the page's with the entry's anchor. */
  url: string;
  /** A small HTML document Pagefind indexes as it would a page. */
  content: string;
}

/** Text of a node without what Pagefind would not index. */
function indexedText(node: Element): string {
  const copy = structuredClone(node);
  visit(copy, 'element', (child, index, parent) => {
    if (parent && index !== undefined && child.properties.dataPagefindIgnore !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  return toString(copy).replace(/\s+/g, ' ').trim();
}

/** A copy without ids: Pagefind would turn each id into a sub-result of an address that already has an anchor. */
function withoutIds<T extends ElementContent>(node: T): T {
  const copy = structuredClone(node);
  visit(copy, 'element', (child) => {
    delete child.properties.id;
  });
  return copy;
}

function recordDocument(lang: string, title: string, body: ElementContent[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      h('html', { lang }, [
        h('head'),
        h('body', [
          h('div', { dataPagefindBody: '' }, [
            h('span', { dataPagefindIgnore: '' }, [h('span', { dataPagefindMeta: 'title' }, title)]),
            ...body,
          ]),
        ]),
      ]),
    ],
  };
  return toHtml(tree);
}

/**
 * The records of a page marked `data-search-split`: the page without its entries (its heading and
 * introduction), then one per entry, titled "entry — page". Pages not marked give none.
 */
export function splitSearchRecords(html: string, pageUrl: string): SearchRecord[] {
  const tree = fromHtml(html);
  const container = select('[data-search-split]', tree);
  if (!container) return [];
  const lang = String(select('html', tree)?.properties.lang ?? '');
  const heading = select('h1', container);
  const pageTitle = heading ? indexedText(heading) : '';
  // The page's own filters (unit, kind, direction) sit at the start of its search body, and each piece
  // gets them: a section stays part of the reading (unit:page), an entry is filed as one (unit:entry).
  const bySections = container.properties.dataSearchSplit === 'sections';
  const filters = container.children.filter(
    (child): child is Element =>
      child.type === 'element' &&
      typeof child.properties.dataPagefindFilter === 'string' &&
      (bySections || !child.properties.dataPagefindFilter.startsWith('unit:')),
  );
  if (!bySections) filters.unshift(h('span', { hidden: true, dataPagefindFilter: 'unit:entry' }));
  const page = structuredClone(container);
  const pieces = bySections ? takeSections(page, pageUrl) : takeEntries(page, pageUrl);
  const records: SearchRecord[] = [{ url: pageUrl, content: recordDocument(lang, pageTitle, page.children) }];
  for (const piece of pieces) {
    records.push({
      url: `${pageUrl}#${piece.anchor}`,
      content: recordDocument(lang, `${piece.title} — ${pageTitle}`, [...filters, ...piece.nodes.map(withoutIds)]),
    });
  }
  return records;
}

interface Piece {
  anchor: string;
  title: string;
  nodes: ElementContent[];
}

/** Removes the page's `[data-search-record]` entries from it and returns them. */
function takeEntries(page: Element, pageUrl: string): Piece[] {
  const pieces: Piece[] = [];
  visit(page, 'element', (child, index, parent) => {
    if (!parent || index === undefined || child.properties.dataSearchRecord === undefined) return;
    const anchor = String(child.properties.dataSearchRecord ?? '');
    const titleParts = selectAll('[data-search-title]', child).map(indexedText);
    if (!anchor || titleParts.length === 0) {
      throw new Error(`${pageUrl}: a search record needs an anchor and a [data-search-title] element`);
    }
    pieces.push({ anchor, title: titleParts.join(' '), nodes: [child] });
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return pieces;
}

/** Removes each heading of the page, with what follows it up to the next heading, and returns them. */
function takeSections(page: Element, pageUrl: string): Piece[] {
  const isHeading = (node: ElementContent): node is Element =>
    node.type === 'element' && Array.isArray(node.properties.className) && node.properties.className.includes('heading-wrapper');
  const parents = new Set<Element>();
  visit(page, 'element', (child, _, parent) => {
    if (parent?.type === 'element' && isHeading(child)) parents.add(parent);
  });
  const pieces: Piece[] = [];
  for (const parent of parents) {
    const first = parent.children.findIndex(isHeading);
    for (const node of parent.children.slice(first)) {
      if (isHeading(node)) {
        const heading = select('h2[id], h3[id]', node);
        if (!heading) throw new Error(`${pageUrl}: a .heading-wrapper without an h2 or h3 with an id`);
        pieces.push({ anchor: String(heading.properties.id), title: indexedText(heading), nodes: [] });
      }
      pieces.at(-1)!.nodes.push(node);
    }
    parent.children = parent.children.slice(0, first);
  }
  return pieces;
}
