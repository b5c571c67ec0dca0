/**
 * What a support worker's day needs, and no more: the API gives a SUPPORT_WORKER only the cases they
 * are assigned to now. No address is asked for: a resident's house is named, never located.
 */
/** A caseload is rarely more: a page this size keeps within the API's query cost with the goals' owners. */
export const PAGE = 15;

export const CASELOAD = `query Caseload($first: Int, $after: String) {
  supportCases(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id setting status area supportEndsOn overdue
      survivor { id preferredName reference languages interpreterNeeded accessibilityNeeds nrmStatus }
      placements { id status safehouse { id name } }
      recoveryNeedsAssessments { id status submittedOn }
      moveOnPlan { id status goals { id area description status dueOn note owner { id user { id } } } }
    } }
  }
}`;

export const UPDATE_GOAL = `mutation UpdateGoal($goalId: ID!, $input: UpdateMoveOnGoalInput!) {
  updateMoveOnGoal(goalId: $goalId, input: $input) { id status note }
}`;

export const SUBMIT_RNA = `mutation SubmitRna($input: SubmitRecoveryNeedsAssessmentInput!) {
  submitRecoveryNeedsAssessment(input: $input) { id status submittedOn }
}`;

export type GoalStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'BLOCKED';

export const GOAL_STATUSES: GoalStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED'];

export const MOVE_ON_AREAS = [
  'ACCOMMODATION',
  'COMMUNITY_AND_WELLBEING',
  'EMPLOYMENT_AND_EDUCATION',
  'FINANCE_AND_BENEFITS',
  'HEALTH',
  'LEGAL_ADVICE',
  'SAFETY',
];

export interface Goal {
  id: string;
  area: string;
  description: string;
  status: GoalStatus;
  dueOn: string | null;
  note: string | null;
  owner: { id: string; user: { id: string } | null } | null;
}

export interface SupportCase {
  id: string;
  setting: 'OUTREACH' | 'ACCOMMODATED';
  status: string;
  area: string | null;
  supportEndsOn: string | null;
  overdue: boolean;
  survivor: {
    id: string;
    preferredName: string | null;
    reference: string | null;
    languages: string[];
    interpreterNeeded: boolean;
    accessibilityNeeds: string | null;
    nrmStatus: string;
  };
  placements: { id: string; status: string; safehouse: { id: string; name: string } }[];
  recoveryNeedsAssessments: { id: string; status: string; submittedOn: string }[];
  moveOnPlan: { id: string; status: string; goals: Goal[] } | null;
}
