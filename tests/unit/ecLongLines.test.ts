import { describe, expect, it } from 'vitest';
import { ExpressiveCode } from 'astro-expressive-code';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { pluginLongLines } from '../../src/lib/ecLongLines';

const engine = new ExpressiveCode({ textMarkers: false, plugins: [pluginLongLines()] });
const pre = async (meta: string) => {
  const { renderedGroupAst } = await engine.render({ code: 'print("a long line")', language: 'python', meta });
  const html = unified()
    .use(rehypeStringify)
    .stringify({ type: 'root', children: [renderedGroupAst] } as never);
  return /<pre[^>]*>/.exec(html)![0];
};

describe('pluginLongLines', () => {
  it('makes a block that scrolls sideways focusable, and leaves wrapped blocks out of the tab order', async () => {
    expect(await pre('')).toContain('tabindex="0"');
    const wrapped = await pre('wrap');
    expect(wrapped).toContain('class="wrap"');
    expect(wrapped).not.toContain('tabindex');
  });

  it('gives scrolling blocks edge shadows, and keeps wrapped lines clear of the copy button on touch screens', async () => {
    const styles = await engine.getBaseStyles();
    expect(styles).toMatch(/\.frame pre:not\(\.wrap\)\{[^}]*radial-gradient/);
    expect(styles).toMatch(/@media \(hover: none\)\{[^{]*pre\.wrap \.ec-line:nth-child\(-n \+ 2\) \.code\{padding-inline-end/);
  });
});
