import { DomainError } from '../common/errors/domain-error';
import { ErrorReason } from '../common/errors/error-reason';
import { Gender } from '../safehouses/gender';
import { SafehouseKind } from '../safehouses/safehouse-kind';
import { NrmStatus, SAFEHOUSE_NRM_STATUSES } from './nrm-status';

export interface Candidate {
  gender: Gender;
  adult: boolean;
  dependants: number;
  needsAccessibleBed: boolean;
  nrmStatus: NrmStatus;
  consentToReferral: boolean;
}

export interface Place {
  kind: SafehouseKind;
  acceptsGenders: Gender[];
  acceptsDependants: boolean;
  bedSleeps: number;
  bedAccessible: boolean;
}

/**
 * Whether a person may be supported at all, with or without a bed: an adult who consents
 * (openSupportCase, and the first checks of every confirm). Throws the reason.
 */
export function assertMayBeSupported(person: Pick<Candidate, 'adult' | 'consentToReferral'>): void {
  if (!person.adult) {
    throw DomainError.rule(
      ErrorReason.CHILD_REFER_TO_LOCAL_AUTHORITY,
      "Children are never placed in adult safehouses. Contact the local authority children's services (out of hours: the emergency duty team) now.",
    );
  }
  if (!person.consentToReferral) {
    throw DomainError.rule(
      ErrorReason.CONSENT_REQUIRED,
      'The person must agree to this referral and to sharing these details with the provider. Without consent, make the duty to notify instead.',
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
