/** The CQC's four ratings, best first. */
export enum Rating {
  OUTSTANDING = 'OUTSTANDING',
  GOOD = 'GOOD',
  REQUIRES_IMPROVEMENT = 'REQUIRES_IMPROVEMENT',
  INADEQUATE = 'INADEQUATE',
}

/**
 * The overall rating from the five key questions (CONTRACT.md, Inspections, after CQC's "How we
 * aggregate ratings using the rating principles: adult social care", 2022): two or more Inadequate
 * → Inadequate; otherwise one Inadequate or two or more Requires improvement → Requires
 * improvement; otherwise at least two Outstanding and the rest Good → Outstanding (so two
 * Outstanding with one Requires improvement is Good); otherwise Good.
 *
 * A care-standard finding NOT_MET caps it at Requires improvement (`standardNotMet`): this
 * platform's limiter, modelled on CQC's for a breach of regulations; a commissioner may override it
 * with a reason.
 */
export function overallRating(ratings: readonly Rating[], standardNotMet = false): Rating {
  const aggregate = aggregateRatings(ratings);
  return standardNotMet && RATING_RANK[aggregate] < RATING_RANK[Rating.REQUIRES_IMPROVEMENT]
    ? Rating.REQUIRES_IMPROVEMENT
    : aggregate;
}

function aggregateRatings(ratings: readonly Rating[]): Rating {
  const count = (rating: Rating) => ratings.filter((r) => r === rating).length;
  if (count(Rating.INADEQUATE) >= 2) return Rating.INADEQUATE;
  if (count(Rating.INADEQUATE) === 1 || count(Rating.REQUIRES_IMPROVEMENT) >= 2) return Rating.REQUIRES_IMPROVEMENT;
  if (count(Rating.OUTSTANDING) >= 2 && count(Rating.OUTSTANDING) + count(Rating.GOOD) === ratings.length) {
    return Rating.OUTSTANDING;
  }
  return Rating.GOOD;
}

/** Lower is better: for ordering houses by their latest rating. */
export const RATING_RANK: Record<Rating, number> = {
  [Rating.OUTSTANDING]: 0,
  [Rating.GOOD]: 1,
  [Rating.REQUIRES_IMPROVEMENT]: 2,
  [Rating.INADEQUATE]: 3,
};
