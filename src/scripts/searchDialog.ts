// <search-dialog>: opens search from the header button or a shortcut; Pagefind's UI loads on first use.
import { isSearchShortcut } from '../lib/searchShortcut';

/** Opens search from the header button or a shortcut, loading Pagefind's UI on first use. */
class SearchDialog extends HTMLElement {
  connectedCallback() {
    const opener = this.querySelector<HTMLAnchorElement>('[data-search-open]');
    const dialog = this.querySelector('dialog');
    const panel = this.querySelector<HTMLElement>('[data-search-panel]');
    const message = this.querySelector<HTMLElement>('[data-search-message]');
    if (!opener || !dialog || !panel || !message) return;

    const focusInput = () => dialog.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
    const open = async () => {
      const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] pagefind-input input');
      if (pageInput) {
        pageInput.focus();
        return;
      }
      if (!dialog.open) dialog.showModal();
      if (this.dataset.devMessage) {
        message.textContent = this.dataset.devMessage;
        return;
      }
      try {
        // The loader and its query handling load with the UI, on first use, not with every page.
        const { loadPagefindUi, nameFilterTriggers, normalizeSearches } = await import('./loadPagefindUi');
        await loadPagefindUi(panel.dataset.bundle ?? '/pagefind/');
        nameFilterTriggers(panel);
        normalizeSearches(panel);
        requestAnimationFrame(focusInput);
      } catch {
        message.textContent = this.dataset.errorMessage ?? '';
      }
    };

    opener.addEventListener('click', (event) => {
      event.preventDefault();
      void open();
    });
    document.addEventListener('keydown', (event) => {
      if (dialog.open || !isSearchShortcut(event, event.target as HTMLElement | null)) return;
      event.preventDefault();
      void open();
    });
    // A click on the backdrop (outside the dialog box) closes it, as Esc does.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }
}
customElements.define('search-dialog', SearchDialog);
