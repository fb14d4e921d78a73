// Fills every progress badge on the page ("done/total") and refreshes them when progress changes.
import { PROGRESS_CHANGE_EVENT, PROGRESS_STORAGE_KEY, readCompletedIds, summarizeProgress } from '../lib/progressSummary';

function storedValue(): string | null {
  try {
    return localStorage.getItem(PROGRESS_STORAGE_KEY);
  } catch {
    return null;
  }
}

function render(): void {
  const badges = [...document.querySelectorAll<HTMLElement>('[data-progress-scope]')];
  const groups = Object.fromEntries(
    badges.map((badge) => [badge.dataset.progressScope ?? '', (badge.dataset.progressIds ?? '').split(' ').filter(Boolean)]),
  );
  const summary = summarizeProgress(readCompletedIds(storedValue()), groups);
  for (const badge of badges) {
    const counts = summary.stages[badge.dataset.progressScope ?? ''];
    if (counts) badge.textContent = `${counts.done}/${counts.total}`;
  }
}
render();
document.addEventListener(PROGRESS_CHANGE_EVENT, render);
window.addEventListener('storage', render);
