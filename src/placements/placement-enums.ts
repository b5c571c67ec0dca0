import { registerEnumType } from '@nestjs/graphql';

export enum PlacementStatus {
  HELD = 'HELD',
  AWAITING_ACCEPTANCE = 'AWAITING_ACCEPTANCE',
  CONFIRMED = 'CONFIRMED',
  ARRIVED = 'ARRIVED',
  DEPARTED = 'DEPARTED',
  RELEASED = 'RELEASED',
  EXPIRED = 'EXPIRED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(PlacementStatus, { name: 'PlacementStatus' });

export enum DeclineReason {
  NO_CAPACITY = 'NO_CAPACITY',
  NEEDS_NOT_MET = 'NEEDS_NOT_MET',
  RISK_TO_RESIDENTS = 'RISK_TO_RESIDENTS',
  LOCATION_UNSAFE = 'LOCATION_UNSAFE',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  OTHER = 'OTHER',
}
registerEnumType(DeclineReason, { name: 'DeclineReason' });

/** Why a booking was cancelled; SURVIVOR_DECLINED is unmet demand, like a provider's decline. */
export enum CancelReason {
  SURVIVOR_DECLINED = 'SURVIVOR_DECLINED',
  SURVIVOR_UNCONTACTABLE = 'SURVIVOR_UNCONTACTABLE',
  PLACED_ELSEWHERE = 'PLACED_ELSEWHERE',
  NO_LONGER_NEEDED = 'NO_LONGER_NEEDED',
  OTHER = 'OTHER',
}
registerEnumType(CancelReason, {
  name: 'CancelReason',
  valuesMap: {
    SURVIVOR_DECLINED: { description: 'The person did not want the place, e.g. too near their exploiter.' },
  },
});

export enum MoveOnDestination {
  LOCAL_AUTHORITY_HOUSING = 'LOCAL_AUTHORITY_HOUSING',
  SOCIAL_HOUSING = 'SOCIAL_HOUSING',
  PRIVATE_RENTED = 'PRIVATE_RENTED',
  SUPPORTED_HOUSING = 'SUPPORTED_HOUSING',
  FAMILY_OR_FRIENDS = 'FAMILY_OR_FRIENDS',
  OTHER_SAFEHOUSE = 'OTHER_SAFEHOUSE',
  ASYLUM_ACCOMMODATION = 'ASYLUM_ACCOMMODATION',
  LOCAL_AUTHORITY_TEMPORARY_ACCOMMODATION = 'LOCAL_AUTHORITY_TEMPORARY_ACCOMMODATION',
  REFUGE = 'REFUGE',
  HOSPITAL = 'HOSPITAL',
  CUSTODY = 'CUSTODY',
  RETURNED_TO_HOME_COUNTRY = 'RETURNED_TO_HOME_COUNTRY',
  MISSING = 'MISSING',
  UNKNOWN = 'UNKNOWN',
  OTHER = 'OTHER',
}
registerEnumType(MoveOnDestination, {
  name: 'MoveOnDestination',
  valuesMap: {
    LOCAL_AUTHORITY_TEMPORARY_ACCOMMODATION: {
      description: 'Temporary accommodation after a homelessness application to a local authority.',
    },
    MISSING: { description: 'Left without notice: a safeguarding concern (CONTRACT.md, Availability and placements).' },
  },
});

/** Statuses that never started: they occupy nothing, and their survivor details are erased in time. */
export const UNSTARTED_STATUSES: readonly PlacementStatus[] = [
  PlacementStatus.RELEASED,
  PlacementStatus.EXPIRED,
  PlacementStatus.DECLINED,
  PlacementStatus.CANCELLED,
  PlacementStatus.NO_SHOW,
];

/** The order of a page of placements. */
export enum PlacementOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  ACCEPTANCE_DUE_FIRST = 'ACCEPTANCE_DUE_FIRST',
}
registerEnumType(PlacementOrder, {
  name: 'PlacementOrder',
  valuesMap: {
    NEWEST_FIRST: { description: 'The latest made first (the default).' },
    ACCEPTANCE_DUE_FIRST: {
      description: 'The soonest acceptanceDueAt first, across pages: referrals to answer; those with none last.',
    },
  },
});
