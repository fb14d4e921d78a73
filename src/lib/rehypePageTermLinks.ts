// The term linker as wired into the site's Markdown: it picks the page's language from the source
// path and links only chapters, stages and interview answers.
import type { Root } from 'hast';
import { DEFAULT_LOCALE, type Locale } from '../config';
import { localePath, withBase } from './localePath';
import { rehypeTermLinks, termNamesFor, type GlossaryTermNames } from './rehypeTermLinks';

const LINKED = /(?:^|[\\/])content[\\/](zh|en)[\\/](?:areas|stages|questions)[\\/]/;

/** The glossary page of a language, with base. */
export function glossaryHref(locale: Locale, base: string): string {
  return withBase(localePath(locale, 'glossary/'), base);
}

export function rehypePageTermLinks({ glossary, base }: { glossary: readonly GlossaryTermNames[]; base: string }) {
  const linkers = {
    zh: rehypeTermLinks({ terms: termNamesFor('zh', glossary), glossaryHref: glossaryHref('zh', base) }),
    en: rehypeTermLinks({ terms: termNamesFor('en', glossary), glossaryHref: glossaryHref('en', base) }),
  } satisfies Record<Locale, (tree: Root) => void>;
  return (tree: Root, file: { path?: string }) => {
    const locale = LINKED.exec(file.path ?? '')?.[1] as Locale | undefined;
    if (locale) linkers[locale ?? DEFAULT_LOCALE](tree);
  };
}
