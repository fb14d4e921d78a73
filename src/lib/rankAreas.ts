import { CRITERIA, type Criterion, type Weights } from '../config';

export interface RankableArea {
  slug: string;
  /** The guide's editorial rank, used to break ties. */
  rank: number;
  scores: Record<Criterion, number>;
}

export interface RankedArea<T extends RankableArea> {
  area: T;
  score: number;
  position: number;
}

/** Weighted sum of a direction's criterion scores. */
export function scoreArea(scores: Record<Criterion, number>, weights: Weights): number {
  return CRITERIA.reduce((sum, criterion) => sum + scores[criterion] * weights[criterion], 0);
}

/** Orders directions by weighted score, highest first; equal scores keep the guide's rank order. */
export function rankAreas<T extends RankableArea>(areas: readonly T[], weights: Weights): RankedArea<T>[] {
  return areas
    .map((area) => ({ area, score: scoreArea(area.scores, weights) }))
    .sort((a, b) => b.score - a.score || a.area.rank - b.area.rank)
    .map((entry, index) => ({ ...entry, position: index + 1 }));
}
