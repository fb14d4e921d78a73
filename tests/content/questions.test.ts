import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_SLUGS, STAGE_SLUGS } from '../../src/config';
import { validateQuestions } from '../../src/lib/validateQuestions';
import { questionId, readQuestions, readSectionLinks, readTopics } from '../helpers/bankSources';
import { CONTENT } from '../helpers/contentFiles';

const zh = readQuestions('zh');
const en = readQuestions('en');
const ids = (files: typeof zh) => files.map(questionId);

describe('the interview question bank', () => {
  it('has at least 240 questions in each language, with the same ids', () => {
    expect(zh.length).toBeGreaterThanOrEqual(240);
    expect(ids(en)).toEqual(ids(zh));
  });

  it.each(AREA_SLUGS)('has at least 40 questions on %s', (area) => {
    expect(zh.filter((file) => file.data.area === area).length).toBeGreaterThanOrEqual(40);
  });

  it('mixes levels roughly 25 / 45 / 30 across the bank', () => {
    const share = (level: string) => zh.filter((file) => file.data.level === level).length / zh.length;
    expect(share('easy')).toBeGreaterThanOrEqual(0.2);
    expect(share('easy')).toBeLessThanOrEqual(0.3);
    expect(share('medium')).toBeGreaterThanOrEqual(0.4);
    expect(share('medium')).toBeLessThanOrEqual(0.5);
    expect(share('hard')).toBeGreaterThanOrEqual(0.25);
    expect(share('hard')).toBeLessThanOrEqual(0.35);
  });

  it.each(AREA_SLUGS)('uses every level on %s', (area) => {
    expect(new Set(zh.filter((file) => file.data.area === area).map((file) => file.data.level))).toEqual(new Set(['easy', 'medium', 'hard']));
  });

  it.each(STAGE_SLUGS)('has questions for the %s stage', (stage) => {
    expect(zh.filter((file) => file.data.stages.includes(stage)).length).toBeGreaterThanOrEqual(5);
  });

  it('passes the build rules: twins agree, ids match their direction, topics, sections and no repeated question', () => {
    const entries = [...zh, ...en].map((file) => ({
      id: `${file.path.includes(`${'/'}en${'/'}`) ? 'en' : 'zh'}/questions/${questionId(file)}`,
      filePath: file.path.slice(CONTENT.length - 'content'.length),
      data: { ...file.data, references: file.data.references.map((id) => ({ id })) },
    }));
    expect(validateQuestions(entries, { topics: readTopics(), sections: readSectionLinks() })).toEqual([]);
  });

  it('cites at least one bibliography entry per question, each of which exists', () => {
    const missing = zh.flatMap((file) =>
      file.data.references.filter((key) => !existsSync(join(CONTENT, 'references', `${key}.yaml`))).map((key) => `${questionId(file)}: ${key}`),
    );
    expect(missing).toEqual([]);
    expect(zh.every((file) => file.data.references.length >= 1)).toBe(true);
  });

  it.each([
    ['zh', zh],
    ['en', en],
  ] as const)('gives every %s question a deeper answer of substance and one or two follow-ups', (_, files) => {
    const thin = files.filter((file) => file.body.trim().length < 300 || file.data.followUps.length < 1 || file.data.followUps.length > 2);
    expect(thin.map(questionId)).toEqual([]);
  });

  it('was reviewed on a real date, not in the future', () => {
    const future = zh.filter((file) => new Date(file.data.lastReviewed).getTime() > Date.now() + 86_400_000);
    expect(future.map(questionId)).toEqual([]);
  });
});
