// Repository links render only when a repository is configured, and a production build carries
// its real origin everywhere, never the placeholder.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, PRODUCTION } from '../helpers/paths';
import { listPages, readPage } from '../helpers/site';

const PLACEHOLDER = 'llm-fullstack-guide.example.org';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(html|xml|json|txt)$/.test(name) ? [full] : [];
  });
}

describe('with a repository configured (the /guide/ build)', () => {
  it.each(['/areas/inference/', '/en/roadmap/rag/', '/about/', '/en/ranking/'])(
    '%s links to its own source file and to a prefilled error report',
    (path) => {
      const page = readPage('sub', path);
      const edit = page.querySelector('[data-edit-page]')?.getAttribute('href') ?? '';
      expect(edit).toMatch(new RegExp(`^${PRODUCTION.repository}/edit/main/content/(zh|en)/[a-z]+/[a-z-]+\\.mdx$`));
      const report = new URL(page.querySelector('[data-report-error]')?.getAttribute('href') ?? '');
      expect(report.origin + report.pathname).toBe(`${PRODUCTION.repository}/issues/new`);
      expect(report.searchParams.get('title')).toContain(page.querySelector('h1')?.text.trim() ?? '\u0000');
      expect(report.searchParams.get('body')).toContain(`${PRODUCTION.siteUrl}/guide${path}`);
    },
  );

  it('links each bank question and glossary term to its own file', () => {
    const question = readPage('sub', '/interview/data/')
      .querySelector('article[data-question] [data-edit-entry]')
      ?.getAttribute('href');
    expect(question).toMatch(new RegExp(`^${PRODUCTION.repository}/edit/main/content/zh/questions/data-[a-z0-9-]+\\.md$`));
    const term = readPage('sub', '/en/glossary/').querySelector('[data-term-entry] [data-edit-entry]')?.getAttribute('href');
    expect(term).toMatch(new RegExp(`^${PRODUCTION.repository}/edit/main/content/glossary/[a-z0-9-]+\\.yaml$`));
  });

  it('names the repository in the footer', () => {
    expect(readPage('sub', '/').querySelector('footer [data-repository]')?.getAttribute('href')).toBe(PRODUCTION.repository);
  });

  it('uses the configured origin everywhere, never the placeholder', () => {
    const leaks = filesUnder(BUILDS.sub.outDir).filter((file) => readFileSync(file, 'utf8').includes(PLACEHOLDER));
    expect(leaks).toEqual([]);
    expect(readPage('sub', '/').querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${PRODUCTION.siteUrl}/guide/`,
    );
  });
});

describe('without a repository (the root build)', () => {
  it('renders no edit, report or repository link, not even a placeholder', () => {
    const offenders = listPages('root').filter((path) =>
      readPage('root', path).querySelector('[data-edit-page], [data-report-error], [data-edit-entry], [data-repository]'),
    );
    expect(offenders).toEqual([]);
  });
});
