import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_SLUGS } from '../../src/config';
import { chapterSections } from '../../src/lib/sections';
import {
  CONTENT,
  citedKeys,
  countHan,
  countWords,
  h2Headings,
  proseOf,
  questionLevels,
  readSource,
} from '../helpers/contentFiles';

interface ChapterData {
  rank: number;
  references: string[];
  related: string[];
}

const chapter = (locale: 'zh' | 'en', slug: string) => readSource<ChapterData>(join(CONTENT, locale, 'areas', `${slug}.mdx`));

describe.each(AREA_SLUGS)('chapter %s', (slug) => {
  const zh = chapter('zh', slug);
  const en = chapter('en', slug);

  it.each([
    ['zh', zh],
    ['en', en],
  ] as const)('follows the section outline in %s', (locale, source) => {
    expect(h2Headings(source.body)).toEqual(chapterSections(locale, source.data.rank));
  });

  it('is long enough: 6,000 Han characters in zh, 3,000 words in en', () => {
    expect(countHan(proseOf(zh.body))).toBeGreaterThanOrEqual(6000);
    expect(countWords(proseOf(en.body))).toBeGreaterThanOrEqual(3000);
  });

  it('cites at least 8 references, the same list in both languages, each with a bibliography entry', () => {
    expect(zh.data.references.length).toBeGreaterThanOrEqual(8);
    expect(en.data.references).toEqual(zh.data.references);
    const missing = zh.data.references.filter((key) => !existsSync(join(CONTENT, 'references', `${key}.yaml`)));
    expect(missing).toEqual([]);
  });

  it.each([
    ['zh', zh],
    ['en', en],
  ] as const)('only cites inline what the %s frontmatter lists', (_, source) => {
    const unknown = citedKeys(source.body).filter((key) => !source.data.references.includes(key));
    expect(unknown).toEqual([]);
  });

  it('ends with the heading under which its selection of bank questions is shown, and holds no questions itself', () => {
    expect(questionLevels(zh.body)).toEqual([]);
    expect(questionLevels(en.body)).toEqual([]);
    expect(zh.body.trimEnd().endsWith('### 面试题')).toBe(true);
    expect(en.body.trimEnd().endsWith('### Interview questions')).toBe(true);
  });

  it('has the same h3 outline size and related directions in both languages', () => {
    const h3 = (body: string) => body.split('\n').filter((line) => line.startsWith('### ')).length;
    expect(h3(en.body)).toBe(h3(zh.body));
    expect(en.data.related).toEqual(zh.data.related);
  });

  it.each([
    ['zh', zh],
    ['en', en],
  ] as const)('links only to chapters and stages of its own language (%s)', (locale, source) => {
    const internal = [...source.body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((match) => match[1]!);
    const foreign = internal.filter((href) => (locale === 'zh' ? href.startsWith('/en/') : !href.startsWith('/en/')));
    expect(foreign).toEqual([]);
  });
});
