// <practice-dashboard>: on the bank's front page, what the reader knows per direction and level,
// what is due today, and which answers changed since they were practised.
import { dueQuestions, summarizePractice, toDay, type BankQuestion } from '../lib/practice';
import { CHANGE_EVENT, loadProgress } from './progressStore';

function fill(template: string | undefined, values: Record<string, number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

class PracticeDashboard extends HTMLElement {
  connectedCallback() {
    let bank: BankQuestion[];
    try {
      bank = JSON.parse(this.dataset.bank ?? '[]') as BankQuestion[];
    } catch {
      return;
    }
    const render = () => {
      const { practice } = loadProgress().progress;
      const today = toDay(new Date());
      const summary = summarizePractice(practice, bank, today);
      const due = dueQuestions(practice, bank, today);
      for (const cell of document.querySelectorAll<HTMLElement>('[data-known-cell]')) {
        const [area, level] = (cell.dataset.knownCell ?? '').split(':');
        const counts = level ? summary.byArea[area]?.byLevel[level] : summary.byArea[area];
        cell.textContent = counts && counts.known > 0 ? `✓ ${counts.known}` : '';
      }
      const known = this.querySelector<HTMLElement>('[data-dashboard-known]');
      if (known) known.textContent = fill(this.dataset.knownTemplate, { known: summary.known, total: summary.total });
      const dueLine = this.querySelector<HTMLElement>('[data-dashboard-due]');
      if (dueLine) dueLine.textContent = fill(this.dataset.dueTemplate, { count: summary.due });
      for (const item of this.querySelectorAll<HTMLElement>('[data-due-area]')) {
        const count = due.filter((question) => question.area === item.dataset.dueArea).length;
        item.hidden = count === 0;
        const counter = item.querySelector('[data-due-count]');
        if (counter) counter.textContent = String(count);
      }
      const updated = this.querySelector<HTMLElement>('[data-dashboard-updated]');
      if (updated) {
        updated.hidden = summary.updated === 0;
        updated.textContent = fill(this.dataset.updatedTemplate, { count: summary.updated });
      }
    };
    render();
    document.addEventListener(CHANGE_EVENT, render);
    window.addEventListener('storage', render);
  }
}

if (!customElements.get('practice-dashboard')) customElements.define('practice-dashboard', PracticeDashboard);
