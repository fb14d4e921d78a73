// The fixed h2 outline of chapters and roadmap stages in each language; the build and the
// content tests hold every page to it, so both languages keep the same structure.
import type { Locale } from '../config';

export function chapterSections(locale: Locale, rank: number): string[] {
  return locale === 'zh'
    ? ['一句话与日常工作', `为什么排第 ${rank}`, '核心知识', '技能与工具', '常见坑', '如何入门', '如何展示']
    : [
        'In one sentence, and the day-to-day',
        `Why it ranks #${rank}`,
        'Core knowledge',
        'Skills and tools',
        'Pitfalls',
        'How to start',
        'How to show it',
      ];
}

export function stageSections(locale: Locale): string[] {
  return locale === 'zh'
    ? ['为什么在这个阶段学', '核心概念', '动手项目', '常见坑', '下一步']
    : ['Why this stage, and why now', 'Core concepts', 'The project, step by step', 'Pitfalls', 'What comes next'];
}

/** Describes how a page's h2 headings differ from the expected outline; empty when they match. */
export function compareSections(actual: readonly string[], expected: readonly string[]): string[] {
  const problems: string[] = [];
  const length = Math.max(actual.length, expected.length);
  for (let index = 0; index < length; index++) {
    if (actual[index] !== expected[index]) {
      problems.push(
        `h2 #${index + 1} is ${actual[index] === undefined ? 'missing' : `"${actual[index]}"`}, expected ${
          expected[index] === undefined ? 'no more h2 headings' : `"${expected[index]}"`
        }`,
      );
    }
  }
  return problems;
}
