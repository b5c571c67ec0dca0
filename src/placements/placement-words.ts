import { DomainError } from '../common/errors/domain-error';
import { ErrorReason } from '../common/errors/error-reason';
import { PlacementStatus } from './placement-enums';

/** A placement's status as a duty officer would say it: "This placement is …". */
export const STATUS_IN_WORDS: Record<PlacementStatus, string> = {
  [PlacementStatus.HELD]: 'held',
  [PlacementStatus.AWAITING_ACCEPTANCE]: "awaiting the provider's acceptance",
  [PlacementStatus.CONFIRMED]: 'confirmed',
  [PlacementStatus.ARRIVED]: 'under way (the person has arrived)',
  [PlacementStatus.DEPARTED]: 'over (the person has left)',
  [PlacementStatus.RELEASED]: 'released',
  [PlacementStatus.EXPIRED]: 'expired',
  [PlacementStatus.DECLINED]: 'declined',
  [PlacementStatus.CANCELLED]: 'cancelled',
  [PlacementStatus.NO_SHOW]: 'closed (the person did not arrive)',
};

/** The changes of a placement's status, as its audit actions name them (`placement.no_show`). */
export type Transition = 'release' | 'confirm' | 'cancel' | 'accept' | 'decline' | 'arrive' | 'no_show' | 'depart';

/** Each change in words, spelled out rather than made by adding "ed" ("confirmeded", "no showed"). */
const TRANSITION_IN_WORDS: Record<Transition, string> = {
  release: 'released',
  confirm: 'confirmed',
  cancel: 'cancelled',
  accept: 'accepted',
  decline: 'declined',
  arrive: 'marked as arrived',
  no_show: 'marked as a no-show',
  depart: 'marked as departed',
};

/** INVALID_TRANSITION: e.g. "This placement is cancelled, so it cannot be confirmed." */
export function invalidTransition(status: PlacementStatus, transition: Transition): DomainError {
  return DomainError.rule(
    ErrorReason.INVALID_TRANSITION,
    `This placement is ${STATUS_IN_WORDS[status]}, so it cannot be ${TRANSITION_IN_WORDS[transition]}.`,
  );
}
