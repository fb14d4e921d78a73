import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HTML_LANG } from '../../src/config';
import { BUILDS } from '../helpers/paths';
import { expectedPages, fileForPath, listPages, readPage, routeIn } from '../helpers/site';

// The guide's ranking as the product brief states it.
const BRIEF_RANKING = ['pretraining', 'data', 'applications', 'alignment', 'inference', 'fine-tuning'];

describe('pages', () => {
  it.each(expectedPages())('$path exists', ({ path }) => {
    expect(fileForPath('root', path), path).toBeDefined();
  });

  it('has no page outside the expected set except the 404 pages', () => {
    const expected = new Set(expectedPages().map((page) => page.path));
    const extra = listPages('root').filter((path) => !expected.has(path) && !/404/.test(path));
    expect(extra).toEqual([]);
  });

  it.each(expectedPages())('$path declares its language, title, description and canonical URL', ({ locale, path, route }) => {
    const page = readPage('root', path);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe(HTML_LANG[locale]);
    expect(page.querySelector('title')?.text.trim()).not.toBe('');
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(10);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
      new RegExp(`${path.replace(/\//g, '\\/')}$`),
    );
    expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBeTruthy();
    const other = locale === 'zh' ? 'en' : 'zh';
    const alternate = page.querySelector(`link[rel="alternate"][hreflang="${HTML_LANG[other]}"]`)?.getAttribute('href');
    expect(alternate && new URL(alternate).pathname).toBe(routeIn(other, route));
  });

  it.each(expectedPages())('$path has a language switch to its twin', ({ locale, path, route }) => {
    const other = locale === 'zh' ? 'en' : 'zh';
    const link = readPage('root', path).querySelector('a[data-language-switch]');
    expect(link?.getAttribute('href')).toBe(routeIn(other, route));
    expect(link?.getAttribute('lang')).toBe(HTML_LANG[other]);
  });

  it('titles differ between pages of one language', () => {
    for (const locale of ['zh', 'en'] as const) {
      const titles = expectedPages()
        .filter((page) => page.locale === locale)
        .map((page) => readPage('root', page.path).querySelector('title')?.text);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it.each(['/ranking/', '/en/ranking/'])('%s lists the directions in the guide order without JavaScript', (path) => {
    const slugs = readPage('root', path)
      .querySelectorAll('[data-ranked-list] li[data-slug]')
      .map((item) => item.getAttribute('data-slug'));
    expect(slugs).toEqual(BRIEF_RANKING);
  });

  it.each(['/', '/en/'])('%s shows the six directions as ranked cards', (path) => {
    const links = readPage('root', path)
      .querySelectorAll('main ol li a')
      .map((link) => link.getAttribute('href'));
    const prefix = path === '/' ? '/areas/' : '/en/areas/';
    expect(links.filter((href) => href?.startsWith(prefix))).toEqual(BRIEF_RANKING.map((slug) => `${prefix}${slug}/`));
  });

  it('lists every expected page in the sitemap', () => {
    const sitemap = readFileSync(`${BUILDS.root.outDir}/sitemap-0.xml`, 'utf8');
    const locations = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
    for (const { path } of expectedPages()) expect(locations, path).toContain(path);
  });

  it('builds a 404 page in each language', () => {
    expect(readPage('root', '/404.html').querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(readPage('root', '/404.html').querySelector('[lang="en"] a[href="/en/"]')).not.toBeNull();
    expect(readPage('root', '/en/404.html').querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(readPage('root', '/en/404.html').querySelector('header nav')?.getAttribute('aria-label')).toBe('Main navigation');
  });
});

describe('formulas', () => {
  it('render as MathML on every page, with no TeX the renderer rejected', () => {
    const pages = listPages('root').map((path) => readFileSync(fileForPath('root', path)!, 'utf8'));
    const withMath = pages.filter((html) => html.includes('<math'));
    expect(withMath.length).toBeGreaterThan(20);
    const rejected = pages.flatMap((html) => html.match(/<merror|temml-error|rehype-mathml-error/g) ?? []);
    expect(rejected).toEqual([]);
  });
});
