/** The coordinator's support cases and the NRM journey: only the public API on /graphql. */

export interface CaseSurvivor {
  id: string;
  preferredName: string | null;
  reference: string | null;
  nrmStatus: string;
  reasonableGroundsOverdue: boolean;
}

export interface CaseSummary {
  id: string;
  status: string;
  setting: 'ACCOMMODATED' | 'OUTREACH';
  area: string | null;
  openedOn: string;
  overdue: boolean;
  supportEndsOn: string | null;
  survivor: CaseSurvivor;
  recoveryNeedsAssessments: { id: string; status: string; submittedOn: string }[];
  placements: { id: string; status: string; safehouse: { name: string } }[];
}

/**
 * Small enough a case that a page of them stays under the query-cost limit (CASE_PAGE cases with
 * their survivor, RNAs and placements).
 */
export const CASE_PAGE = 20;

export const CASES = `query Cases($providerId: ID!, $first: Int!, $after: String) {
  supportCases(first: $first, after: $after, filter: { providerId: $providerId, status: OPEN }) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      id status setting area openedOn overdue supportEndsOn
      survivor { id preferredName reference nrmStatus reasonableGroundsOverdue }
      recoveryNeedsAssessments { id status submittedOn }
      placements { id status safehouse { name } }
    } }
  }
}`;

export interface NrmDecision {
  decision: string;
  decidedOn: string;
  notifiedOn: string | null;
  reconsideration: boolean;
  recordedAt: string;
}

export interface RecoveryNeedsAssessment {
  id: string;
  status: 'PENDING' | 'DECIDED';
  submittedOn: string;
  decidedOn: string | null;
  supportUntil: string | null;
  needs: string[];
  note: string | null;
}

export interface SupportEndChange {
  at: string;
  basis: string;
  rule: string;
  supportEndsOn: string | null;
  by: { displayName: string } | null;
}

export interface SupportCaseDetail {
  id: string;
  status: string;
  setting: 'ACCOMMODATED' | 'OUTREACH';
  area: string | null;
  openedOn: string;
  closedOn: string | null;
  closeReason: string | null;
  overdue: boolean;
  supportEndsOn: string | null;
  survivor: CaseSurvivor & {
    ageStatus: string;
    gender: string;
    nrmReferredOn: string | null;
    nrmDecisions: NrmDecision[];
  };
  supportEndHistory: SupportEndChange[];
  recoveryNeedsAssessments: RecoveryNeedsAssessment[];
  placements: { id: string; status: string; safehouse: { name: string }; bed: { label: string } }[];
  moveOnPlan: { id: string; status: string } | null;
}

export const CASE = `query Case($id: ID!) {
  supportCase(id: $id) {
    id status setting area openedOn closedOn closeReason overdue supportEndsOn
    survivor {
      id preferredName reference nrmStatus reasonableGroundsOverdue ageStatus gender nrmReferredOn
      nrmDecisions { decision decidedOn notifiedOn reconsideration recordedAt }
    }
    supportEndHistory { at basis rule supportEndsOn by { displayName } }
    recoveryNeedsAssessments { id status submittedOn decidedOn supportUntil needs note }
    placements { id status safehouse { name } bed { label } }
    moveOnPlan { id status }
  }
}`;

export const OPEN_CASE = `mutation OpenCase($input: OpenSupportCaseInput!) { openSupportCase(input: $input) { id } }`;

export const RECORD_REFERRAL = `mutation RecordReferral($survivorId: ID!, $referredOn: Date!) {
  recordNrmReferral(survivorId: $survivorId, referredOn: $referredOn) { id nrmStatus }
}`;

export const RECORD_DECISION = `mutation RecordDecision($input: RecordNrmDecisionInput!) {
  recordNrmDecision(input: $input) { id nrmStatus }
}`;

export const REQUEST_RECONSIDERATION = `mutation RequestReconsideration($survivorId: ID!, $requestedOn: Date!) {
  requestNrmReconsideration(survivorId: $survivorId, requestedOn: $requestedOn) { id nrmStatus }
}`;

export const WITHDRAW = `mutation Withdraw($survivorId: ID!, $on: Date!) {
  withdrawFromNrm(survivorId: $survivorId, on: $on) { id nrmStatus }
}`;

export const SUBMIT_RNA = `mutation SubmitRna($input: SubmitRecoveryNeedsAssessmentInput!) {
  submitRecoveryNeedsAssessment(input: $input) { id status }
}`;

export const DECIDE_RNA = `mutation DecideRna($input: RecoveryNeedsAssessmentOutcomeInput!) {
  recordRecoveryNeedsAssessmentOutcome(input: $input) { id status supportUntil }
}`;

export const EXTEND_SUPPORT = `mutation ExtendSupport($input: ExtendSupportInput!) { extendSupport(input: $input) { id supportEndsOn } }`;

export const CLOSE_CASE = `mutation CloseCase($id: ID!, $reason: SupportCaseCloseReason!, $note: String) {
  closeSupportCase(id: $id, reason: $reason, note: $note) { id status closedOn closeReason }
}`;
