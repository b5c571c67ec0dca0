/** What the commissioner's views ask of the public API, and the shapes of the answers. */
import { graphql } from '../gql';
import type {
  CommissionedSafehouseFragment,
  InspectionQuery,
  InspectionsQuery,
  QualityQuery,
  UnmetDemandQuery,
} from '../gql/graphql';

export type { ActionStatus, Gender, Rating, SafehouseKind } from '../gql/graphql';

export const COMMISSIONERS = graphql(`
  query Commissioners {
    commissioners {
      id
      name
      region
    }
  }
`);

export const QUALITY = graphql(`
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
`);

export const UNMET_DEMAND = graphql(`
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
`);

export const SAFEHOUSE_FIELDS = graphql(`
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
`);

export const INSPECTION = graphql(`
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
`);

export const VERIFY_ACTION = graphql(`
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
`);

export const SUSPEND_REFERRALS = graphql(`
  mutation SuspendReferrals($safehouseId: ID!, $reason: String!) {
    suspendReferrals(safehouseId: $safehouseId, reason: $reason) {
      ...CommissionedSafehouse
    }
  }
`);

export const RESUME_REFERRALS = graphql(`
  mutation ResumeReferrals($safehouseId: ID!) {
    resumeReferrals(safehouseId: $safehouseId) {
      ...CommissionedSafehouse
    }
  }
`);

export const INSPECTIONS = graphql(`
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
`);

export type QualityAnswer = QualityQuery;
export type UnmetDemandRow = UnmetDemandQuery['unmetDemand'][number];
export type SafehouseSummary = CommissionedSafehouseFragment;
export type Inspection = NonNullable<InspectionQuery['inspection']>;
export type InspectionAction = Inspection['actions'][number];
export type InspectionListItem = InspectionsQuery['inspections']['edges'][number]['node'];
