import { describe, expect, it } from 'vitest';
import {
  classesInHtml,
  removeUnusedCustomProperties,
  removeUnusedRules,
  tagsInHtml,
  wordsInScript,
} from '../../src/lib/unusedCss';

const PAGE_TAGS = new Set(['html', 'body', 'p', 'a', 'h2', 'strong']);
const keep = (css: string, ...classes: string[]) =>
  removeUnusedRules(css, { classes: new Set(classes), tags: PAGE_TAGS })
    .replace(/\s+/g, ' ')
    .trim();

describe('removeUnusedRules', () => {
  it('drops a rule whose class no page names, and keeps rules without classes', () => {
    expect(keep('.used{color:red}.unused{color:blue}p{margin:0}', 'used')).toBe('.used{color:red}p{margin:0}');
  });

  it('keeps only the selectors of a list that can match', () => {
    expect(keep('.a,.b,h2{color:red}', 'b')).toBe('.b,h2{color:red}');
  });

  it('needs every class of a compound and of its ancestors', () => {
    expect(keep('.prose-guide .heading-anchor{color:red}', 'prose-guide')).toBe('');
    expect(keep('.prose-guide .heading-anchor{color:red}', 'prose-guide', 'heading-anchor')).toBe(
      '.prose-guide .heading-anchor{color:red}',
    );
  });

  it('keeps a selector whose missing class is inside :not() or another pseudo-class', () => {
    expect(keep('a:not(.term-link){color:red}')).toBe('a:not(.term-link){color:red}');
    expect(keep(':where(.x,.y) p{color:red}')).toBe(':where(.x,.y) p{color:red}');
    expect(keep('p:has(.x){color:red}')).toBe('p:has(.x){color:red}');
  });

  it('looks inside :where() and :is() with one argument, which only group', () => {
    expect(keep(':where(.x) p{color:red}')).toBe('');
    expect(keep('.prose :is(.x){color:red}', 'prose', 'x')).toBe('.prose :is(.x){color:red}');
  });

  it('drops a selector that needs an element no page holds', () => {
    const css =
      '.prose :where(video):not(:where(.not-prose)){margin:0}.prose :where(a strong){color:red}.prose :where(blockquote p){margin:0}h6,h2{margin:0}';
    expect(keep(css, 'prose')).toBe('.prose :where(a strong){color:red}h2{margin:0}');
    expect(keep('P{margin:0}a:not(video){color:red}')).toBe('P{margin:0}a:not(video){color:red}');
  });

  it('reads escaped Tailwind class names as the class attribute spells them', () => {
    const css = String.raw`.dark\:bg-slate-800:where([data-theme=dark] *){color:red}.\[html\[data-term-links\=off\]_\&\]\:line-through{color:blue}`;
    expect(keep(css, 'dark:bg-slate-800')).toBe(String.raw`.dark\:bg-slate-800:where([data-theme=dark] *){color:red}`);
    expect(keep(css, '[html[data-term-links=off]_&]:line-through')).toContain('line-through{color:blue}');
  });

  it('removes the @media, @supports and @layer blocks it empties, and leaves keyframes alone', () => {
    const css =
      '@layer utilities{@media (width>=64rem){.gone{display:none}}.kept{color:red}}@keyframes spin{from{opacity:0}to{opacity:1}}@supports (x:y){.gone{color:red}}';
    expect(keep(css, 'kept')).toBe('@layer utilities{.kept{color:red}}@keyframes spin{from{opacity:0}to{opacity:1}}');
  });
});

describe('removeUnusedCustomProperties', () => {
  const prune = (css: string, ...elsewhere: string[]) =>
    removeUnusedCustomProperties(css, (name) => elsewhere.includes(name))
      .replace(/\s+/g, ' ')
      .trim();

  it('drops declarations nothing reads, with the rules and blocks they leave empty', () => {
    expect(prune(':root{--read:1px;--unread:2px}p{margin:var(--read)}@layer x{a{--only:0}}')).toBe(
      ':root{--read:1px}p{margin:var(--read)}',
    );
  });

  it('follows chains: a property read only by an unread one goes too', () => {
    expect(prune(':root{--a:var(--b);--b:red;--c:blue}p{color:var(--c)}')).toBe(':root{--c:blue}p{color:var(--c)}');
  });

  it('reads var() fallbacks and keeps what pages or scripts mention', () => {
    expect(prune(':root{--a:1;--b:2;--set-by-script:3}p{order:var(--x,var(--a))}', '--set-by-script')).toBe(
      ':root{--a:1;--set-by-script:3}p{order:var(--x,var(--a))}',
    );
  });

  it('drops the @property rule of a property nothing reads', () => {
    const css =
      '@property --tw-used{syntax:"*";inherits:false}@property --tw-unused{syntax:"*";inherits:false}p{color:var(--tw-used)}';
    expect(prune(css)).toBe('@property --tw-used{syntax:"*";inherits:false}p{color:var(--tw-used)}');
  });
});

describe('classesInHtml, tagsInHtml and wordsInScript', () => {
  it('reads tag names, lower-cased', () => {
    expect([...tagsInHtml('<P class="x"><svg><linearGradient/></svg><theme-toggle></theme-toggle></P>')]).toEqual([
      'p',
      'svg',
      'lineargradient',
      'theme-toggle',
    ]);
  });

  it('reads class attributes, decoding entities', () => {
    expect([...classesInHtml('<p class="a  b"><i class="[&amp;_p]:mt-0 [&#38;>b]:x">x</i><b data-class="no">')]).toEqual([
      'a',
      'b',
      '[&_p]:mt-0',
      '[&>b]:x',
    ]);
  });

  it('takes every word of every string literal, in any quotes', () => {
    const words = wordsInScript('el.className=`rounded px-2`;el.classList.add("show");x=\'feedback\';y=1');
    expect([...words]).toEqual(['rounded', 'px-2', 'show', 'feedback']);
  });
});
