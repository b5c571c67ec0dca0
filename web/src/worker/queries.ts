/**
 * What a support worker's day needs, and no more: the API gives a SUPPORT_WORKER only the cases they
 * are assigned to now. No address is asked for: a resident's house is named, never located.
 */
import { graphql } from '../gql';
import type { CaseloadQuery, GoalStatus, MoveOnArea } from '../gql/graphql';

export type { GoalStatus };

/** A caseload is rarely more: a page this size keeps within the API's query cost with the goals' owners. */
export const PAGE = 15;

export const CASELOAD = graphql(`
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
`);

export const UPDATE_GOAL = graphql(`
  mutation UpdateGoal($goalId: ID!, $input: UpdateMoveOnGoalInput!) {
    updateMoveOnGoal(goalId: $goalId, input: $input) {
      id
      status
      note
    }
  }
`);

export const SUBMIT_RNA = graphql(`
  mutation WorkerSubmitRna($input: SubmitRecoveryNeedsAssessmentInput!) {
    submitRecoveryNeedsAssessment(input: $input) {
      id
      status
      submittedOn
    }
  }
`);

export const GOAL_STATUSES: GoalStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED'];

export const MOVE_ON_AREAS: MoveOnArea[] = [
  'ACCOMMODATION',
  'COMMUNITY_AND_WELLBEING',
  'EMPLOYMENT_AND_EDUCATION',
  'FINANCE_AND_BENEFITS',
  'HEALTH',
  'LEGAL_ADVICE',
  'SAFETY',
];

export type SupportCase = CaseloadQuery['supportCases']['edges'][number]['node'];
export type Goal = NonNullable<SupportCase['moveOnPlan']>['goals'][number];
