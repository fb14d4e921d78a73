// Renders a bank question's short Markdown fields with term links, like the answer bodies.
import type { Locale } from '../config';
import { readGlossaryNames } from './glossaryNames';
import { glossaryHref } from './rehypePageTermLinks';
import { createMarkdownRenderer } from './renderMarkdown';
import { rehypeTermLinks, termNamesFor } from './rehypeTermLinks';

const renderers = new Map<Locale, (markdown: string) => string>();

/** For text that sits in a heading, where term links do not belong. */
export const renderPlainMarkdown = createMarkdownRenderer();

export function renderBankMarkdown(markdown: string, locale: Locale): string {
  let render = renderers.get(locale);
  if (!render) {
    const terms = termNamesFor(locale, readGlossaryNames('./content/glossary'));
    render = createMarkdownRenderer([[rehypeTermLinks, { terms, glossaryHref: glossaryHref(locale, import.meta.env.BASE_URL) }]]);
    renderers.set(locale, render);
  }
  return render(markdown);
}
