// <progress-overview>: fills the Progress page's bars and marks which checklist items are done,
// from the stored progress, and again whenever it changes (here or in another tab).
import { fillTemplate } from '../lib/fillTemplate';
import { CHANGE_EVENT, loadProgress } from './progressStore';

class ProgressOverview extends HTMLElement {
  connectedCallback() {
    this.render();
    document.addEventListener(CHANGE_EVENT, this.render);
    window.addEventListener('storage', this.render);
  }

  disconnectedCallback() {
    document.removeEventListener(CHANGE_EVENT, this.render);
    window.removeEventListener('storage', this.render);
  }

  private readonly render = () => {
    const completed = new Set(loadProgress().progress.completed);
    for (const bar of this.querySelectorAll<HTMLElement>('[data-progress-bar]')) {
      const ids = (bar.dataset.ids ?? '').split(' ').filter(Boolean);
      const done = ids.filter((id) => completed.has(id)).length;
      const progress = bar.querySelector('progress');
      const count = bar.querySelector('[data-progress-count]');
      if (progress) {
        progress.value = done;
        progress.setAttribute('aria-valuetext', fillTemplate(this.dataset.countTemplate ?? '', { done, total: ids.length }));
      }
      if (count) count.textContent = `${done}/${ids.length}`;
    }
    for (const item of this.querySelectorAll<HTMLElement>('[data-item]')) {
      const done = completed.has(item.dataset.item ?? '');
      item.toggleAttribute('data-done', done);
      const state = item.querySelector('[data-item-state]');
      if (state) state.textContent = (done ? this.dataset.doneLabel : this.dataset.openLabel) ?? '';
    }
  };
}

customElements.define('progress-overview', ProgressOverview);
