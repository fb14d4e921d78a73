// Every chapter and stage links its readers to the glossary: at least 15 distinct terms, each link
// to an entry that exists, never inside a heading or code.
import { describe, expect, it } from 'vitest';
import { AREA_SLUGS, STAGE_SLUGS } from '../../src/config';
import { readPage } from '../helpers/site';

const pages = ['', 'en/'].flatMap((prefix) => [
  ...AREA_SLUGS.map((slug) => `/${prefix}areas/${slug}/`),
  ...STAGE_SLUGS.map((slug) => `/${prefix}roadmap/${slug}/`),
]);

describe('inline term links', () => {
  it.each(pages)('%s links at least 15 distinct glossary terms', (path) => {
    const terms = new Set(
      readPage('root', path)
        .querySelectorAll('main a.term-link')
        .map((link) => link.getAttribute('href')!.split('#')[1]),
    );
    expect(terms.size).toBeGreaterThanOrEqual(15);
  });

  it.each(pages)('%s links only to glossary entries that exist, and never from headings or code', (path) => {
    const page = readPage('root', path);
    const glossary = readPage('root', path.startsWith('/en/') ? '/en/glossary/' : '/glossary/');
    const missing = page
      .querySelectorAll('main a.term-link')
      .map((link) => link.getAttribute('href')!.split('#')[1] ?? '')
      .filter((id) => !glossary.querySelector(`[id="${id}"]`));
    expect(missing).toEqual([]);
    expect(
      page.querySelectorAll(['h1', 'h2', 'h3', 'h4', 'code', 'pre'].map((tag) => `main ${tag} a.term-link`).join(', ')),
    ).toHaveLength(0);
  });
});
