// Drops the style rules a set of pages can never match: those whose selector needs a class that
// neither the pages' HTML nor any client script names. Tailwind builds one stylesheet from every
// class in the source, so each kind of page loads the styles of all the others; this cuts it to its
// own. A class is needed only where a match depends on it: inside :not() or another pseudo-class its
// absence may still match, so such a selector is kept.
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

/** The classes a selector cannot match without: those outside any pseudo-class's arguments. */
function requiredClasses(selector: selectorParser.Selector): string[] {
  const classes: string[] = [];
  selector.walkClasses((node) => {
    for (let parent = node.parent; parent && parent !== selector; parent = parent.parent) {
      if (parent.type === 'pseudo') return;
    }
    classes.push(node.value);
  });
  return classes;
}

function isEmpty(container: Container): boolean {
  return (container.nodes ?? []).every((node) => node.type === 'comment');
}

/** The stylesheet without the rules that no element with only `classes` can match. */
export function removeUnusedRules(css: string, classes: ReadonlySet<string>): string {
  const root = postcss.parse(css);
  const used = (selector: selectorParser.Selector) => requiredClasses(selector).every((name) => classes.has(name));
  root.walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
    let kept = 0;
    const transformed = selectorParser((selectors) => {
      selectors.each((selector) => {
        if (used(selector)) kept++;
        else selector.remove();
      });
    }).processSync(rule.selector, { lossless: true });
    if (kept === 0) rule.remove();
    else rule.selector = transformed;
  });
  // Emptied @media, @supports and @layer blocks go too, innermost first.
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
  return root.toString();
}
