// <question-practice>: the Known / Review again controls under a bank question. It shows the
// question's practice status, saves grades in the shared progress store, and flags answers
// rewritten since the reader last practised them.
import { isAnswerUpdated, isDue, gradeQuestion, statusOf, toDay, type Grade } from '../lib/practice';
import { setPractice } from '../lib/progress';
import { CHANGE_EVENT, loadProgress, saveProgress } from './progressStore';

/** Status texts come from the page, so the element carries no strings of its own. */
export interface PracticeLabels {
  new: string;
  known: string;
  again: string;
  due: string;
}

export function readPracticeLabels(): PracticeLabels {
  const source = document.querySelector<HTMLElement>('[data-practice-labels]')?.dataset ?? {};
  return {
    new: source.labelNew ?? '',
    known: source.labelKnown ?? '',
    again: source.labelAgain ?? '',
    due: source.labelDue ?? '',
  };
}

export function gradeAndSave(id: string, revision: number, grade: Grade): void {
  const { progress } = loadProgress();
  saveProgress(setPractice(progress, gradeQuestion(progress.practice, { id, revision }, grade, toDay(new Date()))));
}

class QuestionPractice extends HTMLElement {
  connectedCallback() {
    const id = this.dataset.question ?? '';
    const revision = Number(this.dataset.revision ?? '1');
    const status = this.querySelector<HTMLElement>('[data-practice-status]');
    const updated = this.querySelector<HTMLElement>('[data-practice-updated]');
    const card = this.closest<HTMLElement>('article[data-question]');
    const labels = readPracticeLabels();
    const render = () => {
      const entry = loadProgress().progress.practice[id];
      const today = toDay(new Date());
      const state = isDue(entry, today) ? 'due' : statusOf(entry);
      if (status) status.textContent = state === 'known' ? labels.known.replace('{due}', entry?.due ?? '') : labels[state];
      if (updated) updated.hidden = !isAnswerUpdated(entry, revision);
      if (card) card.dataset.practice = state;
    };
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-grade]')) {
      button.addEventListener('click', () => gradeAndSave(id, revision, button.dataset.grade === 'known' ? 'known' : 'again'));
    }
    render();
    document.addEventListener(CHANGE_EVENT, render);
    window.addEventListener('storage', render);
  }
}

if (!customElements.get('question-practice')) customElements.define('question-practice', QuestionPractice);
