import { describe, expect, it } from 'vitest';
import { excerptParts, interleave, sectionLinks } from '../../src/lib/searchResults';

describe('excerptParts', () => {
  it('splits an excerpt into plain and marked runs, decoding entities', () => {
    expect(excerptParts('uses <mark>KV</mark> cache &amp; &lt;b&gt; &#x4E2D; &#39;x&#39;')).toEqual([
      { text: 'uses ', marked: false },
      { text: 'KV', marked: true },
      { text: " cache & <b> 中 'x'", marked: false },
    ]);
  });

  it('drops any other markup, so an excerpt can never add elements', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>text<script>bad()</script>')).toEqual([
      { text: 'textbad()', marked: false },
    ]);
  });

  it('leaves unknown or out-of-range entities as written', () => {
    expect(excerptParts('&bogus; &#99999999;')).toEqual([{ text: '&bogus; &#99999999;', marked: false }]);
  });
});

describe('sectionLinks', () => {
  it('keeps sections other than the page itself, at most three', () => {
    const subs = ['', '#a', '#b', '#c', '#d'].map((hash) => ({ title: hash || 'page', url: `/en/areas/data/${hash}` }));
    expect(sectionLinks('/en/areas/data/', subs).map((sub) => sub.url)).toEqual([
      '/en/areas/data/#a',
      '/en/areas/data/#b',
      '/en/areas/data/#c',
    ]);
    expect(sectionLinks('/en/', undefined)).toEqual([]);
  });

  it('puts the sections with the strongest matches first, keeping page order on ties', () => {
    const section = (hash: string, scores: number[]) => ({
      title: hash,
      url: `/glossary/#${hash}`,
      weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
    });
    const subs = [section('a', [1]), section('b', [5, 4]), section('c', [1]), section('d', [2])];
    expect(sectionLinks('/glossary/', subs).map((sub) => sub.title)).toEqual(['b', 'd', 'a']);
  });
});

describe('interleave', () => {
  it('alternates pages and entries, a page first', () => {
    expect(interleave(['p1', 'p2'], ['e1', 'e2'])).toEqual(['p1', 'e1', 'p2', 'e2']);
  });

  it('fills in from the longer list once the shorter one runs out', () => {
    expect(interleave(['p1'], ['e1', 'e2', 'e3'])).toEqual(['p1', 'e1', 'e2', 'e3']);
    expect(interleave(['p1', 'p2', 'p3'], [])).toEqual(['p1', 'p2', 'p3']);
    expect(interleave([], [])).toEqual([]);
  });
});
