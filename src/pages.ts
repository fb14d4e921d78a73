// Prose pages (home, ranking, roadmap overview) from the `pages` collection, twin-checked.
import { getEntry, type CollectionEntry } from 'astro:content';
import type { Locale } from './config';

export type ProsePage = CollectionEntry<'pages'>;

/** The prose of a page in one language; a missing file fails the build with its expected path. */
export async function getProsePage(locale: Locale, name: string): Promise<ProsePage> {
  const entry = await getEntry('pages', `${locale}/pages/${name}`);
  if (!entry) throw new Error(`Missing page content: content/${locale}/pages/${name}.mdx`);
  return entry;
}
