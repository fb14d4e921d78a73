// Loads Pagefind's Component UI from the files the build wrote into pagefind/, once per page.
import { normalizeQuery } from '../lib/searchQuery';
let loading: Promise<void> | undefined;

export function loadPagefindUi(bundleUrl: string): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = `${bundleUrl}pagefind-component-ui.css`;
    document.head.append(stylesheet);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${bundleUrl}pagefind-component-ui.js`;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => {
      loading = undefined;
      reject(new Error(`Could not load ${script.src}`));
    });
    document.head.append(script);
  });
  return loading;
}

/**
 * Pagefind's filter dropdown trigger is a button with role="combobox", and a combobox takes no
 * name from its text, so screen readers announce it unnamed. Copy the visible label into
 * aria-label whenever Pagefind renders one.
 */
export function nameFilterTriggers(root: HTMLElement): void {
  const apply = () => {
    for (const trigger of root.querySelectorAll<HTMLElement>('.pf-dropdown-trigger:not([aria-label])')) {
      const label = trigger.querySelector('.pf-dropdown-trigger-label')?.textContent?.trim();
      if (label) trigger.setAttribute('aria-label', label);
    }
  };
  apply();
  new MutationObserver(apply).observe(root, { childList: true, subtree: true });
}

interface PagefindInstance {
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: unknown): void;
}

interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}

const normalized = new WeakSet<PagefindInstance>();

/**
 * Asks Pagefind for what the reader means rather than every word they typed (see normalizeQuery):
 * the panel's instance passes each term through it before searching.
 */
export function normalizeSearches(root: HTMLElement): void {
  const name = root.querySelector('pagefind-config')?.getAttribute('instance') ?? 'default';
  const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  const instance = components?.getInstanceManager().getInstance(name);
  if (!instance || normalized.has(instance)) return;
  normalized.add(instance);
  const search = instance.triggerSearch.bind(instance);
  const searchWithFilters = instance.triggerSearchWithFilters.bind(instance);
  instance.triggerSearch = (term) => search(normalizeQuery(term));
  instance.triggerSearchWithFilters = (term, filters) => searchWithFilters(normalizeQuery(term), filters);
}
