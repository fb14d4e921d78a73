// <theme-toggle>: switches light/dark, remembers the choice, and follows the system until one is made.
import { THEME_STORAGE_KEY } from '../lib/themeBootstrap.mjs';
import { readStorage, writeStorage } from '../lib/safeStorage';

/** Switches between light and dark, remembers the choice, and follows the system until one is made. */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    const show = (theme: string) => {
      root.dataset.theme = theme;
      button.setAttribute('aria-pressed', String(theme === 'dark'));
    };
    show(root.dataset.theme!);
    button.addEventListener('click', () => {
      const theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
      writeStorage(THEME_STORAGE_KEY, theme);
      show(theme);
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
      if (!readStorage(THEME_STORAGE_KEY)) show(event.matches ? 'dark' : 'light');
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);
