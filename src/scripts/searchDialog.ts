// <search-dialog>: opens search from the header link or a shortcut. The dialog itself, its file and
// its result list's script load on first use (searchDialogOpen.ts); what is typed meanwhile is kept.
import { isSearchShortcut } from '../lib/searchShortcut';

class SearchDialog extends HTMLElement {
  connectedCallback() {
    const opener = this.querySelector<HTMLAnchorElement>('[data-search-open]');
    if (!opener) return;
    // Keys pressed while the dialog loads; undefined when nothing is loading.
    let typed: string[] | undefined;
    const open = () => {
      const keys = (typed ??= []);
      void import('./searchDialogOpen')
        .then((module) => module.openSearch(opener, this.dataset.src, keys))
        .finally(() => (typed = undefined));
    };
    opener.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
    document.addEventListener('keydown', (event) => {
      if (document.querySelector('dialog#search-dialog[open]')) return;
      if (isSearchShortcut(event, event.target as HTMLElement | null)) {
        event.preventDefault();
        open();
      } else if (typed && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        typed.push(event.key);
        event.preventDefault();
      }
    });
  }
}
customElements.define('search-dialog', SearchDialog);
