import { describe, expect, it } from 'vitest';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { HAN_PER_MINUTE, WORDS_PER_MINUTE, proseText, readingMinutes } from '../../src/lib/readingTime';
import { remarkReadingTime } from '../../src/lib/remarkReadingTime';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkMath).parse(markdown) as Root;
const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

describe('readingMinutes', () => {
  it('reads English at 200 words a minute, rounding up', () => {
    expect(WORDS_PER_MINUTE).toBe(200);
    expect(readingMinutes(words(200))).toBe(1);
    expect(readingMinutes(words(201))).toBe(2);
    expect(readingMinutes(words(2000))).toBe(10);
  });

  it('reads Chinese at 300 characters a minute, and the Latin words among them as words', () => {
    expect(HAN_PER_MINUTE).toBe(300);
    expect(readingMinutes('字'.repeat(3000))).toBe(10);
    // 2,700 characters (9 minutes) and 200 words (1 minute).
    expect(readingMinutes(`${'预训练'.repeat(900)} ${words(200)}`)).toBe(10);
  });

  it('is at least a minute, and punctuation alone is no word', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('— … ，。')).toBe(1);
    expect(readingMinutes(`${words(300)} ${'— '.repeat(500)}`)).toBe(2);
  });
});

describe('proseText', () => {
  it('keeps prose and inline code, and leaves out code blocks and formulas', () => {
    const text = proseText(
      parse(
        [
          '# Serving',
          '',
          'Run `vllm serve` with $x^2$ inline.',
          '',
          '```bash',
          'vllm bench serve --num-prompts 500',
          '```',
          '',
          '$$',
          'E = mc^2',
          '$$',
          '',
          'A plot ![throughput chart](plot.png) follows.',
        ].join('\n'),
      ),
    );
    expect(text.split(/\s+/).filter(Boolean)).toEqual([
      'Serving',
      'Run',
      'vllm',
      'serve',
      'with',
      'inline.',
      'A',
      'plot',
      'follows.',
    ]);
    expect(text).not.toMatch(/bench|mc\^2|x\^2|chart/);
  });
});

describe('remarkReadingTime', () => {
  it('adds readingMinutes to the frontmatter Astro collected, keeping its other fields', () => {
    const tree = parse(`${words(450)}\n\n\`\`\`python\n${words(2000)}\n\`\`\``);
    const file = { data: { astro: { frontmatter: { title: 'Inference' } as Record<string, unknown> } } };
    remarkReadingTime()(tree, file);
    expect(file.data.astro.frontmatter).toEqual({ title: 'Inference', readingMinutes: 3 });
  });
});
