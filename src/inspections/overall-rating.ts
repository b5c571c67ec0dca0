/** The CQC's four ratings, best first. */
export enum Rating {
  OUTSTANDING = 'OUTSTANDING',
  GOOD = 'GOOD',
  REQUIRES_IMPROVEMENT = 'REQUIRES_IMPROVEMENT',
  INADEQUATE = 'INADEQUATE',
}

/**
 * The overall rating from the five key questions (CONTRACT.md, Inspections, after the CQC's
 * principles): two or more Inadequate → Inadequate; otherwise one Inadequate or two or more
 * Requires improvement → Requires improvement; otherwise two or more Outstanding → Outstanding;
 * otherwise Good.
 */
export function overallRating(ratings: readonly Rating[]): Rating {
  const count = (rating: Rating) => ratings.filter((r) => r === rating).length;
  if (count(Rating.INADEQUATE) >= 2) return Rating.INADEQUATE;
  if (count(Rating.INADEQUATE) === 1 || count(Rating.REQUIRES_IMPROVEMENT) >= 2) return Rating.REQUIRES_IMPROVEMENT;
  if (count(Rating.OUTSTANDING) >= 2) return Rating.OUTSTANDING;
  return Rating.GOOD;
}

/** Lower is better: for ordering houses by their latest rating. */
export const RATING_RANK: Record<Rating, number> = {
  [Rating.OUTSTANDING]: 0,
  [Rating.GOOD]: 1,
  [Rating.REQUIRES_IMPROVEMENT]: 2,
  [Rating.INADEQUATE]: 3,
};
