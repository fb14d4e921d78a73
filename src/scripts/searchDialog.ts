// <search-dialog>: opens search from the header link or a shortcut; the result list's script loads on first use.
import { isSearchShortcut } from '../lib/searchShortcut';

class SearchDialog extends HTMLElement {
  connectedCallback() {
    const opener = this.querySelector<HTMLAnchorElement>('[data-search-open]');
    const dialog = document.querySelector<HTMLDialogElement>('dialog#search-dialog');
    if (!opener || !dialog) return;

    const open = () => {
      // On the search page the page's own field is the search.
      const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
      if (pageInput) {
        pageInput.focus();
        return;
      }
      if (!dialog.open) dialog.showModal();
      dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
      void import('./searchPanel');
    };

    opener.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
    document.addEventListener('keydown', (event) => {
      if (dialog.open || !isSearchShortcut(event, event.target as HTMLElement | null)) return;
      event.preventDefault();
      open();
    });
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
}
customElements.define('search-dialog', SearchDialog);
