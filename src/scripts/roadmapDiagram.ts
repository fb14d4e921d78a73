// <roadmap-diagram>: fills each stage's progress bar from this browser's stored progress and keeps it
// current, with the page's "done/total" progress badges (0/7 too: the roadmap shows every count).
import { PROGRESS_CHANGE_EVENT, storedProgress } from '../lib/progressKeys';
import { readCompletedIds, summarizeProgress } from '../lib/progressSummary';
import { renderBadges } from './progressBadgeCounts';

class RoadmapDiagram extends HTMLElement {
  private readonly render = () => {
    // Each stage link holds its bar; its count, which carries the checklist ids, sits beside it in the stage's group.
    const stages = [...this.querySelectorAll<SVGAElement>('a[data-stage]')];
    const groups = Object.fromEntries(
      stages.map((stage, index) => [
        index,
        (stage.parentElement?.querySelector<SVGElement>('[data-progress-ids]')?.dataset.progressIds ?? '').split(' '),
      ]),
    );
    const summary = summarizeProgress(readCompletedIds(storedProgress()), groups);
    stages.forEach((stage, index) => {
      const bar = stage.querySelector<SVGRectElement>('[data-progress-bar]');
      const { done, total } = summary.stages[index]!;
      bar?.setAttribute('width', String(total > 0 ? (Number(bar.dataset.progressBar) * done) / total : 0));
    });
    renderBadges();
  };

  connectedCallback() {
    this.render();
    document.addEventListener(PROGRESS_CHANGE_EVENT, this.render);
    window.addEventListener('storage', this.render);
  }

  disconnectedCallback() {
    document.removeEventListener(PROGRESS_CHANGE_EVENT, this.render);
    window.removeEventListener('storage', this.render);
  }
}
customElements.define('roadmap-diagram', RoadmapDiagram);
