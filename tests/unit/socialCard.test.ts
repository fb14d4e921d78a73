import { readFileSync } from 'node:fs';
import opentype, { type Font } from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/config';
import { missingGlyphs, socialCardSvg, wrapText } from '../../src/lib/socialCard';
import { SOCIAL_CARD_KINDS, socialCardText } from '../../src/lib/socialCardText';

function loadFont(weight: string): Font {
  const file = readFileSync(`src/assets/fonts/NotoSansCJKsc-${weight}.card.otf`);
  return opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
}
const fonts = { regular: loadFont('Regular'), bold: loadFont('Bold') };

describe('social cards', () => {
  it.each(LOCALES.flatMap((locale) => SOCIAL_CARD_KINDS.map((kind) => [locale, kind] as const)))(
    'the %s %s card has every glyph it needs and draws its text as paths',
    (locale, kind) => {
      const svg = socialCardSvg(socialCardText(locale, kind), fonts);
      expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
      expect(svg).not.toContain('<text');
      expect(svg).not.toMatch(/NaN|undefined/);
      expect(svg.match(/<path /g)?.length).toBeGreaterThanOrEqual(3);
    },
  );

  it('names the characters the font lacks instead of drawing blanks', () => {
    expect(missingGlyphs(fonts.regular, '指南龘 x')).toEqual(['龘']);
    expect(() => socialCardSvg({ eyebrow: '指南', title: '龘', description: '指南' }, fonts)).toThrow(/"龘".*npm run card-font/);
  });

  it('breaks Chinese lines without starting one on closing punctuation, within the width', () => {
    const text =
      '面向大模型算法工程师的职业与学习指南：数据、预训练、微调、对齐、推理、应用六个方向，怎么选、学什么、怎么证明自己。';
    const lines = wrapText(fonts.regular, text, 32, 400, 10);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(line).not.toMatch(/^[，。、：]/);
      expect(fonts.regular.getAdvanceWidth(line, 32)).toBeLessThanOrEqual(400 + 32);
    }
  });

  it('breaks English at spaces and ends a cut-off last line with an ellipsis', () => {
    const text = 'A career and learning guide for LLM algorithm engineers: which direction to choose and what to learn.';
    const lines = wrapText(fonts.regular, text, 32, 400, 2);
    expect(lines).toHaveLength(2);
    expect(text.startsWith(`${lines[0]} `)).toBe(true);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(fonts.regular.getAdvanceWidth(line, 32)).toBeLessThanOrEqual(400);
  });
});
