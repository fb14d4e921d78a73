// Keeps the reader's place across languages: section ids are shared by both languages, so the
// switch carries the section in view (or the one in the address) to the twin page.
import { currentSectionIndex } from '../lib/currentSection';

const READING_LINE = 120;

function sectionInView(): string | undefined {
  if (scrollY === 0) return undefined;
  const headings = [...document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')];
  const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
  const index = currentSectionIndex(
    headings.map((heading) => heading.getBoundingClientRect().top),
    READING_LINE,
    atEnd,
  );
  const heading = headings[index];
  return heading && heading.getBoundingClientRect().top <= READING_LINE ? heading.id : undefined;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
  link.addEventListener('click', () => {
    const id = sectionInView() ?? (location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : undefined);
    link.hash = id ? `#${encodeURIComponent(id)}` : '';
  });
}
