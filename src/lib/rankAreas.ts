import { CRITERIA, type Criterion, type Weights } from '../config';

export interface RankableArea {
  slug: string;
  /** The guide's editorial rank, used to order equal scores. */
  rank: number;
  scores: Record<Criterion, number>;
}

export interface RankedArea<T extends RankableArea> {
  area: T;
  score: number;
  /** 1-based; directions with equal scores share the position of the first of them (1, 2, 2, 4). */
  position: number;
  /** True when another direction has exactly the same score. */
  tied: boolean;
}

/** Weighted sum of a direction's criterion scores. */
export function scoreArea(scores: Record<Criterion, number>, weights: Weights): number {
  return CRITERIA.reduce((sum, criterion) => sum + scores[criterion] * weights[criterion], 0);
}

/** Orders directions by weighted score, highest first; equal scores share a position and keep the guide's rank order. */
export function rankAreas<T extends RankableArea>(areas: readonly T[], weights: Weights): RankedArea<T>[] {
  const sorted = areas
    .map((area) => ({ area, score: scoreArea(area.scores, weights) }))
    .sort((a, b) => b.score - a.score || a.area.rank - b.area.rank);
  return sorted.map((entry) => {
    const sameScore = sorted.filter((other) => other.score === entry.score);
    return { ...entry, position: sorted.indexOf(sameScore[0]!) + 1, tied: sameScore.length > 1 };
  });
}

/** A position as the ranking shows it: "2", or "=2" when tied. */
export function formatPosition({ position, tied }: { position: number; tied: boolean }): string {
  return tied ? `=${position}` : String(position);
}
