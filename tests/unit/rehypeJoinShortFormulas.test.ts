import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../src/lib/renderMarkdown';
import { SHORT_FORMULA_CHARACTERS } from '../../src/lib/rehypeJoinShortFormulas';

const render = createMarkdownRenderer();
/** The <mrow> pieces directly under <math>, that an inline formula may break between. */
const pieces = (html: string) => (/<math>(.*)<\/math>/s.exec(html)?.[1] ?? '').match(/<mrow>/g)?.length ?? 0;

describe('rehypeJoinShortFormulas', () => {
  it('joins the pieces of a short inline formula into one, keeping every token in order', () => {
    const html = render('Memory: $2 \\times P = 14$ GB.');
    expect(html).toContain('<math><mrow><mn>2</mn><mo>×</mo><mi>P</mi><mo>=</mo><mn>14</mn></mrow></math>');
  });

  it('leaves a long inline formula in pieces, so it can still wrap on a phone', () => {
    const formula = '6 \\times 10^9 \\times 2 \\times 10^{10} = 1.2 \\times 10^{20} + 3.8 \\times 10^{25}';
    const html = render(`FLOPs: $${formula}$.`);
    expect(/<math>.*<\/math>/s.exec(html)![0].replace(/<[^>]+>/g, '').length).toBeGreaterThan(SHORT_FORMULA_CHARACTERS);
    expect(pieces(html)).toBeGreaterThan(2);
  });
});
