import { describe, expect, it } from 'vitest';
import { editUrl, readRepository, reportUrl } from '../../src/lib/repositoryLinks';

describe('readRepository', () => {
  it('reads a repository URL and defaults the branch to main', () => {
    expect(readRepository('https://github.com/owner/guide/', undefined)).toEqual({
      url: 'https://github.com/owner/guide',
      branch: 'main',
    });
    expect(readRepository('https://gitlab.example/team/guide', 'trunk')).toEqual({
      url: 'https://gitlab.example/team/guide',
      branch: 'trunk',
    });
  });

  it('gives no repository, and so no links, when unset or not a URL', () => {
    expect(readRepository(undefined, 'main')).toBeUndefined();
    expect(readRepository('', 'main')).toBeUndefined();
    expect(readRepository('owner/guide', 'main')).toBeUndefined();
    expect(readRepository('javascript:alert(1)', 'main')).toBeUndefined();
  });
});

describe('links', () => {
  const repository = { url: 'https://github.com/owner/guide', branch: 'main' };

  it('edits the page’s own source file', () => {
    expect(editUrl(repository, 'content/zh/areas/inference.mdx')).toBe(
      'https://github.com/owner/guide/edit/main/content/zh/areas/inference.mdx',
    );
    expect(editUrl(repository, './content/glossary/kv-cache.yaml')).toBe(
      'https://github.com/owner/guide/edit/main/content/glossary/kv-cache.yaml',
    );
  });

  it('prefills a new issue with the page’s title and address', () => {
    const url = new URL(
      reportUrl(
        repository,
        { title: '推理', url: 'https://example.org/areas/inference/' },
        { title: 'Error on “{title}”', body: 'Page: {url}' },
      ),
    );
    expect(url.origin + url.pathname).toBe('https://github.com/owner/guide/issues/new');
    expect(url.searchParams.get('title')).toBe('Error on “推理”');
    expect(url.searchParams.get('body')).toBe('Page: https://example.org/areas/inference/');
  });
});
