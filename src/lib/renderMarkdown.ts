// Renders the short Markdown fields of bank questions (short answer, probes, wrong answer) at
// build time, with formulas, the same way page bodies are rendered.
import rehypeMathml from '@daiji256/rehype-mathml';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { rehypeJoinShortFormulas } from './rehypeJoinShortFormulas';

/** A Markdown-to-HTML renderer; `rehypePlugins` run after the formulas are rendered, as on pages. */
export function createMarkdownRenderer(rehypePlugins: PluggableList = []): (markdown: string) => string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkRehype)
    .use(rehypeMathml, { wrap: 'tex' })
    .use(rehypeJoinShortFormulas)
    .use(rehypePlugins)
    .use(rehypeStringify);
  return (markdown) => String(processor.processSync(markdown));
}

/** Renders Markdown and drops the paragraph around a single line, for text inside a heading or list item. */
export function unwrapParagraph(html: string): string {
  const match = /^<p>([\s\S]*)<\/p>\s*$/.exec(html.trim());
  return match && !match[1].includes('<p>') ? match[1] : html;
}
