// <search-dialog>: opens search from the header link or a shortcut; the result list's script loads on first use.
import { isSearchShortcut } from '../lib/searchShortcut';

class SearchDialog extends HTMLElement {
  connectedCallback() {
    const opener = this.querySelector<HTMLAnchorElement>('[data-search-open]');
    const template = document.querySelector<HTMLTemplateElement>('template#search-dialog-template');
    if (!opener || !template) return;
    let dialog: HTMLDialogElement | undefined;

    /** The dialog, copied into the page from its template on first use; its panel (searchPanel.ts) handles Esc and the backdrop. */
    const createDialog = (): HTMLDialogElement => {
      document.body.append(template.content.cloneNode(true));
      return document.querySelector<HTMLDialogElement>('dialog#search-dialog')!;
    };

    const open = () => {
      // On the search page the page's own field is the search.
      const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
      if (pageInput) {
        pageInput.focus();
        return;
      }
      dialog ??= createDialog();
      if (!dialog.open) dialog.showModal();
      dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
      void import('./searchPanel');
    };

    opener.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
    document.addEventListener('keydown', (event) => {
      if (dialog?.open || !isSearchShortcut(event, event.target as HTMLElement | null)) return;
      event.preventDefault();
      open();
    });
  }
}
customElements.define('search-dialog', SearchDialog);
