import { describe, expect, it } from 'vitest';
import {
  getTwinPath,
  localeFromLang,
  localePath,
  localeStaticPaths,
  normalizeBase,
  parseLocalePath,
  withBase,
} from '../../src/lib/localePath';

describe('normalizeBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/guide', '/guide/'],
    ['guide/', '/guide/'],
    ['/a/b/', '/a/b/'],
  ])('%s → %s', (input, expected) => expect(normalizeBase(input)).toBe(expected));
});

describe('withBase', () => {
  it('prefixes root-relative paths', () => {
    expect(withBase('/areas/data/', '/guide/')).toBe('/guide/areas/data/');
    expect(withBase('/', '/guide')).toBe('/guide/');
  });
  it('leaves other URLs and already-prefixed paths alone', () => {
    expect(withBase('https://arxiv.org/abs/1', '/guide/')).toBe('https://arxiv.org/abs/1');
    expect(withBase('#top', '/guide/')).toBe('#top');
    expect(withBase('//cdn.example/x', '/guide/')).toBe('//cdn.example/x');
    expect(withBase('/guide/areas/', '/guide/')).toBe('/guide/areas/');
  });
  it('is the identity at the root base', () => {
    expect(withBase('/en/ranking/', '/')).toBe('/en/ranking/');
  });
});

describe('localePath', () => {
  it('puts Chinese at the root and English under /en/', () => {
    expect(localePath('zh', 'areas/data/')).toBe('/areas/data/');
    expect(localePath('en', 'areas/data/')).toBe('/en/areas/data/');
    expect(localePath('en')).toBe('/en/');
  });
});

describe('parseLocalePath', () => {
  it('reads the locale and route with and without a base', () => {
    expect(parseLocalePath('/en/ranking/', '/')).toEqual({ locale: 'en', route: 'ranking/' });
    expect(parseLocalePath('/guide/en/ranking/', '/guide/')).toEqual({ locale: 'en', route: 'ranking/' });
    expect(parseLocalePath('/guide/areas/data/', '/guide/')).toEqual({ locale: 'zh', route: 'areas/data/' });
  });
  it('does not mistake a route that starts with "en" for the English locale', () => {
    expect(parseLocalePath('/english-notes/', '/')).toEqual({ locale: 'zh', route: 'english-notes/' });
  });
});

describe('getTwinPath', () => {
  it('maps a page to the same page in the other language', () => {
    expect(getTwinPath('/areas/data/', '/', 'en')).toBe('/en/areas/data/');
    expect(getTwinPath('/en/areas/data/', '/', 'zh')).toBe('/areas/data/');
    expect(getTwinPath('/', '/', 'en')).toBe('/en/');
    expect(getTwinPath('/en/', '/', 'zh')).toBe('/');
  });
  it('keeps the base', () => {
    expect(getTwinPath('/guide/roadmap/rag/', '/guide/', 'en')).toBe('/guide/en/roadmap/rag/');
    expect(getTwinPath('/guide/en/', '/guide/', 'zh')).toBe('/guide/');
  });
});

describe('locale helpers', () => {
  it('gives one static path per locale, Chinese without a prefix', () => {
    expect(localeStaticPaths()).toEqual([
      { params: { lang: undefined }, props: { locale: 'zh' } },
      { params: { lang: 'en' }, props: { locale: 'en' } },
    ]);
  });
  it('maps Astro.currentLocale back to a site locale', () => {
    expect(localeFromLang('en')).toBe('en');
    expect(localeFromLang('zh-CN')).toBe('zh');
    expect(localeFromLang(undefined)).toBe('zh');
  });
});
