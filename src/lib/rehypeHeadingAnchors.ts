// A visible link to copy after every h2 and h3 of a chapter, stage or page, labelled in the page's
// language. rehype-autolink-headings does the work; this wrapper only picks the label's language
// from the source file's path, which the plugin's own options cannot see.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { translate } from '../i18n';

export function rehypeHeadingAnchors() {
  return (tree: Root, file: { path?: string }) => {
    const locale = /[\\/]content[\\/]en[\\/]/.test(file.path ?? '') ? 'en' : 'zh';
    const link = rehypeAutolinkHeadings({
      behavior: 'after',
      test: ['h2', 'h3'],
      group: (heading: Element) => ({
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `heading-wrapper-${heading.tagName}`] },
        children: [],
      }),
      properties: (heading: Element) => ({
        className: ['heading-anchor'],
        ariaLabel: translate(locale, 'heading.anchor', { title: toString(heading).trim() }),
        dataPagefindIgnore: '',
      }),
      // CSS draws the link icon (.heading-anchor::before): three fewer elements per heading than an inline SVG.
      content: [],
    });
    link(tree);
  };
}
