// Wraps every content table in a scroll container that keyboard users can focus (axe requires it
// of a scrollable region): a <section>, which is a region once it has a name, named after the
// table's caption or, failing that, the heading above it.
import type { Element, ElementContent, Root } from 'hast';

interface Parent {
  children: unknown[];
}

const isElement = (node: unknown): node is Element =>
  typeof node === 'object' && node !== null && (node as Element).type === 'element';
const isParent = (node: unknown): node is Parent =>
  typeof node === 'object' && node !== null && Array.isArray((node as Parent).children);

/** Visible text, without what screen readers skip: aria-hidden markup and a formula's TeX annotation. */
export function readableText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  if ((node as { type?: string }).type === 'text') return (node as { value: string }).value;
  if (isElement(node) && (node.tagName === 'annotation' || String(node.properties.ariaHidden) === 'true')) return '';
  return isParent(node) ? node.children.map(readableText).join('') : '';
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Names made of Chinese take Chinese punctuation (the site's typography rules check labels too). */
const isChinese = (text: string) => /\p{Script=Han}/u.test(text);

/** A table's name: its caption, the heading before it, or its header cells when it has neither. */
function tableName(table: Element, heading: string | undefined): string {
  const caption = table.children.find((child) => isElement(child) && child.tagName === 'caption');
  if (caption) return collapse(readableText(caption));
  if (heading) return heading;
  const headerCells: Element[] = [];
  const collectHeaderCells = (node: unknown) => {
    if (isElement(node) && node.tagName === 'th') headerCells.push(node);
    else if (isParent(node)) node.children.forEach(collectHeaderCells);
  };
  collectHeaderCells(table);
  const names = headerCells.map((cell) => collapse(readableText(cell))).filter(Boolean);
  return names.join(isChinese(names.join('')) ? '、' : ', ');
}

export function rehypeScrollableTables() {
  return (tree: Root) => {
    let heading: string | undefined;
    const used = new Map<string, number>();
    const uniqueName = (name: string) => {
      const count = (used.get(name) ?? 0) + 1;
      used.set(name, count);
      // Regions are landmarks, and two landmarks with one name are hard to tell apart.
      if (count === 1) return name;
      return isChinese(name) ? `${name}（${count}）` : `${name} (${count})`;
    };
    const visit = (parent: Parent) => {
      parent.children.forEach((child, index) => {
        if (isElement(child) && /^h[1-6]$/.test(child.tagName)) heading = collapse(readableText(child));
        if (isElement(child) && child.tagName === 'table') {
          const wrapper: Element = {
            type: 'element',
            tagName: 'section',
            properties: {
              className: ['table-scroll'],
              tabIndex: 0,
              ariaLabel: uniqueName(tableName(child, heading)),
            },
            children: [child as ElementContent],
          };
          parent.children[index] = wrapper;
        } else if (isParent(child)) {
          visit(child);
        }
      });
    };
    visit(tree);
  };
}
