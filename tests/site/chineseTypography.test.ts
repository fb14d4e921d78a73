// Chinese prose on every built Chinese page, and every Chinese UI string, uses full-width
// punctuation and correctly paired quotes (rules in src/lib/chinesePunctuation.ts). Code,
// formulas, URLs and English passages are left out: they keep their own punctuation.
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { findPunctuationIssues } from '../../src/lib/chinesePunctuation';
import { zh } from '../../src/i18n/zh';
import { listPages, readPage } from '../helpers/site';

const NOT_PROSE = 'code, pre, kbd, samp, script, style, svg, math, [lang="en"], template';
const BLOCKS =
  'p, li, td, th, h1, h2, h3, h4, h5, h6, dt, dd, summary, figcaption, blockquote, caption, label, legend, button, title';

/** The text of each innermost prose block of a page, without code, formulas or English passages. */
export function proseBlocks(document: HTMLElement): string[] {
  // A fresh parse, so removing code and formulas leaves the shared parsed page untouched.
  const copy = parse(document.toString());
  for (const element of copy.querySelectorAll(NOT_PROSE)) element.remove();
  const blocks = copy.querySelectorAll(BLOCKS).filter((block) => block.querySelector(BLOCKS) === null);
  const attributes = copy
    .querySelectorAll('meta[name="description"], meta[property="og:description"], [aria-label], [placeholder]')
    .map(
      (element) =>
        element.getAttribute('content') ?? element.getAttribute('aria-label') ?? element.getAttribute('placeholder') ?? '',
    );
  return [...blocks.map((block) => block.text), ...attributes].map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const chinesePages = listPages('root').filter((page) => !page.startsWith('/en/') && page.endsWith('/'));

describe('Chinese punctuation', () => {
  it.each(chinesePages)('%s has none in its Chinese prose', (page) => {
    const problems = proseBlocks(readPage('root', page)).flatMap((text) =>
      findPunctuationIssues(text).map((issue) => `${issue.rule}: …${issue.context}…`),
    );
    expect(problems).toEqual([]);
  });

  it('has none in the Chinese UI strings', () => {
    const problems = Object.entries(zh).flatMap(([key, text]) =>
      findPunctuationIssues(text).map((issue) => `${key}: ${issue.rule}: …${issue.context}…`),
    );
    expect(problems).toEqual([]);
  });

  it('read the Chinese pages of the build, prose and all', () => {
    expect(chinesePages.length).toBeGreaterThan(30);
    expect(proseBlocks(readPage('root', '/areas/data/')).join('').length).toBeGreaterThan(5000);
  });
});
