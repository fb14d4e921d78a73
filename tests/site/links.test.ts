import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILDS, type BuildName } from '../helpers/paths';
import { fileForPath, listPages, readPage } from '../helpers/site';

interface Reference {
  page: string;
  attribute: string;
  value: string;
}

function referencesIn(build: BuildName, page: string): Reference[] {
  const document = readPage(build, page);
  const found: Reference[] = [];
  for (const [selector, attribute] of [
    ['a[href]', 'href'],
    ['link[href]', 'href'],
    ['script[src]', 'src'],
    ['img[src]', 'src'],
  ] as const) {
    for (const element of document.querySelectorAll(selector)) {
      const rel = element.getAttribute('rel') ?? '';
      // canonical/alternate/og URLs are absolute site URLs, checked in pages.test.ts.
      if (selector === 'link[href]' && /canonical|alternate/.test(rel)) continue;
      found.push({ page, attribute, value: element.getAttribute(attribute)! });
    }
  }
  return found;
}

const idsByPage = new Map<string, Set<string>>();

/** The ids of a page, collected once: long pages are the targets of hundreds of #fragment links. */
function idsOf(build: BuildName, page: string): Set<string> {
  const key = `${build}:${page}`;
  let found = idsByPage.get(key);
  if (!found) {
    found = new Set(
      readPage(build, page)
        .querySelectorAll('[id]')
        .map((element) => element.getAttribute('id')!),
    );
    idsByPage.set(key, found);
  }
  return found;
}

/** Problems with one internal reference: a missing file, a missing #fragment, or a path outside the base. */
function checkInternal(build: BuildName, reference: Reference): string | undefined {
  const { base } = BUILDS[build];
  const url = new URL(reference.value, `http://site.test${base}${reference.page.slice(1)}`);
  if (url.host !== 'site.test') return undefined;
  if (!url.pathname.startsWith(base)) return `${reference.page}: ${reference.value} is outside the base ${base}`;
  const sitePath = '/' + url.pathname.slice(base.length);
  if (!fileForPath(build, sitePath)) return `${reference.page}: ${reference.value} does not exist`;
  if (url.hash && sitePath.endsWith('/')) {
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (!idsOf(build, sitePath).has(fragment)) return `${reference.page}: ${reference.value} has no #${fragment}`;
  }
  return undefined;
}

describe.each(Object.keys(BUILDS) as BuildName[])('links in the %s build', (build) => {
  const pages = listPages(build);

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('resolves every internal link, asset and #fragment', () => {
    const problems = pages.flatMap((page) =>
      referencesIn(build, page)
        .map((reference) => checkInternal(build, reference))
        .filter((problem): problem is string => problem !== undefined),
    );
    expect(problems).toEqual([]);
  });

  it('resolves url() references inside stylesheets', () => {
    const sheets = new Set(
      pages.flatMap((page) =>
        referencesIn(build, page)
          .filter((ref) => ref.value.endsWith('.css'))
          .map((ref) => ref.value),
      ),
    );
    const problems: string[] = [];
    for (const sheet of sheets) {
      const sitePath = '/' + sheet.slice(BUILDS[build].base.length);
      const css = readFileSync(fileForPath(build, sitePath)!, 'utf8');
      for (const [, target] of css.matchAll(/url\(["']?([^"')]+)["']?\)/g)) {
        if (target!.startsWith('data:')) continue;
        const resolved = new URL(target!, `http://site.test${sheet}`);
        if (!fileForPath(build, '/' + resolved.pathname.slice(BUILDS[build].base.length))) problems.push(`${sheet}: ${target}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes external links as well-formed https URLs, with rel="noopener noreferrer" on new tabs', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const link of readPage(build, page).querySelectorAll('a[href]')) {
        const href = link.getAttribute('href')!;
        if (!/^[a-z]+:/i.test(href)) continue;
        let url: URL | undefined;
        try {
          url = new URL(href);
        } catch {
          problems.push(`${page}: malformed ${href}`);
          continue;
        }
        if (url.protocol !== 'https:' && url.protocol !== 'mailto:') problems.push(`${page}: not https: ${href}`);
        if (link.getAttribute('target') === '_blank') {
          const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
          if (!rel.includes('noopener') || !rel.includes('noreferrer'))
            problems.push(`${page}: new tab without noopener noreferrer: ${href}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has unique ids on every page', () => {
    const problems = pages.flatMap((page) => {
      const ids = readPage(build, page)
        .querySelectorAll('[id]')
        .map((element) => element.getAttribute('id')!);
      return ids.filter((id, index) => ids.indexOf(id) !== index).map((id) => `${page}: duplicate id ${id}`);
    });
    expect(problems).toEqual([]);
  });
});
