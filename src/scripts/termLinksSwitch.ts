// The term links on/off switch, loaded on its first use or when the reader had turned links off.
import { TERM_LINKS_STORAGE_KEY } from '../lib/themeBootstrap.mjs';
import { writeStorage } from '../lib/safeStorage';

const root = document.documentElement;

/** Takes the page's term links out of the tab order while they are off, and sets the switches' state. */
export function applyTermLinks(): void {
  const off = root.dataset.termLinks === 'off';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.term-link')) {
    if (off) link.setAttribute('tabindex', '-1');
    else link.removeAttribute('tabindex');
  }
  for (const toggle of document.querySelectorAll<HTMLButtonElement>('[data-term-links-toggle]')) {
    toggle.setAttribute('aria-pressed', String(!off));
  }
}

export function toggleTermLinks(): void {
  const off = root.dataset.termLinks !== 'off';
  if (off) root.dataset.termLinks = 'off';
  else delete root.dataset.termLinks;
  writeStorage(TERM_LINKS_STORAGE_KEY, off ? 'off' : null);
  applyTermLinks();
}
