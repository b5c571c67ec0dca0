import { registerEnumType } from '@nestjs/graphql';

/** The business-rule reasons of CONTRACT.md (Errors), sent as `extensions.reason`. */
export enum ErrorReason {
  BED_UNAVAILABLE = 'BED_UNAVAILABLE',
  HOLD_EXPIRED = 'HOLD_EXPIRED',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  REFERRALS_SUSPENDED = 'REFERRALS_SUSPENDED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  NRM_REFERRAL_REQUIRED = 'NRM_REFERRAL_REQUIRED',
  CHILD_REFER_TO_LOCAL_AUTHORITY = 'CHILD_REFER_TO_LOCAL_AUTHORITY',
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  CASELOAD_FULL = 'CASELOAD_FULL',
  HOLD_LIMIT = 'HOLD_LIMIT',
  WRONG_PROVIDER = 'WRONG_PROVIDER',
  BED_IN_USE = 'BED_IN_USE',
  INSPECTION_PUBLISHED = 'INSPECTION_PUBLISHED',
  RATINGS_INCOMPLETE = 'RATINGS_INCOMPLETE',
  CASE_CLOSED = 'CASE_CLOSED',
  NRM_DECISION_OUT_OF_ORDER = 'NRM_DECISION_OUT_OF_ORDER',
  CASE_HAS_LIVE_PLACEMENT = 'CASE_HAS_LIVE_PLACEMENT',
}

registerEnumType(ErrorReason, { name: 'ErrorReason' });

/** The `extensions.code` values a client can see. */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR';

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}

/** Exhaustive: a new reason does not compile until it has a code. */
export function codeForReason(reason: ErrorReason): ErrorCode {
  switch (reason) {
    case ErrorReason.BED_UNAVAILABLE:
    case ErrorReason.HOLD_EXPIRED:
    case ErrorReason.INVALID_TRANSITION:
    case ErrorReason.REFERRALS_SUSPENDED:
    case ErrorReason.CASELOAD_FULL:
    case ErrorReason.HOLD_LIMIT:
    case ErrorReason.BED_IN_USE:
    case ErrorReason.INSPECTION_PUBLISHED:
    case ErrorReason.CASE_CLOSED:
    case ErrorReason.NRM_DECISION_OUT_OF_ORDER:
    case ErrorReason.CASE_HAS_LIVE_PLACEMENT:
      return 'CONFLICT';
    case ErrorReason.NOT_ELIGIBLE:
    case ErrorReason.NRM_REFERRAL_REQUIRED:
    case ErrorReason.CHILD_REFER_TO_LOCAL_AUTHORITY:
    case ErrorReason.CONSENT_REQUIRED:
    case ErrorReason.WRONG_PROVIDER:
    case ErrorReason.RATINGS_INCOMPLETE:
      return 'BAD_USER_INPUT';
    default:
      return assertUnreachable(reason);
  }
}
