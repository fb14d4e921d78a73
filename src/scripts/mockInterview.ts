// <mock-interview>: draws questions from the chosen directions and levels, shows them one at a
// time (loaded from the direction pages, so this page stays small), and grades each into the
// shared practice schedule.
import { drawMock, toDay, type BankQuestion } from '../lib/practice';
import { loadProgress } from './progressStore';
import { gradeAndSave } from './questionPractice';

function fill(template: string | undefined, values: Record<string, number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

class MockInterview extends HTMLElement {
  private bank: BankQuestion[] = [];
  private pages: Record<string, string> = {};
  private documents = new Map<string, Promise<Document>>();

  connectedCallback() {
    try {
      this.bank = JSON.parse(this.dataset.bank ?? '[]') as BankQuestion[];
      this.pages = JSON.parse(this.dataset.pages ?? '{}') as Record<string, string>;
    } catch {
      return;
    }
    const setup = this.find<HTMLFormElement>('[data-mock-setup]');
    setup.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(setup);
      void this.run({
        areas: data.getAll('area').map(String),
        levels: data.getAll('level').map(String),
        count: Math.min(20, Math.max(1, Number(data.get('count')) || 5)),
      });
    });
    this.find('[data-mock-restart] button').addEventListener('click', () => {
      this.find('[data-mock-restart]').hidden = true;
      this.say('');
      setup.hidden = false;
      setup.querySelector<HTMLElement>('input')?.focus();
    });
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private say(text: string) {
    this.find('[data-mock-message]').textContent = text;
  }

  private page(area: string): Promise<Document> {
    let loading = this.documents.get(area);
    if (!loading) {
      loading = fetch(this.pages[area]).then(async (response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return new DOMParser().parseFromString(await response.text(), 'text/html');
      });
      loading.catch(() => this.documents.delete(area));
      this.documents.set(area, loading);
    }
    return loading;
  }

  private async card(question: BankQuestion): Promise<HTMLElement> {
    const source = (await this.page(question.area)).querySelector<HTMLElement>(
      `article[data-question="${CSS.escape(question.id)}"]`,
    );
    if (!source) throw new Error(`missing ${question.id}`);
    const card = document.importNode(source, true);
    // The mock grades with its own buttons; the card's own controls would repeat them.
    card.querySelector('question-practice')?.remove();
    const details = card.querySelector('details');
    if (details) details.open = false;
    return card;
  }

  private async run(options: { areas: string[]; levels: string[]; count: number }) {
    const today = toDay(new Date());
    const drawn = drawMock(this.bank, loadProgress().progress.practice, options, today);
    if (drawn.length === 0) {
      this.say(this.dataset.empty ?? '');
      return;
    }
    this.find('[data-mock-setup]').hidden = true;
    const stage = this.find('[data-mock-stage]');
    const slot = this.find('[data-mock-card]');
    const reveal = this.find<HTMLButtonElement>('[data-mock-reveal]');
    const grades = [...this.querySelectorAll<HTMLButtonElement>('[data-mock-grade]')];
    const tally = { known: 0, again: 0 };
    this.say('');
    stage.hidden = false;
    for (const [index, question] of drawn.entries()) {
      let card: HTMLElement;
      try {
        card = await this.card(question);
      } catch {
        stage.hidden = true;
        this.say(this.dataset.loadFailed ?? '');
        this.find('[data-mock-restart]').hidden = false;
        return;
      }
      this.find('[data-mock-position]').textContent = fill(this.dataset.progressTemplate, { n: index + 1, total: drawn.length });
      slot.replaceChildren(card);
      const heading = card.querySelector<HTMLElement>('h3, h4');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
      reveal.hidden = false;
      for (const button of grades) button.hidden = true;
      await new Promise<void>((resolve) => reveal.addEventListener('click', () => resolve(), { once: true }));
      const details = card.querySelector('details');
      if (details) details.open = true;
      reveal.hidden = true;
      for (const button of grades) button.hidden = false;
      grades[0].focus();
      const grade = await new Promise<'known' | 'again'>((resolve) => {
        const controller = new AbortController();
        for (const button of grades) {
          button.addEventListener(
            'click',
            () => {
              controller.abort();
              resolve(button.dataset.mockGrade === 'known' ? 'known' : 'again');
            },
            { signal: controller.signal },
          );
        }
      });
      gradeAndSave(question.id, question.revision, grade);
      tally[grade] += 1;
    }
    stage.hidden = true;
    this.say(fill(this.dataset.doneTemplate, tally));
    const restart = this.find('[data-mock-restart]');
    restart.hidden = false;
    restart.querySelector('button')?.focus();
  }
}

if (!customElements.get('mock-interview')) customElements.define('mock-interview', MockInterview);
