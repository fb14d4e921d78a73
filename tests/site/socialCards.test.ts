// Every page shares with a social card made at build time: an absolute og:image URL on the
// configured origin, pointing at a 1200×630 PNG that the build wrote, in the page's language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILDS, PRODUCTION } from '../helpers/paths';
import { fileForPath, listPages, readPage } from '../helpers/site';

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('social cards (the /guide/ build)', () => {
  const pages = listPages('sub');

  it.each(pages)('%s has an og:image on the production origin that exists', (path) => {
    const page = readPage('sub', path);
    const image = new URL(page.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '');
    expect(image.origin).toBe(PRODUCTION.siteUrl);
    expect(image.pathname).toMatch(path.startsWith('/en/') ? /^\/guide\/en\/og\/[a-z]+\.png$/ : /^\/guide\/og\/[a-z]+\.png$/);
    const file = fileForPath('sub', image.pathname.slice(BUILDS.sub.base.length - 1));
    expect(file, `${image.pathname} is not in the build`).toBeDefined();
    expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
  });

  it('cards are 1200×630 PNGs, one per page kind in each language, and differ by kind', () => {
    const chapter = fileForPath('sub', '/og/chapter.png')!;
    const englishChapter = fileForPath('sub', '/en/og/chapter.png')!;
    const glossary = fileForPath('sub', '/og/glossary.png')!;
    for (const file of [chapter, englishChapter, glossary]) expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect(readFileSync(chapter).equals(readFileSync(englishChapter))).toBe(false);
    expect(readFileSync(chapter).equals(readFileSync(glossary))).toBe(false);
    expect(readPage('sub', '/en/areas/inference/').querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      `${PRODUCTION.siteUrl}/guide/en/og/chapter.png`,
    );
  });
});
