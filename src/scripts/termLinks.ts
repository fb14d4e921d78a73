// Term links on every page: the on/off switch (remembered, and applied before paint by the theme
// bootstrap) and, on the first hover or focus of a term link, the preview module.
import { TERM_LINKS_STORAGE_KEY } from '../lib/themeBootstrap.mjs';

const root = document.documentElement;

function applyTermLinks(): void {
  const off = root.dataset.termLinks === 'off';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.term-link')) {
    if (off) link.setAttribute('tabindex', '-1');
    else link.removeAttribute('tabindex');
  }
  for (const toggle of document.querySelectorAll<HTMLButtonElement>('[data-term-links-toggle]')) {
    toggle.setAttribute('aria-pressed', String(!off));
  }
}

document.addEventListener('click', (event) => {
  const toggle = (event.target as Element | null)?.closest?.('[data-term-links-toggle]');
  if (!toggle) return;
  const off = root.dataset.termLinks !== 'off';
  if (off) root.dataset.termLinks = 'off';
  else delete root.dataset.termLinks;
  try {
    if (off) localStorage.setItem(TERM_LINKS_STORAGE_KEY, 'off');
    else localStorage.removeItem(TERM_LINKS_STORAGE_KEY);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only.
  }
  applyTermLinks();
});

let preview: Promise<unknown> | undefined;
const loadPreview = (event: Event) => {
  const link = (event.target as Element | null)?.closest?.('a.term-link');
  if (!link || root.dataset.termLinks === 'off') return;
  preview ??= import('./termPreview').then((module) => module.showPreviewFor(link as HTMLAnchorElement));
};
document.addEventListener('pointerover', loadPreview);
document.addEventListener('focusin', loadPreview);

applyTermLinks();
