// <question-filters>: narrows a page of bank questions by level, topic and practice status, and
// opens or closes every answer. Without it the page is the plain, complete list.
import { CHANGE_EVENT } from './progressStore';

class QuestionFilters extends HTMLElement {
  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('[data-filter-controls]');
    const select = (name: string) => this.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    const count = this.querySelector<HTMLElement>('[data-filter-count]');
    const toggle = this.querySelector<HTMLButtonElement>('[data-toggle-answers]');
    const cards = () => [...document.querySelectorAll<HTMLElement>('article[data-question]')];
    const sections = () => [...document.querySelectorAll<HTMLElement>('[data-question-group]')];
    const params = new URLSearchParams(location.search);
    for (const [name, value] of params) {
      const field = select(name);
      if (field && [...field.options].some((option) => option.value === value)) field.value = value;
    }
    const apply = () => {
      const levels = new Set([...this.querySelectorAll<HTMLInputElement>('input[name="level"]:checked')].map((box) => box.value));
      const topic = select('topic')?.value ?? '';
      const status = select('status')?.value ?? '';
      let shown = 0;
      for (const card of cards()) {
        const visible =
          levels.has(card.dataset.level ?? '') &&
          (!topic || (card.dataset.topics ?? '').split(' ').includes(topic)) &&
          (!status || (card.dataset.practice ?? 'new') === status);
        card.hidden = !visible;
        if (visible) shown += 1;
      }
      for (const group of sections()) group.hidden = !group.querySelector('article[data-question]:not([hidden])');
      if (count)
        count.textContent = (count.dataset.template ?? '')
          .replace('{shown}', String(shown))
          .replace('{total}', String(cards().length));
    };
    controls?.addEventListener('input', apply);
    controls?.addEventListener('change', apply);
    toggle?.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-pressed') !== 'true';
      for (const details of document.querySelectorAll<HTMLDetailsElement>('article[data-question] details')) details.open = open;
      toggle.setAttribute('aria-pressed', String(open));
      toggle.textContent = (open ? toggle.dataset.labelCollapse : toggle.dataset.labelExpand) ?? '';
    });
    // Practice status is written by <question-practice> on each card; filter again when it changes.
    document.addEventListener(CHANGE_EVENT, () => requestAnimationFrame(apply));
    requestAnimationFrame(apply);
  }
}

if (!customElements.get('question-filters')) customElements.define('question-filters', QuestionFilters);
