// Writes "done/total" into every progress badge on the page.
import checklistIds from 'virtual:checklist-ids';
import { storedProgress } from '../lib/progressKeys';
import { readCompletedIds, summarizeProgress } from '../lib/progressSummary';

export function renderBadges(): void {
  const summary = summarizeProgress(readCompletedIds(storedProgress()), checklistIds);
  for (const badge of document.querySelectorAll<HTMLElement>('[data-progress-scope]')) {
    const scope = badge.dataset.progressScope ?? '';
    const counts = scope === 'overall' ? summary.overall : summary.stages[scope];
    if (counts) badge.textContent = `${counts.done}/${counts.total}`;
  }
}
