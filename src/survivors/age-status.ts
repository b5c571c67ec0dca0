import { registerEnumType } from '@nestjs/graphql';

/** Only ADULT may be placed or supported (CONTRACT.md, People). */
export enum AgeStatus {
  ADULT = 'ADULT',
  CHILD = 'CHILD',
  AGE_UNCERTAIN = 'AGE_UNCERTAIN',
}
registerEnumType(AgeStatus, {
  name: 'AgeStatus',
  valuesMap: {
    AGE_UNCERTAIN: {
      description: 'Presumed a child until a local authority assesses the age (Modern Slavery Act 2015 s51).',
    },
  },
});

/** What a referral says of a person's age: `ageStatus`, or the older `adult: true|false`. */
export interface AgeGiven {
  ageStatus?: AgeStatus | null;
  adult?: boolean | null;
}

/** The age status given, `adult` read as ADULT or CHILD; null when neither was given. */
export function ageStatusOf(person: AgeGiven): AgeStatus | null {
  if (person.ageStatus) return person.ageStatus;
  if (person.adult === true) return AgeStatus.ADULT;
  if (person.adult === false) return AgeStatus.CHILD;
  return null;
}
