import { describe, expect, it } from 'vitest';
import { classesInHtml, removeUnusedRules, wordsInScript } from '../../src/lib/unusedCss';

const keep = (css: string, ...classes: string[]) => removeUnusedRules(css, new Set(classes)).replace(/\s+/g, ' ').trim();

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
    expect(keep(':where(.x) p{color:red}')).toBe(':where(.x) p{color:red}');
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

describe('classesInHtml and wordsInScript', () => {
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
