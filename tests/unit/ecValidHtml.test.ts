import { describe, expect, it } from 'vitest';
import { ExpressiveCode } from 'astro-expressive-code';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { pluginValidHtml } from '../../src/lib/ecValidHtml';

const render = async (engine: ExpressiveCode) => {
  const { renderedGroupAst } = await engine.render({ code: 'pip install vllm\nvllm serve model', language: 'bash' });
  return unified()
    .use(rehypeStringify)
    .stringify({ type: 'root', children: [renderedGroupAst] } as never);
};

describe('pluginValidHtml', () => {
  it('turns the divs inside <code> and the copy button into spans, and gives the button a type and a name', async () => {
    const before = await render(new ExpressiveCode({ textMarkers: false }));
    expect(before).toMatch(/<code><div class="ec-line">/);
    const html = await render(new ExpressiveCode({ textMarkers: false, plugins: [pluginValidHtml()] }));
    const code = /<code>[\s\S]*<\/code>/.exec(html)![0];
    expect(code).not.toContain('<div');
    expect(code).toContain('<span class="ec-line">');
    expect(html).toMatch(
      /<button title="Copy to clipboard"[^>]* type="button" aria-label="Copy to clipboard"><span><\/span><\/button>/,
    );
    // The live region for "Copied!" stays a div outside the button.
    expect(html).toContain('<div aria-live="polite"></div>');
  });
});
