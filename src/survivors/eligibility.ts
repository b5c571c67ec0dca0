import { DomainError } from '../common/errors/domain-error';
import { ErrorReason } from '../common/errors/error-reason';
import { Gender } from '../safehouses/gender';
import { SafehouseKind } from '../safehouses/safehouse-kind';
import { AgeGiven, AgeStatus, ageStatusOf } from './age-status';
import { DependantDetail, boysFit } from './dependant-age-band';
import { NrmStatus, SAFEHOUSE_NRM_STATUSES } from './nrm-status';

/** A person as a referral describes them: `ageStatus`, or the older `adult`, says their age. */
export interface Candidate extends AgeGiven {
  gender: Gender;
  dependants: number;
  /** The dependants one by one when described so; empty when only counted. */
  dependantsDetail: readonly DependantDetail[];
  needsAccessibleBed: boolean;
  nrmStatus: NrmStatus;
  consentToReferral: boolean;
}

export interface Place {
  kind: SafehouseKind;
  acceptsGenders: Gender[];
  acceptsDependants: boolean;
  /** The oldest a boy among the dependants may be; null: no limit. */
  acceptsBoysUpToAge: number | null;
  bedSleeps: number;
  bedAccessible: boolean;
}

/**
 * Whether a person may be supported at all, with or without a bed: an adult who consents
 * (openSupportCase, and the first checks of every confirm). Throws the reason. Only ADULT passes:
 * a child, and a person whose age is uncertain (presumed a child until a local authority assesses
 * their age), are the local authority's to safeguard. A person whose age was not given at all is
 * not taken for an adult either (the input refuses that before this runs).
 */
export function assertMayBeSupported(person: AgeGiven & { consentToReferral: boolean }): void {
  if (ageStatusOf(person) !== AgeStatus.ADULT) {
    throw DomainError.rule(
      ErrorReason.CHILD_REFER_TO_LOCAL_AUTHORITY,
      "A child, or a person whose age is uncertain, is never placed or supported here: under the Modern Slavery Act 2015 s51 a person whose age is uncertain is presumed a child until a local authority assesses their age. Call the local authority's children's services now (out of hours, its emergency duty team).",
    );
  }
  if (!person.consentToReferral) {
    throw DomainError.rule(
      ErrorReason.CONSENT_REQUIRED,
      "The person must agree to this referral and to sharing these details with the provider; without their consent nothing is shared. The duty to notify the Home Office binds public authorities (the police, a local authority), not a charity's first responder: if you work for a public authority, make the duty to notify instead.",
    );
  }
}

/**
 * Whether a person may take this bed (CONTRACT.md, eligibility at confirm). Throws the reason;
 * messages say what to do, never repeat the person's details. `supportedNow`: the person is in an
 * OPEN case of the provider whose support has not ended, and may move house whatever their NRM
 * decision.
 */
export function assertEligible(person: Candidate, place: Place, supportedNow = false): void {
  assertMayBeSupported(person);
  if (!place.acceptsGenders.includes(person.gender)) {
    throw DomainError.rule(ErrorReason.NOT_ELIGIBLE, 'This safehouse does not take guests of that gender.');
  }
  if (person.dependants > 0 && !place.acceptsDependants) {
    throw DomainError.rule(ErrorReason.NOT_ELIGIBLE, 'This safehouse does not take dependants.');
  }
  if (!boysFit(person.dependantsDetail, place.acceptsBoysUpToAge)) {
    throw DomainError.rule(
      ErrorReason.NOT_ELIGIBLE,
      `This safehouse takes boys only up to the age of ${place.acceptsBoysUpToAge}, and a boy among the dependants may be older.`,
    );
  }
  if (place.bedSleeps < 1 + person.dependants) {
    throw DomainError.rule(
      ErrorReason.NOT_ELIGIBLE,
      `This bed sleeps ${place.bedSleeps}: not enough for the person and their dependants.`,
    );
  }
  if (person.needsAccessibleBed && !place.bedAccessible) {
    throw DomainError.rule(ErrorReason.NOT_ELIGIBLE, 'This bed is not accessible.');
  }
  if (place.kind === SafehouseKind.SAFEHOUSE && !supportedNow && !SAFEHOUSE_NRM_STATUSES.includes(person.nrmStatus)) {
    throw DomainError.rule(
      ErrorReason.NRM_REFERRAL_REQUIRED,
      'A safehouse bed needs an NRM referral (or a positive decision). Before a referral, look for a pre-NRM emergency bed.',
    );
  }
}
