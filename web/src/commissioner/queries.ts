/** What the commissioner's views ask of the public API, and the shapes of the answers. */
import type { Rating } from './quality-sort';

export type { Rating };
export type ActionStatus = 'OPEN' | 'COMPLETED' | 'VERIFIED';
export type Gender = 'WOMAN' | 'MAN' | 'NON_BINARY';
export type SafehouseKind = 'SAFEHOUSE' | 'PRE_NRM_EMERGENCY';

export const COMMISSIONERS = `query Commissioners { commissioners { id name region } }`;

export interface CommissionersAnswer {
  commissioners: { id: string; name: string; region: string | null }[];
}

export const QUALITY = `query Quality($commissionerId: ID) {
  qualityOverview(commissionerId: $commissionerId) {
    latestRating lastInspectedOn nextInspectionDueOn inspectionOverdue openActions overdueActions referralsSuspended
    safehouse {
      id name area suspensionReason
      provider { id name }
      latestInspection { id actions { dueOn status } }
    }
  }
}`;

export interface QualityAnswer {
  qualityOverview: {
    latestRating: Rating | null;
    lastInspectedOn: string | null;
    nextInspectionDueOn: string | null;
    inspectionOverdue: boolean;
    openActions: number;
    overdueActions: number;
    referralsSuspended: boolean;
    safehouse: {
      id: string;
      name: string;
      area: string;
      suspensionReason: string | null;
      provider: { id: string; name: string };
      latestInspection: { id: string; actions: { dueOn: string; status: ActionStatus }[] } | null;
    };
  }[];
}

export const UNMET_DEMAND = `query UnmetDemand($from: DateTime!, $to: DateTime!) {
  unmetDemand(from: $from, to: $to) {
    guestGender withDependants needsAccessibleBed kind searches searchesWithNoResult declines
  }
}`;

export interface UnmetDemandRow {
  guestGender: Gender;
  withDependants: boolean;
  needsAccessibleBed: boolean;
  kind: SafehouseKind | null;
  searches: number;
  searchesWithNoResult: number;
  declines: number;
}

export interface UnmetDemandAnswer {
  unmetDemand: UnmetDemandRow[];
}

const SAFEHOUSE_FIELDS = `id name area referralsSuspended suspensionReason provider { id name } latestInspection { id }`;

export const INSPECTION = `query Inspection($id: ID!) {
  inspection(id: $id) {
    id inspectedOn kind status inspectorName overallRating overallRatingOverridden overrideReason
    publishedAt nextInspectionDueOn
    commissioner { id name }
    safehouse { ${SAFEHOUSE_FIELDS} }
    ratings { keyQuestion rating summary }
    findings { standard outcome notes }
    actions { id description keyQuestion dueOn status overdue completedAt evidence verifiedAt }
  }
}`;

export interface InspectionAction {
  id: string;
  description: string;
  keyQuestion: string | null;
  dueOn: string;
  status: ActionStatus;
  overdue: boolean;
  completedAt: string | null;
  evidence: string | null;
  verifiedAt: string | null;
}

export interface SafehouseSummary {
  id: string;
  name: string;
  area: string;
  referralsSuspended: boolean;
  suspensionReason: string | null;
  provider: { id: string; name: string };
  latestInspection: { id: string } | null;
}

export interface Inspection {
  id: string;
  inspectedOn: string;
  kind: string;
  status: 'DRAFT' | 'PUBLISHED';
  inspectorName: string;
  overallRating: Rating;
  overallRatingOverridden: boolean;
  overrideReason: string | null;
  publishedAt: string | null;
  nextInspectionDueOn: string | null;
  commissioner: { id: string; name: string };
  safehouse: SafehouseSummary;
  ratings: { keyQuestion: string; rating: Rating; summary: string }[];
  findings: { standard: string; outcome: string; notes: string | null }[];
  actions: InspectionAction[];
}

export interface InspectionAnswer {
  inspection: Inspection | null;
}

export const VERIFY_ACTION = `mutation VerifyAction($actionId: ID!) {
  verifyInspectionAction(actionId: $actionId) { id status overdue verifiedAt completedAt evidence }
}`;

export const SUSPEND_REFERRALS = `mutation SuspendReferrals($safehouseId: ID!, $reason: String!) {
  suspendReferrals(safehouseId: $safehouseId, reason: $reason) { ${SAFEHOUSE_FIELDS} }
}`;

export const RESUME_REFERRALS = `mutation ResumeReferrals($safehouseId: ID!) {
  resumeReferrals(safehouseId: $safehouseId) { ${SAFEHOUSE_FIELDS} }
}`;

export const INSPECTIONS = `query Inspections($filter: InspectionFilter, $after: String) {
  inspections(filter: $filter, first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id inspectedOn status overallRating
      safehouse { id name area provider { id name } }
      actions { status overdue }
    } }
  }
}`;

export interface InspectionListItem {
  id: string;
  inspectedOn: string;
  status: 'DRAFT' | 'PUBLISHED';
  overallRating: Rating;
  safehouse: { id: string; name: string; area: string; provider: { id: string; name: string } };
  actions: { status: ActionStatus; overdue: boolean }[];
}

export interface InspectionsAnswer {
  inspections: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: InspectionListItem }[];
  };
}
