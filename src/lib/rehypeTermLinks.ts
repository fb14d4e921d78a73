// Links the first mention of each glossary term in every section to its glossary entry, at build
// time. Longest name first; never inside headings, code, formulas, links or SVG; at most one link
// per term per section. A section starts at each h1 or h2: its h3 subsections are parts of one
// read, and linking again in each of them put a fifth more links on a chapter.
import type { Element, ElementContent, Root, Text } from 'hast';
import type { Locale } from '../config';

export interface TermNamesForLinking {
  id: string;
  /** Names and aliases matched in pages of this language, own-language first. */
  names: string[];
}

export interface TermLinkOptions {
  /** Terms to link in pages of one language. */
  terms: readonly TermNamesForLinking[];
  /** The glossary page (with base), e.g. "/guide/en/glossary/"; entries are its fragments. */
  glossaryHref: string;
}

const SKIP_TAGS = new Set([
  'a',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'svg',
  'math',
  'button',
  'summary',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const SECTION_HEADING = /^h[12]$/;
const LATIN_EDGE = /[A-Za-z0-9]/;

interface Matcher {
  /** The names in a text, left to right, the longest where several start at one place. */
  find: (text: string) => Generator<{ index: number; text: string }>;
  /** Lower-cased or exact name → term id. */
  lookup: Map<string, string>;
}

/** All-caps abbreviations (RAG, PPO) match only as written; other names ignore case. */
function isAbbreviation(name: string): boolean {
  return !/[a-z]/.test(name) && /[A-Z]/.test(name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name's first two characters as the text spells them, whatever their case; any space counts as one. */
const prefixOf = (text: string, index: number) =>
  text[index]!.toLowerCase() + (/\s/.test(text[index + 1]!) ? ' ' : text[index + 1]!.toLowerCase());

/**
 * Finds the names with one small pattern per name, tried only where the text starts as the name does
 * (its first two characters), longest first, with word edges where a name starts or ends in a Latin
 * letter or digit. One alternation of every name (about 2,000 on Chinese pages) took half of the
 * content build: the engine tried each name at every character.
 */
export function buildTermMatcher(terms: readonly TermNamesForLinking[]): Matcher | undefined {
  const lookup = new Map<string, string>();
  const caseSensitive = new Set<string>();
  for (const term of terms) {
    for (const name of term.names) {
      const trimmed = name.trim();
      if (trimmed.length < 2) continue;
      const key = isAbbreviation(trimmed) ? trimmed : trimmed.toLowerCase();
      if (lookup.has(key)) continue;
      lookup.set(key, term.id);
      if (isAbbreviation(trimmed)) caseSensitive.add(trimmed);
    }
  }
  if (lookup.size === 0) return undefined;
  const byPrefix = new Map<string, RegExp[]>();
  for (const name of [...lookup.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b))) {
    const start = LATIN_EDGE.test(name[0]!) ? '(?<![A-Za-z0-9_-])' : '';
    const end = LATIN_EDGE.test(name[name.length - 1]!) ? '(?![A-Za-z0-9_])' : '';
    const body = escapeRegExp(name).replace(/ /g, '\\s+');
    const pattern = new RegExp(`${start}${body}${end}`, caseSensitive.has(name) ? 'uy' : 'iuy');
    const prefix = prefixOf(name, 0);
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), pattern]);
  }
  function* find(text: string) {
    for (let index = 0; index < text.length - 1;) {
      let found: string | undefined;
      for (const pattern of byPrefix.get(prefixOf(text, index)) ?? []) {
        pattern.lastIndex = index;
        found = pattern.exec(text)?.[0];
        if (found) break;
      }
      if (found) yield { index, text: found };
      index += found?.length ?? 1;
    }
  }
  return { find, lookup };
}

function termIdOf(matcher: Matcher, text: string): string | undefined {
  const normalized = text.replace(/\s+/g, ' ');
  return matcher.lookup.get(normalized) ?? matcher.lookup.get(normalized.toLowerCase());
}

function shouldSkip(element: Element): boolean {
  return SKIP_TAGS.has(element.tagName) || element.properties?.dataNoTermLinks !== undefined;
}

interface Parent {
  type: string;
  children?: unknown[];
}

export function rehypeTermLinks({ terms, glossaryHref }: TermLinkOptions) {
  const matcher = buildTermMatcher(terms);
  return (tree: Root) => {
    if (!matcher) return;
    let linked = new Set<string>();

    const linkText = (node: Text): ElementContent[] | undefined => {
      const pieces: ElementContent[] = [];
      let last = 0;
      for (const match of matcher.find(node.value)) {
        const id = termIdOf(matcher, match.text);
        if (!id || linked.has(id)) continue;
        linked.add(id);
        if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
        pieces.push({
          type: 'element',
          tagName: 'a',
          properties: { href: `${glossaryHref}#${id}`, className: ['term-link'] },
          children: [{ type: 'text', value: match.text }],
        });
        last = match.index + match.text.length;
      }
      if (pieces.length === 0) return undefined;
      if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
      return pieces;
    };

    const walk = (parent: Parent) => {
      const children = parent.children;
      if (!children) return;
      for (let index = 0; index < children.length; index++) {
        const child = children[index] as Parent;
        if (child.type === 'element') {
          const element = child as Element;
          if (SECTION_HEADING.test(element.tagName)) linked = new Set();
          if (shouldSkip(element)) continue;
          walk(element);
        } else if (child.type === 'text') {
          const replaced = linkText(child as Text);
          if (replaced) {
            children.splice(index, 1, ...replaced);
            index += replaced.length - 1;
          }
        } else if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement' || child.type === 'root') {
          // MDX components hold Markdown children: link inside them too, but never inside a citation mark.
          if ((child as Parent & { name?: string }).name !== 'Cite') walk(child);
        }
      }
    };
    walk(tree);
  };
}

export interface GlossaryTermNames {
  id: string;
  zh: { name: string; aliases: string[] };
  en: { name: string; aliases: string[] };
}

/** The names matched on pages of one language: that language's names and aliases, and on Chinese pages the English ones too (Chinese prose uses them). */
export function termNamesFor(locale: Locale, terms: readonly GlossaryTermNames[]): TermNamesForLinking[] {
  const own = terms.map((term) => ({ id: term.id, names: [term[locale].name, ...term[locale].aliases] }));
  if (locale === 'en') return own;
  const english = terms.map((term) => ({ id: term.id, names: [term.en.name, ...term.en.aliases] }));
  return [...own, ...english];
}
