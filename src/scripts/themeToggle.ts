// <theme-toggle>: switches light/dark, remembers the choice, and follows the system until one is made.
import { THEME_STORAGE_KEY } from '../lib/themeBootstrap.mjs';

/** Switches between light and dark, remembers the choice, and follows the system until one is made. */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    const sync = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
    sync();
    button.addEventListener('click', () => {
      root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem(THEME_STORAGE_KEY, root.dataset.theme);
      } catch {
        // Storage can be disabled; the choice then lasts for this page only.
      }
      sync();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
      let stored: string | null;
      try {
        stored = localStorage.getItem(THEME_STORAGE_KEY);
      } catch {
        stored = null;
      }
      if (stored) return;
      root.dataset.theme = event.matches ? 'dark' : 'light';
      sync();
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);
