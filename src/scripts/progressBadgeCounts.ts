// Writes "done/total" into every progress badge on the page.
import { storedProgress } from '../lib/progressKeys';
import { readCompletedIds, summarizeProgress } from '../lib/progressSummary';

export function renderBadges(): void {
  const badges = [...document.querySelectorAll<HTMLElement>('[data-progress-scope]')];
  const groups = Object.fromEntries(
    badges.map((badge) => [badge.dataset.progressScope ?? '', (badge.dataset.progressIds ?? '').split(' ').filter(Boolean)]),
  );
  const summary = summarizeProgress(readCompletedIds(storedProgress()), groups);
  for (const badge of badges) {
    const counts = summary.stages[badge.dataset.progressScope ?? ''];
    if (counts) badge.textContent = `${counts.done}/${counts.total}`;
  }
}
