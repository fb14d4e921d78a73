// The navigation's progress badges ("done/total") appear once this browser holds progress, and follow
// it. The counting code loads only then: a reader who has checked nothing downloads none of it. (The
// roadmap page fills its badges from the start, with its diagram.)
import { PROGRESS_CHANGE_EVENT, hasStoredProgress } from '../lib/progressKeys';

let counts: Promise<typeof import('./progressBadgeCounts')> | undefined;
const render = () => {
  if (!counts && !hasStoredProgress()) return;
  counts ??= import('./progressBadgeCounts');
  void counts.then((module) => module.renderBadges());
};
render();
document.addEventListener(PROGRESS_CHANGE_EVENT, render);
addEventListener('storage', render);
