import type { Availability, BedInfo } from './model';

/**
 * The best-fitting bed first, among equals. Haven answers houses in order of acceptsArrival, then
 * (with preferLanguage) staff who speak it, then distance (rounded to half a kilometre), then
 * inspection rating; each house's free beds by label.
 * That order stands; only where two houses take arrivals alike at the same distance does the one
 * with the better-fitting bed come first, and within a house its beds go best-fitting first. So a
 * single person is offered a single room before a family room a family may need tonight.
 */

/** Who the bed is for: the person and their dependants, and whether they need an accessible bed. */
export interface Party {
  dependants: number;
  needsAccessibleBed: boolean;
}

/** Places the bed leaves empty for this party (0: an exact fit). */
export function sparePlaces(bed: BedInfo, party: Party): number {
  return bed.sleeps - (1 + party.dependants);
}

/**
 * Fewest spare places first; then, for someone who does not need one, an accessible bed last (it is
 * kept for someone who does). Negative: `a` fits better.
 */
export function compareBeds(a: BedInfo, b: BedInfo, party: Party): number {
  const spare = sparePlaces(a, party) - sparePlaces(b, party);
  if (spare !== 0) return spare;
  if (party.needsAccessibleBed) return 0;
  return Number(a.accessible) - Number(b.accessible);
}

/** The house's free beds, best-fitting first (otherwise as Haven sent them). */
export function bedsByFit(beds: readonly BedInfo[], party: Party): BedInfo[] {
  return [...beds].sort((a, b) => compareBeds(a, b, party));
}

/** The results with each house's beds by fit, and houses equal in Haven's order by their best bed. */
export function byFit(results: readonly Availability[], party: Party): Availability[] {
  const fitted = results.map((result) => ({ ...result, availableBeds: bedsByFit(result.availableBeds, party) }));
  // Array.prototype.sort is stable: houses that compare equal keep Haven's order (rating, name).
  return fitted.sort((a, b) => {
    if (a.acceptsArrival !== b.acceptsArrival) return a.acceptsArrival ? -1 : 1;
    if (a.speaksPreferredLanguage !== b.speaksPreferredLanguage) return a.speaksPreferredLanguage ? -1 : 1;
    if (a.distanceKm !== b.distanceKm) return a.distanceKm - b.distanceKm;
    const bestA = a.availableBeds[0];
    const bestB = b.availableBeds[0];
    if (!bestA || !bestB) return 0;
    return compareBeds(bestA, bestB, party);
  });
}
