import { registerEnumType } from '@nestjs/graphql';
import { Gender } from '../safehouses/gender';

export enum DependantAgeBand {
  UNDER_5 = 'UNDER_5',
  AGE_5_TO_11 = 'AGE_5_TO_11',
  AGE_12_TO_15 = 'AGE_12_TO_15',
  AGE_16_TO_17 = 'AGE_16_TO_17',
  ADULT = 'ADULT',
}
registerEnumType(DependantAgeBand, { name: 'DependantAgeBand' });

/** The oldest age in each band of a child: what a house's `acceptsBoysUpToAge` is compared with. */
const OLDEST_AGE_IN_BAND: Record<Exclude<DependantAgeBand, DependantAgeBand.ADULT>, number> = {
  [DependantAgeBand.UNDER_5]: 4,
  [DependantAgeBand.AGE_5_TO_11]: 11,
  [DependantAgeBand.AGE_12_TO_15]: 15,
  [DependantAgeBand.AGE_16_TO_17]: 17,
};

export interface DependantDetail {
  ageBand: DependantAgeBand;
  gender: Gender;
}

/**
 * The oldest a boy among these dependants may be (a dependant of gender MAN under 18: the upper
 * bound of his band), or null when there is no boy. A house that takes boys up to an age fits only
 * when this is at most that age (CONTRACT.md, People).
 */
export function oldestBoyAge(dependants: readonly DependantDetail[]): number | null {
  let oldest: number | null = null;
  for (const { ageBand, gender } of dependants) {
    if (gender !== Gender.MAN || ageBand === DependantAgeBand.ADULT) continue;
    oldest = Math.max(oldest ?? 0, OLDEST_AGE_IN_BAND[ageBand]);
  }
  return oldest;
}

/** Whether a house that takes boys up to `acceptsBoysUpToAge` (null: no limit) fits these dependants. */
export function boysFit(dependants: readonly DependantDetail[], acceptsBoysUpToAge: number | null): boolean {
  const oldest = oldestBoyAge(dependants);
  return acceptsBoysUpToAge === null || oldest === null || oldest <= acceptsBoysUpToAge;
}
