/** The coordinator's support cases and the NRM journey: only the public API on /graphql. */

import { graphql } from '../gql';
import type { CaseQuery, CasesQuery } from '../gql/graphql';

/**
 * Small enough a case that a page of them stays under the query-cost limit (CASE_PAGE cases with
 * their survivor, RNAs and placements).
 */
export const CASE_PAGE = 20;

export const CASES = graphql(`
  query Cases($providerId: ID!, $first: Int!, $after: String) {
    supportCases(first: $first, after: $after, filter: { providerId: $providerId, status: OPEN }) {
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
`);

export const CASE = graphql(`
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
`);

export const OPEN_CASE = graphql(`
  mutation OpenCase($input: OpenSupportCaseInput!) {
    openSupportCase(input: $input) {
      id
    }
  }
`);

export const RECORD_REFERRAL = graphql(`
  mutation RecordReferral($survivorId: ID!, $referredOn: Date!) {
    recordNrmReferral(survivorId: $survivorId, referredOn: $referredOn) {
      id
      nrmStatus
    }
  }
`);

export const RECORD_DECISION = graphql(`
  mutation RecordDecision($input: RecordNrmDecisionInput!) {
    recordNrmDecision(input: $input) {
      id
      nrmStatus
    }
  }
`);

export const REQUEST_RECONSIDERATION = graphql(`
  mutation RequestReconsideration($survivorId: ID!, $requestedOn: Date!) {
    requestNrmReconsideration(survivorId: $survivorId, requestedOn: $requestedOn) {
      id
      nrmStatus
    }
  }
`);

export const WITHDRAW = graphql(`
  mutation Withdraw($survivorId: ID!, $on: Date!) {
    withdrawFromNrm(survivorId: $survivorId, on: $on) {
      id
      nrmStatus
    }
  }
`);

export const SUBMIT_RNA = graphql(`
  mutation SubmitRna($input: SubmitRecoveryNeedsAssessmentInput!) {
    submitRecoveryNeedsAssessment(input: $input) {
      id
      status
    }
  }
`);

export const DECIDE_RNA = graphql(`
  mutation DecideRna($input: RecoveryNeedsAssessmentOutcomeInput!) {
    recordRecoveryNeedsAssessmentOutcome(input: $input) {
      id
      status
      supportUntil
    }
  }
`);

export const EXTEND_SUPPORT = graphql(`
  mutation ExtendSupport($input: ExtendSupportInput!) {
    extendSupport(input: $input) {
      id
      supportEndsOn
    }
  }
`);

export const CLOSE_CASE = graphql(`
  mutation CloseCase($id: ID!, $reason: SupportCaseCloseReason!, $note: String) {
    closeSupportCase(id: $id, reason: $reason, note: $note) {
      id
      status
      closedOn
      closeReason
    }
  }
`);

export type CaseSummary = CasesQuery['supportCases']['edges'][number]['node'];
export type SupportCaseDetail = NonNullable<CaseQuery['supportCase']>;
export type NrmDecision = SupportCaseDetail['survivor']['nrmDecisions'][number];
export type RecoveryNeedsAssessment = SupportCaseDetail['recoveryNeedsAssessments'][number];
