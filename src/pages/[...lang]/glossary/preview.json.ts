// The short definitions the term-link preview shows, one file per language, fetched on first hover.
import type { APIRoute } from 'astro';
import { getGlossary } from '../../../collections';
import type { Locale } from '../../../config';
import { localeStaticPaths } from '../../../lib/localePath';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const { locale } = props;
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const terms = await getGlossary();
  const preview = Object.fromEntries(
    terms.map((term) => [
      term.id,
      { name: term.data[locale].name, other: term.data[other].name, definition: term.data[locale].definition.replace(/\$/g, '') },
    ]),
  );
  return new Response(JSON.stringify(preview), { headers: { 'Content-Type': 'application/json' } });
};
