// <search-panel>: the site's own result list on Pagefind's JavaScript API. Pagefind's UI bundle
// (≈47 KB with its styles) is never loaded: the panel's markup is rendered at build time, and a
// query renders its first results in one step, once their data has arrived, so nothing shifts.
import { normalizeQuery } from '../lib/searchQuery';
import { excerptParts, interleave, PAGEFIND_RANKING, sectionLinks, type SubResult } from '../lib/searchResults';
import { fillTemplate } from '../lib/fillTemplate';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: (SubResult & { excerpt: string })[];
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
  debouncedSearch(
    term: string | null,
    options: { filters: Record<string, string> },
    timeout?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

// Each result's data is a fragment: a section of a chapter or stage, a glossary entry or bank question,
// or a short page (1–5 KB each). Three first, then five more at a time, keep a first search's download small.
const FIRST_RESULTS = 3;
const MORE_RESULTS = 5;
let pagefindLoading: Promise<Pagefind> | undefined;

function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  pagefindLoading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: PAGEFIND_RANKING });
    return pagefind;
  })();
  pagefindLoading.catch(() => (pagefindLoading = undefined));
  return pagefindLoading;
}

function excerptInto(element: HTMLElement, excerpt: string): void {
  for (const part of excerptParts(excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      element.append(mark);
    } else element.append(part.text);
  }
}

class SearchPanel extends HTMLElement {
  private results: PagefindResult[] = [];
  private shown = 0;
  private query = '';

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
    const dialog = this.closest('dialog');
    if (dialog) {
      // Esc closes search at once, even from a field with text in it (which would otherwise clear first).
      dialog.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        dialog.close();
      });
      // A click on the backdrop (outside the dialog box) closes it, as Esc does.
      dialog.addEventListener('click', (event) => {
        if (event.target === dialog) dialog.close();
      });
    }
    if (this.dataset.devMessage) {
      this.status(this.dataset.devMessage);
      return;
    }
    const run = () => void this.search(input.value);
    input.addEventListener('input', run);
    for (const select of this.querySelectorAll('select')) select.addEventListener('change', run);
    more.addEventListener('click', () => void this.showMore());
    if (input.value) run();
  }

  get input(): HTMLInputElement {
    return this.querySelector<HTMLInputElement>('input[type="search"]')!;
  }

  private status(text: string): void {
    this.querySelector('[data-search-status]')!.textContent = text;
  }

  private filters(): Record<string, string> {
    const filters: Record<string, string> = {};
    for (const select of this.querySelectorAll('select')) if (select.value) filters[select.dataset.filter ?? ''] = select.value;
    return filters;
  }

  private async search(typed: string): Promise<void> {
    const query = normalizeQuery(typed.trim().slice(0, 200));
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind(this.dataset.bundle ?? '/pagefind/', this.dataset.base ?? '/');
    } catch {
      this.status(this.dataset.errorMessage ?? '');
      return;
    }
    const filters = this.filters();
    if (!query && Object.keys(filters).length === 0) {
      this.query = '';
      this.render([], false);
      this.status('');
      return;
    }
    const pages = await pagefind.debouncedSearch(query || null, { filters: { ...filters, unit: 'page' } }, 150);
    // A newer keystroke superseded this search: fetch no fragments for it.
    if (!pages || typed.trim() !== this.input.value.trim()) return;
    const entries = await pagefind.search(query || null, { filters: { ...filters, unit: 'entry' } });
    if (typed.trim() !== this.input.value.trim()) return;
    this.query = typed.trim();
    this.results = interleave(pages.results, entries.results);
    this.shown = 0;
    const first = await Promise.all(this.results.slice(0, FIRST_RESULTS).map((result) => result.data()));
    if (this.query !== this.input.value.trim()) return;
    this.shown = first.length;
    this.render(first, false);
    this.status(
      fillTemplate(this.results.length === 0 ? (this.dataset.noneTemplate ?? '') : (this.dataset.countTemplate ?? ''), {
        count: this.results.length,
        query: this.query || Object.values(filters).join(' · '),
      }),
    );
  }

  private async showMore(): Promise<void> {
    const next = await Promise.all(this.results.slice(this.shown, this.shown + MORE_RESULTS).map((result) => result.data()));
    const firstNew = this.shown;
    this.shown += next.length;
    this.render(next, true);
    this.querySelectorAll<HTMLAnchorElement>('[data-search-results] > li > a')[firstNew]?.focus();
  }

  private render(data: PagefindResultData[], append: boolean): void {
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const items = data.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.className = 'font-semibold text-blue-700 underline-offset-2 hover:underline dark:text-sky-300';
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      excerpt.className = 'mt-1 text-sm text-slate-700 dark:text-slate-300';
      excerptInto(excerpt, result.excerpt);
      item.append(link, excerpt);
      const sections = sectionLinks(result.url, result.sub_results);
      if (sections.length > 0) {
        const sub = document.createElement('ul');
        sub.className = 'mt-1 space-y-0.5 border-l border-slate-200 pl-3 text-sm dark:border-slate-700';
        for (const section of sections) {
          const subItem = document.createElement('li');
          const subLink = document.createElement('a');
          subLink.href = section.url;
          subLink.className = 'text-blue-700 underline-offset-2 hover:underline dark:text-sky-300';
          subLink.textContent = section.title;
          subItem.append(subLink);
          sub.append(subItem);
        }
        item.append(sub);
      }
      return item;
    });
    if (append) list.append(...items);
    else list.replaceChildren(...items);
    this.querySelector<HTMLButtonElement>('[data-search-more]')!.hidden = this.shown >= this.results.length;
  }
}

customElements.define('search-panel', SearchPanel);
