/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActionStatus =
  | 'COMPLETED'
  | 'OPEN'
  | 'VERIFIED';

export type AgeStatus =
  | 'ADULT'
  /** Presumed a child until a local authority assesses the age (Modern Slavery Act 2015 s51). */
  | 'AGE_UNCERTAIN'
  | 'CHILD';

/** Assign through a placement or a support case: give one of placementId and supportCaseId. */
export type AssignSupportWorkerInput = {
  /** Give this or supportCaseId. */
  placementId?: string | number | null | undefined;
  role: AssignmentRole;
  supportCaseId?: string | number | null | undefined;
  supportWorkerId: string | number;
};

export type AssignmentRole =
  | 'LEAD'
  | 'SECONDARY';

export type AvailabilitySearchInput = {
  /** When the person will arrive; from when omitted. Decides acceptsArrival. */
  arrivingAt?: string | null | undefined;
  /** Safehouses within any of these areas are left out. */
  avoid?: Array<AvoidAreaInput> | null | undefined;
  dependants?: number | null | undefined;
  /** The dependants one by one; when given, dependants is their number and house rules on age apply. */
  dependantsDetail?: Array<DependantInput> | null | undefined;
  /** Start of the stay; now when omitted. */
  from?: string | null | undefined;
  guestGender: Gender;
  /** Both kinds when omitted. */
  kinds?: Array<SafehouseKind> | null | undefined;
  /** BCP 47; when given, only safehouses whose staff speak it (for when nothing else will do). */
  language?: string | null | undefined;
  limit?: number | null | undefined;
  near: GeoPointInput;
  needsAccessibleBed?: boolean | null | undefined;
  needsStepFreeAccess?: boolean | null | undefined;
  nights: number;
  /** BCP 47; safehouses whose staff speak it rank first after acceptsArrival, the rest still show. */
  preferLanguage?: string | null | undefined;
  radiusKm?: number | null | undefined;
};

/** A place the person must be kept away from, such as where they were exploited. */
export type AvoidAreaInput = {
  near: GeoPointInput;
  radiusKm: number;
};

/** A bed on a day: a live hold (HELD), a placement awaiting acceptance or confirmed (BOOKED), a resident (ARRIVED), a block (OUT_OF_SERVICE); an expired hold is FREE. When more than one claim touches the day, the firmest wins: RESIDENT, BOOKED, OUT_OF_SERVICE, HELD. */
export type BedDayState =
  | 'BOOKED'
  | 'FREE'
  | 'HELD'
  | 'OUT_OF_SERVICE'
  | 'RESIDENT';

export type BedOutOfServiceInput = {
  bedId: string | number;
  from: string;
  reason: string;
  until: string;
};

export type CancelReason =
  | 'NO_LONGER_NEEDED'
  | 'OTHER'
  | 'PLACED_ELSEWHERE'
  /** The person did not want the place, e.g. too near their exploiter. */
  | 'SURVIVOR_DECLINED'
  | 'SURVIVOR_UNCONTACTABLE';

export type ConfirmPlacementInput = {
  idempotencyKey?: string | null | undefined;
  placementId: string | number;
  survivor: SurvivorInput;
};

export type DeclineReason =
  | 'LOCATION_UNSAFE'
  | 'NEEDS_NOT_MET'
  | 'NOT_ELIGIBLE'
  | 'NO_CAPACITY'
  | 'OTHER'
  | 'RISK_TO_RESIDENTS';

export type DependantAgeBand =
  | 'ADULT'
  | 'AGE_5_TO_11'
  | 'AGE_12_TO_15'
  | 'AGE_16_TO_17'
  | 'UNDER_5';

export type DependantInput = {
  ageBand: DependantAgeBand;
  gender: Gender;
};

export type ExtendSupportInput = {
  reason: string;
  supportCaseId: string | number;
  until: string;
};

export type Gender =
  | 'MAN'
  | 'NON_BINARY'
  | 'WOMAN';

export type GeoPointInput = {
  latitude: number;
  longitude: number;
};

export type GoalStatus =
  | 'BLOCKED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

export type HoldBedInput = {
  arrivingAt?: string | null | undefined;
  bedId: string | number;
  /** Start of the stay; now when omitted. */
  from?: string | null | undefined;
  /** A retry with the same key by the same user returns the first result and holds nothing more. */
  idempotencyKey?: string | null | undefined;
  nights: number;
};

export type InspectionFilter = {
  hasOverdueActions?: boolean | null | undefined;
  overallRating?: Rating | null | undefined;
  providerId?: string | number | null | undefined;
  safehouseId?: string | number | null | undefined;
  status?: InspectionStatus | null | undefined;
};

export type InspectionKind =
  | 'ANNOUNCED'
  | 'HYBRID'
  | 'REMOTE'
  | 'UNANNOUNCED';

export type InspectionStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type KeyQuestion =
  | 'CARING'
  | 'EFFECTIVE'
  | 'RESPONSIVE'
  | 'SAFE'
  | 'WELL_LED';

export type MoveOnArea =
  | 'ACCOMMODATION'
  | 'COMMUNITY_AND_WELLBEING'
  | 'EMPLOYMENT_AND_EDUCATION'
  | 'FINANCE_AND_BENEFITS'
  | 'HEALTH'
  | 'LEGAL_ADVICE'
  | 'SAFETY';

export type MoveOnDestination =
  | 'ASYLUM_ACCOMMODATION'
  | 'CUSTODY'
  | 'FAMILY_OR_FRIENDS'
  | 'HOSPITAL'
  | 'LOCAL_AUTHORITY_HOUSING'
  /** Temporary accommodation after a homelessness application to a local authority. */
  | 'LOCAL_AUTHORITY_TEMPORARY_ACCOMMODATION'
  /** Left without notice: a safeguarding concern (CONTRACT.md, Availability and placements). */
  | 'MISSING'
  | 'OTHER'
  | 'OTHER_SAFEHOUSE'
  | 'PRIVATE_RENTED'
  | 'REFUGE'
  | 'RETURNED_TO_HOME_COUNTRY'
  | 'SOCIAL_HOUSING'
  | 'SUPPORTED_HOUSING'
  | 'UNKNOWN';

export type MoveOnPlanStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'DRAFT';

export type NotificationChannel =
  | 'EMAIL'
  | 'WEB_PUSH';

export type NotificationTopic =
  | 'ACTION_DUE'
  | 'CAPACITY_STALE'
  | 'PLACEMENT_MISSING'
  | 'REFERRAL_ANSWERED'
  | 'REFERRAL_OVERDUE'
  | 'REFERRAL_RECEIVED'
  | 'SUPPORT_ENDING';

export type NrmDecisionKind =
  | 'NEGATIVE_CONCLUSIVE_GROUNDS'
  | 'NEGATIVE_REASONABLE_GROUNDS'
  | 'POSITIVE_CONCLUSIVE_GROUNDS'
  | 'POSITIVE_REASONABLE_GROUNDS';

export type NrmStatus =
  | 'NEGATIVE_CONCLUSIVE_GROUNDS'
  | 'NEGATIVE_REASONABLE_GROUNDS'
  | 'NOT_REFERRED'
  | 'POSITIVE_CONCLUSIVE_GROUNDS'
  | 'POSITIVE_REASONABLE_GROUNDS'
  /** A negative decision is being reconsidered; support does not end meanwhile. */
  | 'RECONSIDERATION_REQUESTED'
  | 'REFERRED'
  /** The adult chose to leave the NRM. */
  | 'WITHDRAWN';

/** An outreach case: a person supported where they already live, with no bed. */
export type OpenSupportCaseInput = {
  /** The local authority area the person lives in. */
  area: string;
  idempotencyKey?: string | null | undefined;
  providerId: string | number;
  survivor: SurvivorInput;
};

export type PlacementFilter = {
  providerId?: string | number | null | undefined;
  safehouseId?: string | number | null | undefined;
  statuses?: Array<PlacementStatus> | null | undefined;
  survivorId?: string | number | null | undefined;
};

export type PlacementStatus =
  | 'ARRIVED'
  | 'AWAITING_ACCEPTANCE'
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DECLINED'
  | 'DEPARTED'
  | 'EXPIRED'
  | 'HELD'
  | 'NO_SHOW'
  | 'RELEASED';

export type PushSubscriptionInput = {
  auth: string;
  endpoint: string;
  p256dh: string;
};

export type Rating =
  | 'GOOD'
  | 'INADEQUATE'
  | 'OUTSTANDING'
  | 'REQUIRES_IMPROVEMENT';

export type RecordNrmDecisionInput = {
  decidedOn: string;
  decision: NrmDecisionKind;
  /** When the provider learned of it, if later than decidedOn. */
  notifiedOn?: string | null | undefined;
  /** The outcome of reconsidering the latest negative decision, of the same stage (CONTRACT.md). */
  reconsideration?: boolean | null | undefined;
  survivorId: string | number;
};

export type RecoveryNeedsAssessmentOutcomeInput = {
  assessmentId: string | number;
  decidedOn: string;
  note?: string | null | undefined;
  /** Support agreed until this day; omit when no further support was agreed. */
  supportUntil?: string | null | undefined;
};

export type RecoveryNeedsAssessmentStatus =
  | 'DECIDED'
  | 'PENDING';

export type Role =
  | 'ADMIN'
  | 'COMMISSIONER'
  | 'DUTY_OFFICER'
  | 'PROVIDER_COORDINATOR'
  | 'SUPPORT_WORKER';

export type SafehouseKind =
  /** A short-term place of safety for anyone identified as a potential victim, before any NRM referral. */
  | 'PRE_NRM_EMERGENCY'
  /** Accommodation for people in the National Referral Mechanism. */
  | 'SAFEHOUSE';

export type StandardOutcome =
  | 'MET'
  | 'NOT_MET'
  | 'PARTIALLY_MET';

export type SubmitRecoveryNeedsAssessmentInput = {
  needs: Array<MoveOnArea>;
  note?: string | null | undefined;
  submittedOn: string;
  supportCaseId: string | number;
};

export type SupportCaseCloseReason =
  | 'MISSING'
  | 'MOVED_ON'
  | 'NOT_TAKEN_UP'
  | 'OTHER'
  | 'TRANSFERRED'
  | 'WITHDRAWN_FROM_NRM';

export type SupportCaseStatus =
  | 'CLOSED'
  | 'OPEN';

export type SupportEndBasis =
  | 'EXTENSION_REQUEST'
  | 'NRM_DECISION'
  | 'RECOVERY_NEEDS_ASSESSMENT'
  | 'WITHDRAWAL';

export type SupportSetting =
  /** Living in one of the provider's safehouses or emergency beds. */
  | 'ACCOMMODATED'
  /** Supported in the community: their own, local authority or asylum accommodation. */
  | 'OUTREACH';

export type SurvivorInput = {
  accessibilityNeeds?: string | null | undefined;
  /** true means ageStatus ADULT, false CHILD; give one of adult and ageStatus. */
  adult?: boolean | null | undefined;
  /** Must be ADULT to place or support: a child or an uncertain age is referred to children's services. */
  ageStatus?: AgeStatus | null | undefined;
  /** The person agrees to this referral and to the sharing of these details with the provider. */
  consentToReferral: boolean;
  dependants?: number | null | undefined;
  /** The dependants one by one; when given, dependants is their number. */
  dependantsDetail?: Array<DependantInput> | null | undefined;
  gender: Gender;
  interpreterNeeded?: boolean | null | undefined;
  /** BCP 47 language tags. */
  languages?: Array<string> | null | undefined;
  needsAccessibleBed?: boolean | null | undefined;
  /** When the NRM referral was made, if known. */
  nrmReferredOn?: string | null | undefined;
  nrmStatus: NrmStatus;
  preferredName?: string | null | undefined;
  prefersWorkerGender?: Gender | null | undefined;
  reference?: string | null | undefined;
};

export type UpdateMoveOnGoalInput = {
  dueOn?: string | null | undefined;
  note?: string | null | undefined;
  /** The support worker who owns the goal; null unassigns it (a coordinator only). */
  ownerSupportWorkerId?: string | number | null | undefined;
  status?: GoalStatus | null | undefined;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, role: Role, organisation:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null } };

export type CommissionersQueryVariables = Exact<{ [key: string]: never; }>;


export type CommissionersQuery = { commissioners: Array<{ id: string, name: string, region: string | null }> };

export type QualityQueryVariables = Exact<{
  commissionerId?: string | number | null | undefined;
}>;


export type QualityQuery = { qualityOverview: Array<{ latestRating: Rating | null, lastInspectedOn: string | null, nextInspectionDueOn: string | null, inspectionOverdue: boolean, openActions: number, overdueActions: number, referralsSuspended: boolean, safehouse: { id: string, name: string, area: string, suspensionReason: string | null, provider: { id: string, name: string }, latestInspection: { id: string, actions: Array<{ dueOn: string, status: ActionStatus }> } | null } }> };

export type UnmetDemandQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type UnmetDemandQuery = { unmetDemand: Array<{ guestGender: Gender, withDependants: boolean, needsAccessibleBed: boolean, kind: SafehouseKind | null, searches: number, searchesWithNoResult: number, declines: number }> };

export type CommissionedSafehouseFragment = { id: string, name: string, area: string, referralsSuspended: boolean, suspensionReason: string | null, provider: { id: string, name: string }, latestInspection: { id: string } | null };

export type InspectionQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionQuery = { inspection: { id: string, inspectedOn: string, kind: InspectionKind, status: InspectionStatus, inspectorName: string, overallRating: Rating, overallRatingOverridden: boolean, overrideReason: string | null, publishedAt: string | null, nextInspectionDueOn: string | null, commissioner: { id: string, name: string }, safehouse: { id: string, name: string, area: string, referralsSuspended: boolean, suspensionReason: string | null, provider: { id: string, name: string }, latestInspection: { id: string } | null }, ratings: Array<{ keyQuestion: KeyQuestion, rating: Rating, summary: string }>, findings: Array<{ standard: string, outcome: StandardOutcome, notes: string | null }>, actions: Array<{ id: string, description: string, keyQuestion: KeyQuestion | null, dueOn: string, status: ActionStatus, overdue: boolean, completedAt: string | null, evidence: string | null, verifiedAt: string | null }> } | null };

export type VerifyActionMutationVariables = Exact<{
  actionId: string | number;
}>;


export type VerifyActionMutation = { verifyInspectionAction: { id: string, status: ActionStatus, overdue: boolean, verifiedAt: string | null, completedAt: string | null, evidence: string | null } };

export type SuspendReferralsMutationVariables = Exact<{
  safehouseId: string | number;
  reason: string;
}>;


export type SuspendReferralsMutation = { suspendReferrals: { id: string, name: string, area: string, referralsSuspended: boolean, suspensionReason: string | null, provider: { id: string, name: string }, latestInspection: { id: string } | null } };

export type ResumeReferralsMutationVariables = Exact<{
  safehouseId: string | number;
}>;


export type ResumeReferralsMutation = { resumeReferrals: { id: string, name: string, area: string, referralsSuspended: boolean, suspensionReason: string | null, provider: { id: string, name: string }, latestInspection: { id: string } | null } };

export type InspectionsQueryVariables = Exact<{
  filter?: InspectionFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type InspectionsQuery = { inspections: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, inspectedOn: string, status: InspectionStatus, overallRating: Rating, safehouse: { id: string, name: string, area: string, provider: { id: string, name: string } }, actions: Array<{ status: ActionStatus, overdue: boolean }> } }> } };

export type SearchQueryVariables = Exact<{
  input: AvailabilitySearchInput;
}>;


export type SearchQuery = { searchAvailability: Array<{ acceptsArrival: boolean, distanceKm: number, nextIntakeAt: string | null, speaksPreferredLanguage: boolean, availableBeds: Array<{ id: string, label: string, sleeps: number, accessible: boolean }>, safehouse: { id: string, name: string, area: string, kind: SafehouseKind, stepFreeAccess: boolean, acceptsDependants: boolean, acceptsBoysUpToAge: number | null, languages: Array<string>, instantBooking: boolean, capacityStale: boolean, capacityConfirmedAt: string | null, latestRating: Rating | null, provider: { name: string } } }> };

export type ChangedSubscriptionVariables = Exact<{
  near?: GeoPointInput | null | undefined;
  radiusKm?: number | null | undefined;
}>;


export type ChangedSubscription = { availabilityChanged: { safehouseId: string, bedId: string, at: string } };

export type PlacementChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PlacementChangedSubscription = { placementChanged: { placementId: string, safehouseId: string, status: PlacementStatus, at: string } };

export type DutyPlacementFragment = { id: string, status: PlacementStatus, statusReason: string | null, from: string, until: string | null, arrivingAt: string | null, holdExpiresAt: string | null, acceptanceDueAt: string | null, acceptanceOverdue: boolean, declineReason: DeclineReason | null, outOfHoursPhone: string, bed: { id: string, label: string, sleeps: number, accessible: boolean }, safehouse: { id: string, name: string, area: string, kind: SafehouseKind, instantBooking: boolean, address: string | null, postcode: string | null, provider: { name: string } } };

export type PlacementQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacementQuery = { placement: { id: string, status: PlacementStatus, statusReason: string | null, from: string, until: string | null, arrivingAt: string | null, holdExpiresAt: string | null, acceptanceDueAt: string | null, acceptanceOverdue: boolean, declineReason: DeclineReason | null, outOfHoursPhone: string, bed: { id: string, label: string, sleeps: number, accessible: boolean }, safehouse: { id: string, name: string, area: string, kind: SafehouseKind, instantBooking: boolean, address: string | null, postcode: string | null, provider: { name: string } } } | null };

export type HoldMutationVariables = Exact<{
  input: HoldBedInput;
}>;


export type HoldMutation = { holdBed: { id: string, status: PlacementStatus, holdExpiresAt: string | null } };

export type HeldBedsQueryVariables = Exact<{ [key: string]: never; }>;


export type HeldBedsQuery = { placements: { edges: Array<{ node: { id: string, holdExpiresAt: string | null, bed: { id: string, label: string }, safehouse: { id: string, area: string }, referrer: { id: string } } }> } };

export type ReleaseMutationVariables = Exact<{
  id: string | number;
}>;


export type ReleaseMutation = { releaseHold: { id: string, status: PlacementStatus } };

export type ConfirmMutationVariables = Exact<{
  input: ConfirmPlacementInput;
}>;


export type ConfirmMutation = { confirmPlacement: { id: string, status: PlacementStatus, statusReason: string | null, from: string, until: string | null, arrivingAt: string | null, holdExpiresAt: string | null, acceptanceDueAt: string | null, acceptanceOverdue: boolean, declineReason: DeclineReason | null, outOfHoursPhone: string, bed: { id: string, label: string, sleeps: number, accessible: boolean }, safehouse: { id: string, name: string, area: string, kind: SafehouseKind, instantBooking: boolean, address: string | null, postcode: string | null, provider: { name: string } } } };

export type CancelMutationVariables = Exact<{
  id: string | number;
  reason: string;
  why?: CancelReason | null | undefined;
}>;


export type CancelMutation = { cancelPlacement: { id: string, status: PlacementStatus, statusReason: string | null, from: string, until: string | null, arrivingAt: string | null, holdExpiresAt: string | null, acceptanceDueAt: string | null, acceptanceOverdue: boolean, declineReason: DeclineReason | null, outOfHoursPhone: string, bed: { id: string, label: string, sleeps: number, accessible: boolean }, safehouse: { id: string, name: string, area: string, kind: SafehouseKind, instantBooking: boolean, address: string | null, postcode: string | null, provider: { name: string } } } };

export type PlacementsQueryVariables = Exact<{
  filter?: PlacementFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type PlacementsQuery = { placements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: PlacementStatus, from: string, until: string | null, holdExpiresAt: string | null, acceptanceDueAt: string | null, acceptanceOverdue: boolean, bed: { label: string }, safehouse: { area: string, name: string }, survivor: { reference: string | null, preferredName: string | null } | null, referrer: { displayName: string } } }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, user: { id: string, displayName: string, role: Role, organisation:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null } } };

export type CasesQueryVariables = Exact<{
  providerId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CasesQuery = { supportCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: SupportCaseStatus, setting: SupportSetting, area: string | null, openedOn: string, overdue: boolean, supportEndsOn: string | null, survivor: { id: string, preferredName: string | null, reference: string | null, nrmStatus: NrmStatus, reasonableGroundsOverdue: boolean }, recoveryNeedsAssessments: Array<{ id: string, status: RecoveryNeedsAssessmentStatus, submittedOn: string }>, placements: Array<{ id: string, status: PlacementStatus, safehouse: { name: string } }> } }> } };

export type CaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQuery = { supportCase: { id: string, status: SupportCaseStatus, setting: SupportSetting, area: string | null, openedOn: string, closedOn: string | null, closeReason: SupportCaseCloseReason | null, overdue: boolean, supportEndsOn: string | null, survivor: { id: string, preferredName: string | null, reference: string | null, nrmStatus: NrmStatus, reasonableGroundsOverdue: boolean, ageStatus: AgeStatus, gender: Gender, nrmReferredOn: string | null, nrmDecisions: Array<{ decision: NrmDecisionKind, decidedOn: string, notifiedOn: string | null, reconsideration: boolean, recordedAt: string }> }, supportEndHistory: Array<{ at: string, basis: SupportEndBasis, rule: string, supportEndsOn: string | null, by: { displayName: string } | null }>, recoveryNeedsAssessments: Array<{ id: string, status: RecoveryNeedsAssessmentStatus, submittedOn: string, decidedOn: string | null, supportUntil: string | null, needs: Array<MoveOnArea>, note: string | null }>, placements: Array<{ id: string, status: PlacementStatus, safehouse: { name: string }, bed: { label: string } }>, moveOnPlan: { id: string, status: MoveOnPlanStatus } | null } | null };

export type OpenCaseMutationVariables = Exact<{
  input: OpenSupportCaseInput;
}>;


export type OpenCaseMutation = { openSupportCase: { id: string } };

export type RecordReferralMutationVariables = Exact<{
  survivorId: string | number;
  referredOn: string;
}>;


export type RecordReferralMutation = { recordNrmReferral: { id: string, nrmStatus: NrmStatus } };

export type RecordDecisionMutationVariables = Exact<{
  input: RecordNrmDecisionInput;
}>;


export type RecordDecisionMutation = { recordNrmDecision: { id: string, nrmStatus: NrmStatus } };

export type RequestReconsiderationMutationVariables = Exact<{
  survivorId: string | number;
  requestedOn: string;
}>;


export type RequestReconsiderationMutation = { requestNrmReconsideration: { id: string, nrmStatus: NrmStatus } };

export type WithdrawMutationVariables = Exact<{
  survivorId: string | number;
  on: string;
}>;


export type WithdrawMutation = { withdrawFromNrm: { id: string, nrmStatus: NrmStatus } };

export type SubmitRnaMutationVariables = Exact<{
  input: SubmitRecoveryNeedsAssessmentInput;
}>;


export type SubmitRnaMutation = { submitRecoveryNeedsAssessment: { id: string, status: RecoveryNeedsAssessmentStatus } };

export type DecideRnaMutationVariables = Exact<{
  input: RecoveryNeedsAssessmentOutcomeInput;
}>;


export type DecideRnaMutation = { recordRecoveryNeedsAssessmentOutcome: { id: string, status: RecoveryNeedsAssessmentStatus, supportUntil: string | null } };

export type ExtendSupportMutationVariables = Exact<{
  input: ExtendSupportInput;
}>;


export type ExtendSupportMutation = { extendSupport: { id: string, supportEndsOn: string | null } };

export type CloseCaseMutationVariables = Exact<{
  id: string | number;
  reason: SupportCaseCloseReason;
  note?: string | null | undefined;
}>;


export type CloseCaseMutation = { closeSupportCase: { id: string, status: SupportCaseStatus, closedOn: string | null, closeReason: SupportCaseCloseReason | null } };

export type BoardQueryVariables = Exact<{
  providerId: string | number;
}>;


export type BoardQuery = { provider: { id: string, safehouses: Array<{ id: string, name: string, area: string, kind: SafehouseKind, capacityConfirmedAt: string | null, capacityStale: boolean, referralsSuspended: boolean, bedBoard: Array<{ bed: { id: string, label: string, sleeps: number, accessible: boolean }, days: Array<{ day: string, state: BedDayState, placementId: string | null, blockId: string | null }> }> }> } | null };

export type ConfirmCapacityMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmCapacityMutation = { confirmCapacity: { id: string, capacityConfirmedAt: string | null, capacityStale: boolean } };

export type SetOutOfServiceMutationVariables = Exact<{
  input: BedOutOfServiceInput;
}>;


export type SetOutOfServiceMutation = { setBedOutOfService: { id: string } };

export type ReturnToServiceMutationVariables = Exact<{
  blockId: string | number;
}>;


export type ReturnToServiceMutation = { returnBedToService: boolean };

export type ProviderPlacementFragment = { id: string, status: PlacementStatus, from: string, until: string | null, arrivingAt: string | null, arrivedAt: string | null, acceptanceDueAt: string | null, acceptanceOverdue: boolean, safehouse: { id: string, name: string }, bed: { id: string, label: string }, referrerOrganisation:
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
  , survivor: { id: string, preferredName: string | null, reference: string | null, gender: Gender, dependants: number, languages: Array<string>, accessibilityNeeds: string | null, nrmStatus: NrmStatus, prefersWorkerGender: Gender | null } | null };

export type ReferralsQueryVariables = Exact<{
  providerId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ReferralsQuery = { placements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: PlacementStatus, from: string, until: string | null, arrivingAt: string | null, arrivedAt: string | null, acceptanceDueAt: string | null, acceptanceOverdue: boolean, safehouse: { id: string, name: string }, bed: { id: string, label: string }, referrerOrganisation:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        , survivor: { id: string, preferredName: string | null, reference: string | null, gender: Gender, dependants: number, languages: Array<string>, accessibilityNeeds: string | null, nrmStatus: NrmStatus, prefersWorkerGender: Gender | null } | null } }> } };

export type AcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptMutation = { acceptPlacement: { id: string, status: PlacementStatus } };

export type DeclineMutationVariables = Exact<{
  id: string | number;
  reason: DeclineReason;
  note?: string | null | undefined;
}>;


export type DeclineMutation = { declinePlacement: { id: string, status: PlacementStatus, declineReason: DeclineReason | null } };

export type TodayQueryVariables = Exact<{
  providerId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type TodayQuery = { placements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: PlacementStatus, from: string, until: string | null, plannedUntil: string, arrivingAt: string | null, arrivedAt: string | null, safehouse: { id: string, name: string }, bed: { id: string, label: string }, referrerOrganisation:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        , survivor: { id: string, preferredName: string | null, reference: string | null } | null, moveOnPlan: { id: string, status: MoveOnPlanStatus, targetMoveOnOn: string | null, supportEndsOn: string | null } | null } }> } };

export type ArriveMutationVariables = Exact<{
  id: string | number;
}>;


export type ArriveMutation = { recordArrival: { id: string, status: PlacementStatus, arrivedAt: string | null } };

export type NoShowMutationVariables = Exact<{
  id: string | number;
}>;


export type NoShowMutation = { recordNoShow: { id: string, status: PlacementStatus } };

export type DepartMutationVariables = Exact<{
  id: string | number;
  destination: MoveOnDestination;
}>;


export type DepartMutation = { recordDeparture: { id: string, status: PlacementStatus, departedAt: string | null, destination: MoveOnDestination | null } };

export type UnassignedQueryVariables = Exact<{
  providerId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type UnassignedQuery = { placements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: PlacementStatus, from: string, until: string | null, arrivingAt: string | null, arrivedAt: string | null, acceptanceDueAt: string | null, acceptanceOverdue: boolean, supportWorkers: Array<{ id: string }>, safehouse: { id: string, name: string }, bed: { id: string, label: string }, referrerOrganisation:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        , survivor: { id: string, preferredName: string | null, reference: string | null, gender: Gender, dependants: number, languages: Array<string>, accessibilityNeeds: string | null, nrmStatus: NrmStatus, prefersWorkerGender: Gender | null } | null } }> } };

export type SuggestionFragment = { reasons: Array<string>, score: number, supportWorker: { id: string, name: string, gender: Gender, languages: Array<string>, activeCaseload: number, maxCaseload: number } };

export type AssignMutationVariables = Exact<{
  input: AssignSupportWorkerInput;
}>;


export type AssignMutation = { assignSupportWorker: { id: string, role: AssignmentRole, supportWorker: { id: string, name: string } } };

export type MoveOnQueryVariables = Exact<{
  providerId: string | number;
  before: string;
  first: number;
  after?: string | null | undefined;
}>;


export type MoveOnQuery = { moveOnPlans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: MoveOnPlanStatus, overdue: boolean, supportEndsOn: string | null, targetMoveOnOn: string | null, survivor: { id: string, preferredName: string | null, reference: string | null }, placement: { id: string, safehouse: { name: string }, bed: { label: string } } | null, goals: Array<{ id: string, status: GoalStatus }>, supportCase: { id: string, setting: SupportSetting, area: string | null, survivor: { nrmStatus: NrmStatus, reasonableGroundsOverdue: boolean }, recoveryNeedsAssessments: Array<{ status: RecoveryNeedsAssessmentStatus, submittedOn: string }> } } }> } };

export type ActivatePlanMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivatePlanMutation = { activateMoveOnPlan: { id: string, status: MoveOnPlanStatus } };

export type ProviderPlacementChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ProviderPlacementChangedSubscription = { placementChanged: { placementId: string, safehouseId: string, status: PlacementStatus, at: string } };

export type PushPublicKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type PushPublicKeyQuery = { pushPublicKey: string | null };

export type RegisterPushSubscriptionMutationVariables = Exact<{
  input: PushSubscriptionInput;
}>;


export type RegisterPushSubscriptionMutation = { registerPushSubscription: boolean };

export type RemovePushSubscriptionMutationVariables = Exact<{
  endpoint: string;
}>;


export type RemovePushSubscriptionMutation = { removePushSubscription: boolean };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { myNotificationPreferences: Array<{ topic: NotificationTopic, channels: Array<NotificationChannel> }> };

export type SetNotificationPreferenceMutationVariables = Exact<{
  topic: NotificationTopic;
  channels: Array<NotificationChannel> | NotificationChannel;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: { topic: NotificationTopic, channels: Array<NotificationChannel> } };

export type OnCallMailboxQueryVariables = Exact<{
  id: string | number;
}>;


export type OnCallMailboxQuery = { provider: { id: string, onCallEmail: string | null } | null };

export type SetOnCallMailboxMutationVariables = Exact<{
  id: string | number;
  onCallEmail?: string | null | undefined;
}>;


export type SetOnCallMailboxMutation = { updateProvider: { id: string, onCallEmail: string | null } };

export type CaseloadQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseloadQuery = { supportCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, setting: SupportSetting, status: SupportCaseStatus, area: string | null, supportEndsOn: string | null, overdue: boolean, survivor: { id: string, preferredName: string | null, reference: string | null, languages: Array<string>, interpreterNeeded: boolean, accessibilityNeeds: string | null, nrmStatus: NrmStatus }, placements: Array<{ id: string, status: PlacementStatus, safehouse: { id: string, name: string } }>, recoveryNeedsAssessments: Array<{ id: string, status: RecoveryNeedsAssessmentStatus, submittedOn: string }>, moveOnPlan: { id: string, status: MoveOnPlanStatus, goals: Array<{ id: string, area: MoveOnArea, description: string, status: GoalStatus, dueOn: string | null, note: string | null, owner: { id: string, user: { id: string } | null } | null }> } | null } }> } };

export type UpdateGoalMutationVariables = Exact<{
  goalId: string | number;
  input: UpdateMoveOnGoalInput;
}>;


export type UpdateGoalMutation = { updateMoveOnGoal: { id: string, status: GoalStatus, note: string | null } };

export type WorkerSubmitRnaMutationVariables = Exact<{
  input: SubmitRecoveryNeedsAssessmentInput;
}>;


export type WorkerSubmitRnaMutation = { submitRecoveryNeedsAssessment: { id: string, status: RecoveryNeedsAssessmentStatus, submittedOn: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CommissionedSafehouseFragmentDoc = new TypedDocumentString(`
    fragment CommissionedSafehouse on Safehouse {
  id
  name
  area
  referralsSuspended
  suspensionReason
  provider {
    id
    name
  }
  latestInspection {
    id
  }
}
    `, {"fragmentName":"CommissionedSafehouse"}) as unknown as TypedDocumentString<CommissionedSafehouseFragment, unknown>;
export const DutyPlacementFragmentDoc = new TypedDocumentString(`
    fragment DutyPlacement on Placement {
  id
  status
  statusReason
  from
  until
  arrivingAt
  holdExpiresAt
  acceptanceDueAt
  acceptanceOverdue
  declineReason
  outOfHoursPhone
  bed {
    id
    label
    sleeps
    accessible
  }
  safehouse {
    id
    name
    area
    kind
    instantBooking
    address
    postcode
    provider {
      name
    }
  }
}
    `, {"fragmentName":"DutyPlacement"}) as unknown as TypedDocumentString<DutyPlacementFragment, unknown>;
export const ProviderPlacementFragmentDoc = new TypedDocumentString(`
    fragment ProviderPlacement on Placement {
  id
  status
  from
  until
  arrivingAt
  arrivedAt
  acceptanceDueAt
  acceptanceOverdue
  safehouse {
    id
    name
  }
  bed {
    id
    label
  }
  referrerOrganisation {
    name
  }
  survivor {
    id
    preferredName
    reference
    gender
    dependants
    languages
    accessibilityNeeds
    nrmStatus
    prefersWorkerGender
  }
}
    `, {"fragmentName":"ProviderPlacement"}) as unknown as TypedDocumentString<ProviderPlacementFragment, unknown>;
export const SuggestionFragmentDoc = new TypedDocumentString(`
    fragment Suggestion on SupportWorkerSuggestion {
  reasons
  score
  supportWorker {
    id
    name
    gender
    languages
    activeCaseload
    maxCaseload
  }
}
    `, {"fragmentName":"Suggestion"}) as unknown as TypedDocumentString<SuggestionFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    displayName
    role
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const CommissionersDocument = new TypedDocumentString(`
    query Commissioners {
  commissioners {
    id
    name
    region
  }
}
    `) as unknown as TypedDocumentString<CommissionersQuery, CommissionersQueryVariables>;
export const QualityDocument = new TypedDocumentString(`
    query Quality($commissionerId: ID) {
  qualityOverview(commissionerId: $commissionerId) {
    latestRating
    lastInspectedOn
    nextInspectionDueOn
    inspectionOverdue
    openActions
    overdueActions
    referralsSuspended
    safehouse {
      id
      name
      area
      suspensionReason
      provider {
        id
        name
      }
      latestInspection {
        id
        actions {
          dueOn
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QualityQuery, QualityQueryVariables>;
export const UnmetDemandDocument = new TypedDocumentString(`
    query UnmetDemand($from: DateTime!, $to: DateTime!) {
  unmetDemand(from: $from, to: $to) {
    guestGender
    withDependants
    needsAccessibleBed
    kind
    searches
    searchesWithNoResult
    declines
  }
}
    `) as unknown as TypedDocumentString<UnmetDemandQuery, UnmetDemandQueryVariables>;
export const InspectionDocument = new TypedDocumentString(`
    query Inspection($id: ID!) {
  inspection(id: $id) {
    id
    inspectedOn
    kind
    status
    inspectorName
    overallRating
    overallRatingOverridden
    overrideReason
    publishedAt
    nextInspectionDueOn
    commissioner {
      id
      name
    }
    safehouse {
      ...CommissionedSafehouse
    }
    ratings {
      keyQuestion
      rating
      summary
    }
    findings {
      standard
      outcome
      notes
    }
    actions {
      id
      description
      keyQuestion
      dueOn
      status
      overdue
      completedAt
      evidence
      verifiedAt
    }
  }
}
    fragment CommissionedSafehouse on Safehouse {
  id
  name
  area
  referralsSuspended
  suspensionReason
  provider {
    id
    name
  }
  latestInspection {
    id
  }
}`) as unknown as TypedDocumentString<InspectionQuery, InspectionQueryVariables>;
export const VerifyActionDocument = new TypedDocumentString(`
    mutation VerifyAction($actionId: ID!) {
  verifyInspectionAction(actionId: $actionId) {
    id
    status
    overdue
    verifiedAt
    completedAt
    evidence
  }
}
    `) as unknown as TypedDocumentString<VerifyActionMutation, VerifyActionMutationVariables>;
export const SuspendReferralsDocument = new TypedDocumentString(`
    mutation SuspendReferrals($safehouseId: ID!, $reason: String!) {
  suspendReferrals(safehouseId: $safehouseId, reason: $reason) {
    ...CommissionedSafehouse
  }
}
    fragment CommissionedSafehouse on Safehouse {
  id
  name
  area
  referralsSuspended
  suspensionReason
  provider {
    id
    name
  }
  latestInspection {
    id
  }
}`) as unknown as TypedDocumentString<SuspendReferralsMutation, SuspendReferralsMutationVariables>;
export const ResumeReferralsDocument = new TypedDocumentString(`
    mutation ResumeReferrals($safehouseId: ID!) {
  resumeReferrals(safehouseId: $safehouseId) {
    ...CommissionedSafehouse
  }
}
    fragment CommissionedSafehouse on Safehouse {
  id
  name
  area
  referralsSuspended
  suspensionReason
  provider {
    id
    name
  }
  latestInspection {
    id
  }
}`) as unknown as TypedDocumentString<ResumeReferralsMutation, ResumeReferralsMutationVariables>;
export const InspectionsDocument = new TypedDocumentString(`
    query Inspections($filter: InspectionFilter, $after: String) {
  inspections(filter: $filter, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        inspectedOn
        status
        overallRating
        safehouse {
          id
          name
          area
          provider {
            id
            name
          }
        }
        actions {
          status
          overdue
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionsQuery, InspectionsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($input: AvailabilitySearchInput!) {
  searchAvailability(input: $input) {
    acceptsArrival
    distanceKm
    nextIntakeAt
    speaksPreferredLanguage
    availableBeds {
      id
      label
      sleeps
      accessible
    }
    safehouse {
      id
      name
      area
      kind
      stepFreeAccess
      acceptsDependants
      acceptsBoysUpToAge
      languages
      instantBooking
      capacityStale
      capacityConfirmedAt
      latestRating
      provider {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ChangedDocument = new TypedDocumentString(`
    subscription Changed($near: GeoPointInput, $radiusKm: Float) {
  availabilityChanged(near: $near, radiusKm: $radiusKm) {
    safehouseId
    bedId
    at
  }
}
    `) as unknown as TypedDocumentString<ChangedSubscription, ChangedSubscriptionVariables>;
export const PlacementChangedDocument = new TypedDocumentString(`
    subscription PlacementChanged {
  placementChanged {
    placementId
    safehouseId
    status
    at
  }
}
    `) as unknown as TypedDocumentString<PlacementChangedSubscription, PlacementChangedSubscriptionVariables>;
export const PlacementDocument = new TypedDocumentString(`
    query Placement($id: ID!) {
  placement(id: $id) {
    ...DutyPlacement
  }
}
    fragment DutyPlacement on Placement {
  id
  status
  statusReason
  from
  until
  arrivingAt
  holdExpiresAt
  acceptanceDueAt
  acceptanceOverdue
  declineReason
  outOfHoursPhone
  bed {
    id
    label
    sleeps
    accessible
  }
  safehouse {
    id
    name
    area
    kind
    instantBooking
    address
    postcode
    provider {
      name
    }
  }
}`) as unknown as TypedDocumentString<PlacementQuery, PlacementQueryVariables>;
export const HoldDocument = new TypedDocumentString(`
    mutation Hold($input: HoldBedInput!) {
  holdBed(input: $input) {
    id
    status
    holdExpiresAt
  }
}
    `) as unknown as TypedDocumentString<HoldMutation, HoldMutationVariables>;
export const HeldBedsDocument = new TypedDocumentString(`
    query HeldBeds {
  placements(filter: {statuses: [HELD]}, first: 50) {
    edges {
      node {
        id
        holdExpiresAt
        bed {
          id
          label
        }
        safehouse {
          id
          area
        }
        referrer {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HeldBedsQuery, HeldBedsQueryVariables>;
export const ReleaseDocument = new TypedDocumentString(`
    mutation Release($id: ID!) {
  releaseHold(placementId: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReleaseMutation, ReleaseMutationVariables>;
export const ConfirmDocument = new TypedDocumentString(`
    mutation Confirm($input: ConfirmPlacementInput!) {
  confirmPlacement(input: $input) {
    ...DutyPlacement
  }
}
    fragment DutyPlacement on Placement {
  id
  status
  statusReason
  from
  until
  arrivingAt
  holdExpiresAt
  acceptanceDueAt
  acceptanceOverdue
  declineReason
  outOfHoursPhone
  bed {
    id
    label
    sleeps
    accessible
  }
  safehouse {
    id
    name
    area
    kind
    instantBooking
    address
    postcode
    provider {
      name
    }
  }
}`) as unknown as TypedDocumentString<ConfirmMutation, ConfirmMutationVariables>;
export const CancelDocument = new TypedDocumentString(`
    mutation Cancel($id: ID!, $reason: String!, $why: CancelReason) {
  cancelPlacement(placementId: $id, reason: $reason, why: $why) {
    ...DutyPlacement
  }
}
    fragment DutyPlacement on Placement {
  id
  status
  statusReason
  from
  until
  arrivingAt
  holdExpiresAt
  acceptanceDueAt
  acceptanceOverdue
  declineReason
  outOfHoursPhone
  bed {
    id
    label
    sleeps
    accessible
  }
  safehouse {
    id
    name
    area
    kind
    instantBooking
    address
    postcode
    provider {
      name
    }
  }
}`) as unknown as TypedDocumentString<CancelMutation, CancelMutationVariables>;
export const PlacementsDocument = new TypedDocumentString(`
    query Placements($filter: PlacementFilter, $after: String) {
  placements(filter: $filter, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        from
        until
        holdExpiresAt
        acceptanceDueAt
        acceptanceOverdue
        bed {
          label
        }
        safehouse {
          area
          name
        }
        survivor {
          reference
          preferredName
        }
        referrer {
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementsQuery, PlacementsQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken
    user {
      id
      displayName
      role
      organisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const CasesDocument = new TypedDocumentString(`
    query Cases($providerId: ID!, $first: Int!, $after: String) {
  supportCases(
    first: $first
    after: $after
    filter: {providerId: $providerId, status: OPEN}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        setting
        area
        openedOn
        overdue
        supportEndsOn
        survivor {
          id
          preferredName
          reference
          nrmStatus
          reasonableGroundsOverdue
        }
        recoveryNeedsAssessments {
          id
          status
          submittedOn
        }
        placements {
          id
          status
          safehouse {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasesQuery, CasesQueryVariables>;
export const CaseDocument = new TypedDocumentString(`
    query Case($id: ID!) {
  supportCase(id: $id) {
    id
    status
    setting
    area
    openedOn
    closedOn
    closeReason
    overdue
    supportEndsOn
    survivor {
      id
      preferredName
      reference
      nrmStatus
      reasonableGroundsOverdue
      ageStatus
      gender
      nrmReferredOn
      nrmDecisions {
        decision
        decidedOn
        notifiedOn
        reconsideration
        recordedAt
      }
    }
    supportEndHistory {
      at
      basis
      rule
      supportEndsOn
      by {
        displayName
      }
    }
    recoveryNeedsAssessments {
      id
      status
      submittedOn
      decidedOn
      supportUntil
      needs
      note
    }
    placements {
      id
      status
      safehouse {
        name
      }
      bed {
        label
      }
    }
    moveOnPlan {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CaseQuery, CaseQueryVariables>;
export const OpenCaseDocument = new TypedDocumentString(`
    mutation OpenCase($input: OpenSupportCaseInput!) {
  openSupportCase(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpenCaseMutation, OpenCaseMutationVariables>;
export const RecordReferralDocument = new TypedDocumentString(`
    mutation RecordReferral($survivorId: ID!, $referredOn: Date!) {
  recordNrmReferral(survivorId: $survivorId, referredOn: $referredOn) {
    id
    nrmStatus
  }
}
    `) as unknown as TypedDocumentString<RecordReferralMutation, RecordReferralMutationVariables>;
export const RecordDecisionDocument = new TypedDocumentString(`
    mutation RecordDecision($input: RecordNrmDecisionInput!) {
  recordNrmDecision(input: $input) {
    id
    nrmStatus
  }
}
    `) as unknown as TypedDocumentString<RecordDecisionMutation, RecordDecisionMutationVariables>;
export const RequestReconsiderationDocument = new TypedDocumentString(`
    mutation RequestReconsideration($survivorId: ID!, $requestedOn: Date!) {
  requestNrmReconsideration(survivorId: $survivorId, requestedOn: $requestedOn) {
    id
    nrmStatus
  }
}
    `) as unknown as TypedDocumentString<RequestReconsiderationMutation, RequestReconsiderationMutationVariables>;
export const WithdrawDocument = new TypedDocumentString(`
    mutation Withdraw($survivorId: ID!, $on: Date!) {
  withdrawFromNrm(survivorId: $survivorId, on: $on) {
    id
    nrmStatus
  }
}
    `) as unknown as TypedDocumentString<WithdrawMutation, WithdrawMutationVariables>;
export const SubmitRnaDocument = new TypedDocumentString(`
    mutation SubmitRna($input: SubmitRecoveryNeedsAssessmentInput!) {
  submitRecoveryNeedsAssessment(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitRnaMutation, SubmitRnaMutationVariables>;
export const DecideRnaDocument = new TypedDocumentString(`
    mutation DecideRna($input: RecoveryNeedsAssessmentOutcomeInput!) {
  recordRecoveryNeedsAssessmentOutcome(input: $input) {
    id
    status
    supportUntil
  }
}
    `) as unknown as TypedDocumentString<DecideRnaMutation, DecideRnaMutationVariables>;
export const ExtendSupportDocument = new TypedDocumentString(`
    mutation ExtendSupport($input: ExtendSupportInput!) {
  extendSupport(input: $input) {
    id
    supportEndsOn
  }
}
    `) as unknown as TypedDocumentString<ExtendSupportMutation, ExtendSupportMutationVariables>;
export const CloseCaseDocument = new TypedDocumentString(`
    mutation CloseCase($id: ID!, $reason: SupportCaseCloseReason!, $note: String) {
  closeSupportCase(id: $id, reason: $reason, note: $note) {
    id
    status
    closedOn
    closeReason
  }
}
    `) as unknown as TypedDocumentString<CloseCaseMutation, CloseCaseMutationVariables>;
export const BoardDocument = new TypedDocumentString(`
    query Board($providerId: ID!) {
  provider(id: $providerId) {
    id
    safehouses {
      id
      name
      area
      kind
      capacityConfirmedAt
      capacityStale
      referralsSuspended
      bedBoard(days: 7) {
        bed {
          id
          label
          sleeps
          accessible
        }
        days {
          day
          state
          placementId
          blockId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BoardQuery, BoardQueryVariables>;
export const ConfirmCapacityDocument = new TypedDocumentString(`
    mutation ConfirmCapacity($id: ID!) {
  confirmCapacity(safehouseId: $id) {
    id
    capacityConfirmedAt
    capacityStale
  }
}
    `) as unknown as TypedDocumentString<ConfirmCapacityMutation, ConfirmCapacityMutationVariables>;
export const SetOutOfServiceDocument = new TypedDocumentString(`
    mutation SetOutOfService($input: BedOutOfServiceInput!) {
  setBedOutOfService(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetOutOfServiceMutation, SetOutOfServiceMutationVariables>;
export const ReturnToServiceDocument = new TypedDocumentString(`
    mutation ReturnToService($blockId: ID!) {
  returnBedToService(blockId: $blockId)
}
    `) as unknown as TypedDocumentString<ReturnToServiceMutation, ReturnToServiceMutationVariables>;
export const ReferralsDocument = new TypedDocumentString(`
    query Referrals($providerId: ID!, $first: Int!, $after: String) {
  placements(
    first: $first
    after: $after
    filter: {providerId: $providerId, statuses: [AWAITING_ACCEPTANCE]}
    orderBy: ACCEPTANCE_DUE_FIRST
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ProviderPlacement
      }
    }
  }
}
    fragment ProviderPlacement on Placement {
  id
  status
  from
  until
  arrivingAt
  arrivedAt
  acceptanceDueAt
  acceptanceOverdue
  safehouse {
    id
    name
  }
  bed {
    id
    label
  }
  referrerOrganisation {
    name
  }
  survivor {
    id
    preferredName
    reference
    gender
    dependants
    languages
    accessibilityNeeds
    nrmStatus
    prefersWorkerGender
  }
}`) as unknown as TypedDocumentString<ReferralsQuery, ReferralsQueryVariables>;
export const AcceptDocument = new TypedDocumentString(`
    mutation Accept($id: ID!) {
  acceptPlacement(placementId: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AcceptMutation, AcceptMutationVariables>;
export const DeclineDocument = new TypedDocumentString(`
    mutation Decline($id: ID!, $reason: DeclineReason!, $note: String) {
  declinePlacement(placementId: $id, reason: $reason, note: $note) {
    id
    status
    declineReason
  }
}
    `) as unknown as TypedDocumentString<DeclineMutation, DeclineMutationVariables>;
export const TodayDocument = new TypedDocumentString(`
    query Today($providerId: ID!, $first: Int!, $after: String) {
  placements(
    first: $first
    after: $after
    filter: {providerId: $providerId, statuses: [CONFIRMED, ARRIVED]}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        from
        until
        plannedUntil
        arrivingAt
        arrivedAt
        safehouse {
          id
          name
        }
        bed {
          id
          label
        }
        referrerOrganisation {
          name
        }
        survivor {
          id
          preferredName
          reference
        }
        moveOnPlan {
          id
          status
          targetMoveOnOn
          supportEndsOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TodayQuery, TodayQueryVariables>;
export const ArriveDocument = new TypedDocumentString(`
    mutation Arrive($id: ID!) {
  recordArrival(placementId: $id) {
    id
    status
    arrivedAt
  }
}
    `) as unknown as TypedDocumentString<ArriveMutation, ArriveMutationVariables>;
export const NoShowDocument = new TypedDocumentString(`
    mutation NoShow($id: ID!) {
  recordNoShow(placementId: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<NoShowMutation, NoShowMutationVariables>;
export const DepartDocument = new TypedDocumentString(`
    mutation Depart($id: ID!, $destination: MoveOnDestination!) {
  recordDeparture(placementId: $id, destination: $destination) {
    id
    status
    departedAt
    destination
  }
}
    `) as unknown as TypedDocumentString<DepartMutation, DepartMutationVariables>;
export const UnassignedDocument = new TypedDocumentString(`
    query Unassigned($providerId: ID!, $first: Int!, $after: String) {
  placements(
    first: $first
    after: $after
    filter: {providerId: $providerId, statuses: [CONFIRMED, ARRIVED]}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ProviderPlacement
        supportWorkers {
          id
        }
      }
    }
  }
}
    fragment ProviderPlacement on Placement {
  id
  status
  from
  until
  arrivingAt
  arrivedAt
  acceptanceDueAt
  acceptanceOverdue
  safehouse {
    id
    name
  }
  bed {
    id
    label
  }
  referrerOrganisation {
    name
  }
  survivor {
    id
    preferredName
    reference
    gender
    dependants
    languages
    accessibilityNeeds
    nrmStatus
    prefersWorkerGender
  }
}`) as unknown as TypedDocumentString<UnassignedQuery, UnassignedQueryVariables>;
export const AssignDocument = new TypedDocumentString(`
    mutation Assign($input: AssignSupportWorkerInput!) {
  assignSupportWorker(input: $input) {
    id
    role
    supportWorker {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AssignMutation, AssignMutationVariables>;
export const MoveOnDocument = new TypedDocumentString(`
    query MoveOn($providerId: ID!, $before: Date!, $first: Int!, $after: String) {
  moveOnPlans(
    first: $first
    after: $after
    filter: {providerId: $providerId, supportEndsBefore: $before}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        overdue
        supportEndsOn
        targetMoveOnOn
        survivor {
          id
          preferredName
          reference
        }
        placement {
          id
          safehouse {
            name
          }
          bed {
            label
          }
        }
        goals {
          id
          status
        }
        supportCase {
          id
          setting
          area
          survivor {
            nrmStatus
            reasonableGroundsOverdue
          }
          recoveryNeedsAssessments {
            status
            submittedOn
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MoveOnQuery, MoveOnQueryVariables>;
export const ActivatePlanDocument = new TypedDocumentString(`
    mutation ActivatePlan($id: ID!) {
  activateMoveOnPlan(planId: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ActivatePlanMutation, ActivatePlanMutationVariables>;
export const ProviderPlacementChangedDocument = new TypedDocumentString(`
    subscription ProviderPlacementChanged {
  placementChanged {
    placementId
    safehouseId
    status
    at
  }
}
    `) as unknown as TypedDocumentString<ProviderPlacementChangedSubscription, ProviderPlacementChangedSubscriptionVariables>;
export const PushPublicKeyDocument = new TypedDocumentString(`
    query PushPublicKey {
  pushPublicKey
}
    `) as unknown as TypedDocumentString<PushPublicKeyQuery, PushPublicKeyQueryVariables>;
export const RegisterPushSubscriptionDocument = new TypedDocumentString(`
    mutation RegisterPushSubscription($input: PushSubscriptionInput!) {
  registerPushSubscription(input: $input)
}
    `) as unknown as TypedDocumentString<RegisterPushSubscriptionMutation, RegisterPushSubscriptionMutationVariables>;
export const RemovePushSubscriptionDocument = new TypedDocumentString(`
    mutation RemovePushSubscription($endpoint: String!) {
  removePushSubscription(endpoint: $endpoint)
}
    `) as unknown as TypedDocumentString<RemovePushSubscriptionMutation, RemovePushSubscriptionMutationVariables>;
export const MyNotificationPreferencesDocument = new TypedDocumentString(`
    query MyNotificationPreferences {
  myNotificationPreferences {
    topic
    channels
  }
}
    `) as unknown as TypedDocumentString<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($topic: NotificationTopic!, $channels: [NotificationChannel!]!) {
  setNotificationPreference(topic: $topic, channels: $channels) {
    topic
    channels
  }
}
    `) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const OnCallMailboxDocument = new TypedDocumentString(`
    query OnCallMailbox($id: ID!) {
  provider(id: $id) {
    id
    onCallEmail
  }
}
    `) as unknown as TypedDocumentString<OnCallMailboxQuery, OnCallMailboxQueryVariables>;
export const SetOnCallMailboxDocument = new TypedDocumentString(`
    mutation SetOnCallMailbox($id: ID!, $onCallEmail: String) {
  updateProvider(id: $id, input: {onCallEmail: $onCallEmail}) {
    id
    onCallEmail
  }
}
    `) as unknown as TypedDocumentString<SetOnCallMailboxMutation, SetOnCallMailboxMutationVariables>;
export const CaseloadDocument = new TypedDocumentString(`
    query Caseload($first: Int, $after: String) {
  supportCases(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        setting
        status
        area
        supportEndsOn
        overdue
        survivor {
          id
          preferredName
          reference
          languages
          interpreterNeeded
          accessibilityNeeds
          nrmStatus
        }
        placements {
          id
          status
          safehouse {
            id
            name
          }
        }
        recoveryNeedsAssessments {
          id
          status
          submittedOn
        }
        moveOnPlan {
          id
          status
          goals {
            id
            area
            description
            status
            dueOn
            note
            owner {
              id
              user {
                id
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseloadQuery, CaseloadQueryVariables>;
export const UpdateGoalDocument = new TypedDocumentString(`
    mutation UpdateGoal($goalId: ID!, $input: UpdateMoveOnGoalInput!) {
  updateMoveOnGoal(goalId: $goalId, input: $input) {
    id
    status
    note
  }
}
    `) as unknown as TypedDocumentString<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const WorkerSubmitRnaDocument = new TypedDocumentString(`
    mutation WorkerSubmitRna($input: SubmitRecoveryNeedsAssessmentInput!) {
  submitRecoveryNeedsAssessment(input: $input) {
    id
    status
    submittedOn
  }
}
    `) as unknown as TypedDocumentString<WorkerSubmitRnaMutation, WorkerSubmitRnaMutationVariables>;