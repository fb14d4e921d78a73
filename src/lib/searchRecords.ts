// Pages that list many entries (the glossary, the bank's direction pages) are indexed one entry at a
// time: a search result's fragment is then that entry, about 1 KB, instead of the whole page (50–110 KB).
// Such a page marks its search body `data-search-split`, each entry `data-search-record="<anchor>"`
// and the elements of the entry's title `data-search-title`; Pagefind skips the page itself, since it has no
// `data-pagefind-body`, and is given these records instead.
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
function withoutIds<T extends Element>(node: T): T {
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
  // The page's own filters (unit, kind, direction) sit at the start of its search body; each entry
  // gets them, as an entry rather than a page.
  const filters = container.children.filter(
    (child): child is Element =>
      child.type === 'element' &&
      typeof child.properties.dataPagefindFilter === 'string' &&
      !child.properties.dataPagefindFilter.startsWith('unit:'),
  );
  filters.unshift(h('span', { hidden: true, dataPagefindFilter: 'unit:entry' }));
  const entries = selectAll('[data-search-record]', container);

  const page = structuredClone(container);
  visit(page, 'element', (child, index, parent) => {
    if (parent && index !== undefined && child.properties.dataSearchRecord !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  const records: SearchRecord[] = [{ url: pageUrl, content: recordDocument(lang, pageTitle, page.children) }];

  for (const entry of entries) {
    const anchor = String(entry.properties.dataSearchRecord ?? '');
    const titleParts = selectAll('[data-search-title]', entry).map(indexedText);
    if (!anchor || titleParts.length === 0) {
      throw new Error(`${pageUrl}: a search record needs an anchor and a [data-search-title] element`);
    }
    const title = `${titleParts.join(' ')} — ${pageTitle}`;
    records.push({ url: `${pageUrl}#${anchor}`, content: recordDocument(lang, title, [...filters, withoutIds(entry)]) });
  }
  return records;
}
