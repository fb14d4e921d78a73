// Drops the style rules a set of pages can never match: those whose selector needs a class or an
// element that neither the pages' HTML nor any client script names, and then the custom properties
// nothing reads. Tailwind builds one stylesheet from every class in the source, and the typography
// plugin styles every element prose could hold, so each kind of page would load the styles of all
// the others; this cuts it to its own. A class or element is needed only where a match depends on it:
// inside :not() or another pseudo-class its absence may still match, so such a selector is kept;
// :where() and :is() with a single argument are only grouping, so what they hold is needed.
import postcss, { type AtRule, type Container, type Rule } from 'postcss';
import selectorParser from 'postcss-selector-parser';

/** Every class named in HTML class attributes. */
export function classesInHtml(html: string): Set<string> {
  const classes = new Set<string>();
  for (const match of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of match[1]!.split(/\s+/)) if (name) classes.add(decodeEntities(name));
  }
  return classes;
}

/** Every element an HTML document holds, by its lower-case tag name. */
export function tagsInHtml(html: string): Set<string> {
  return new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((match) => match[1]!.toLowerCase()));
}

/** Every whitespace-separated word of every string literal in a script: all it could set as a class. */
export function wordsInScript(source: string): Set<string> {
  const words = new Set<string>();
  for (const match of source.matchAll(/(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    for (const word of match[2]!.split(/\s+/)) if (word) words.add(word);
  }
  return words;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (entity, decimal?: string, hex?: string, name?: string) =>
    decimal
      ? String.fromCodePoint(Number(decimal))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : (NAMED_ENTITIES[name!] ?? entity),
  );

const GROUPING_PSEUDOS = new Set([':where', ':is']);

/** The classes and elements a selector cannot match without: those outside any pseudo-class's arguments. */
function requirements(selector: selectorParser.Selector): { classes: string[]; tags: string[] } {
  const needed = (node: selectorParser.Node) => {
    for (let parent = node.parent; parent && parent !== selector; parent = parent.parent) {
      if (parent.type === 'pseudo' && !(GROUPING_PSEUDOS.has(parent.value.toLowerCase()) && parent.nodes.length === 1))
        return false;
    }
    return true;
  };
  const classes: string[] = [];
  const tags: string[] = [];
  selector.walkClasses((node) => {
    if (needed(node)) classes.push(node.value);
  });
  selector.walkTags((node) => {
    if (needed(node)) tags.push(node.value.toLowerCase());
  });
  return { classes, tags };
}

function isEmpty(container: Container): boolean {
  return (container.nodes ?? []).every((node) => node.type === 'comment');
}

export interface UsedNames {
  classes: ReadonlySet<string>;
  tags: ReadonlySet<string>;
}

/** The stylesheet without the rules that no page with only these classes and elements can match. */
export function removeUnusedRules(css: string, used: UsedNames): string {
  const root = postcss.parse(css);
  const canMatch = (selector: selectorParser.Selector) => {
    const { classes, tags } = requirements(selector);
    return classes.every((name) => used.classes.has(name)) && tags.every((name) => used.tags.has(name));
  };
  root.walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
    let kept = 0;
    const transformed = selectorParser((selectors) => {
      selectors.each((selector) => {
        if (canMatch(selector)) kept++;
        else selector.remove();
      });
    }).processSync(rule.selector, { lossless: true });
    if (kept === 0) rule.remove();
    else rule.selector = transformed;
  });
  removeEmptyBlocks(root);
  return root.toString();
}

const CUSTOM_PROPERTY = /^--[\w-]+$/;

/**
 * The stylesheet without the custom properties (and their @property rules) that nothing reads: no
 * var() in it, and no mention in `elsewhere` (the pages and scripts, which may read or set them).
 */
export function removeUnusedCustomProperties(css: string, elsewhere: (name: string) => boolean): string {
  const root = postcss.parse(css);
  for (let removed = true; removed;) {
    removed = false;
    const read = new Set([...root.toString().matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]!));
    const unused = (name: string) => CUSTOM_PROPERTY.test(name) && !read.has(name) && !elsewhere(name);
    root.walkDecls((declaration) => {
      if (unused(declaration.prop)) {
        declaration.remove();
        removed = true;
      }
    });
    root.walkAtRules('property', (atRule) => {
      if (unused(atRule.params.trim())) {
        atRule.remove();
        removed = true;
      }
    });
  }
  root.walkRules((rule) => {
    if (isEmpty(rule)) rule.remove();
  });
  removeEmptyBlocks(root);
  return root.toString();
}

/** Removes the @media, @supports and @layer blocks that are left empty, innermost first. */
function removeEmptyBlocks(root: postcss.Root) {
  let removed = true;
  while (removed) {
    removed = false;
    root.walkAtRules((atRule) => {
      if (atRule.nodes && isEmpty(atRule)) {
        atRule.remove();
        removed = true;
      }
    });
  }
}
