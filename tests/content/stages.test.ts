import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGE_SLUGS } from '../../src/config';
import { stageSections } from '../../src/lib/sections';
import { CONTENT, citedKeys, countHan, countWords, h2Headings, proseOf, readSource } from '../helpers/contentFiles';

interface StageData {
  order: number;
  concepts: string[];
  checklist: { id: string; text: string }[];
  references: string[];
  feeds: string[];
  project: { tools: string[] };
}

const stage = (locale: 'zh' | 'en', slug: string) => readSource<StageData>(join(CONTENT, locale, 'stages', `${slug}.mdx`));

describe.each(STAGE_SLUGS)('stage %s', (slug) => {
  const zh = stage('zh', slug);
  const en = stage('en', slug);

  it('keeps its place in the learning order', () => {
    expect(zh.data.order).toBe(STAGE_SLUGS.indexOf(slug) + 1);
    expect(en.data.order).toBe(zh.data.order);
  });

  it.each([
    ['zh', zh],
    ['en', en],
  ] as const)('follows the stage outline in %s', (locale, source) => {
    expect(h2Headings(source.body)).toEqual(stageSections(locale));
  });

  it('is long enough: 2,500 Han characters in zh, 1,200 words in en', () => {
    expect(countHan(proseOf(zh.body))).toBeGreaterThanOrEqual(2500);
    expect(countWords(proseOf(en.body))).toBeGreaterThanOrEqual(1200);
  });

  it('lists the same concepts, tools, checklist items, directions and references in both languages', () => {
    expect(en.data.concepts.length).toBe(zh.data.concepts.length);
    expect(en.data.project.tools.length).toBe(zh.data.project.tools.length);
    expect(en.data.checklist.map((item) => item.id)).toEqual(zh.data.checklist.map((item) => item.id));
    expect(en.data.feeds).toEqual(zh.data.feeds);
    expect(en.data.references).toEqual(zh.data.references);
  });

  it('has at least 5 checklist items and cites only listed, existing references', () => {
    expect(zh.data.checklist.length).toBeGreaterThanOrEqual(5);
    expect(zh.data.references.filter((key) => !existsSync(join(CONTENT, 'references', `${key}.yaml`)))).toEqual([]);
    for (const source of [zh, en]) {
      expect(citedKeys(source.body).filter((key) => !source.data.references.includes(key))).toEqual([]);
    }
  });
});
