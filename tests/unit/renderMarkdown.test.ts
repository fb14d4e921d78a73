import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer, unwrapParagraph } from '../../src/lib/renderMarkdown';

const render = createMarkdownRenderer();

describe('createMarkdownRenderer', () => {
  it('renders inline code, emphasis and formulas', () => {
    const html = render('Use `--max-model-len`, **not** guesses: $2P$ bytes.');
    expect(html).toContain('<code>--max-model-len</code>');
    expect(html).toContain('<strong>not</strong>');
    expect(html).toMatch(/<math><mrow><mn>2<\/mn><mi>P<\/mi><\/mrow><\/math>/);
  });

  it('escapes markup instead of passing it through', () => {
    expect(render('<img src=x onerror=alert(1)>')).not.toContain('<img');
  });
});

describe('unwrapParagraph', () => {
  it('unwraps one paragraph and keeps several', () => {
    expect(unwrapParagraph('<p>One <em>line</em></p>\n')).toBe('One <em>line</em>');
    expect(unwrapParagraph('<p>a</p>\n<p>b</p>')).toBe('<p>a</p>\n<p>b</p>');
  });
});
