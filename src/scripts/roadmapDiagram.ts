// <roadmap-diagram>: fills each stage's progress bar from this browser's stored progress and keeps it
// current, with the page's "done/total" progress badges (0/7 too: the roadmap shows every count).
import checklistIds from 'virtual:checklist-ids';
import { PROGRESS_CHANGE_EVENT, storedProgress } from '../lib/progressKeys';
import { readCompletedIds, summarizeProgress } from '../lib/progressSummary';
import { renderBadges } from './progressBadgeCounts';

class RoadmapDiagram extends HTMLElement {
  private readonly render = () => {
    // Each stage link holds its bar.
    const summary = summarizeProgress(readCompletedIds(storedProgress()), checklistIds);
    for (const stage of this.querySelectorAll<SVGAElement>('a[data-stage]')) {
      const bar = stage.querySelector<SVGRectElement>('[data-progress-bar]');
      const { done, total } = summary.stages[stage.dataset.stage ?? ''] ?? { done: 0, total: 0 };
      bar?.setAttribute('width', String(total > 0 ? (Number(bar.dataset.progressBar) * done) / total : 0));
    }
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
