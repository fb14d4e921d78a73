// The light half of the progress model, for the progress badges and the roadmap's bars; the full
// parser and validator (progress.ts) load only where progress is edited.

/** Completed ids from a stored value; anything unreadable counts as nothing completed. */
export function readCompletedIds(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const completed: unknown = (JSON.parse(raw) as { completed?: unknown })?.completed;
    return Array.isArray(completed) ? completed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export interface StageProgress {
  done: number;
  total: number;
}

/** Done and total per group of checklist ids, and overall. */
export function summarizeProgress(
  completed: readonly string[],
  groups: Readonly<Record<string, readonly string[]>>,
): { stages: Record<string, StageProgress>; overall: StageProgress } {
  const done = new Set(completed);
  const stages: Record<string, StageProgress> = {};
  let doneTotal = 0;
  let total = 0;
  for (const [slug, ids] of Object.entries(groups)) {
    const stageDone = ids.filter((id) => done.has(id)).length;
    stages[slug] = { done: stageDone, total: ids.length };
    doneTotal += stageDone;
    total += ids.length;
  }
  return { stages, overall: { done: doneTotal, total } };
}
