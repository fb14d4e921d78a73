// "Edit this page" and "report an error on this page" links into the project's repository, when
// one is configured (SITE_REPO, e.g. https://github.com/owner/repo). Without one there are none.

export interface RepositoryConfig {
  /** Repository URL without a trailing slash. */
  url: string;
  branch: string;
}

/** The repository from the build's settings, or undefined when SITE_REPO is unset or not an http(s) URL. */
export function readRepository(url: string | undefined, branch: string | undefined): RepositoryConfig | undefined {
  const trimmed = url?.trim().replace(/\/+$/, '');
  if (!trimmed || !/^https?:\/\/[^/\s]+\/\S+$/.test(trimmed)) return undefined;
  return { url: trimmed, branch: branch?.trim() || 'main' };
}

/** Where a source file (relative to the project root) can be edited. */
export function editUrl(repository: RepositoryConfig, sourceFile: string): string {
  const path = sourceFile
    .replace(/^\.?\//, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return `${repository.url}/edit/${encodeURIComponent(repository.branch)}/${path}`;
}

/** A new-issue link prefilled with the page's title and address, and what a useful report contains. */
export function reportUrl(
  repository: RepositoryConfig,
  page: { title: string; url: string },
  prompts: { title: string; body: string },
): string {
  const params = new URLSearchParams({
    title: prompts.title.replace('{title}', page.title),
    body: prompts.body.replace('{url}', page.url),
  });
  return `${repository.url}/issues/new?${params}`;
}
