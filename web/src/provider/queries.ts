/** The provider coordinator's GraphQL: only the public API on /graphql. */

import { graphql } from '../gql';
import type {
  BoardQuery,
  MoveOnQuery,
  ProviderPlacementFragment,
  SuggestionFragment,
  TodayQuery,
  UnassignedQuery,
} from '../gql/graphql';
export type { BedDayState } from '../gql/graphql';

export const BOARD = graphql(`
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
`);

export const CONFIRM_CAPACITY = graphql(`
  mutation ConfirmCapacity($id: ID!) {
    confirmCapacity(safehouseId: $id) {
      id
      capacityConfirmedAt
      capacityStale
    }
  }
`);

export const SET_OUT_OF_SERVICE = graphql(`
  mutation SetOutOfService($input: BedOutOfServiceInput!) {
    setBedOutOfService(input: $input) {
      id
    }
  }
`);

export const RETURN_TO_SERVICE = graphql(`
  mutation ReturnToService($blockId: ID!) {
    returnBedToService(blockId: $blockId)
  }
`);

export const PLACEMENT_FIELDS = graphql(`
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
`);

/**
 * Page sizes, passed as `$first`: the service's query-cost limit (5,000, with `first` multiplying the
 * cost of each item, written in or passed as a variable alike) allows about 30 placements with the
 * survivor's summary in one request. "Show more" asks for the next page `after` the last cursor.
 */
export const PAGE = 30;
export const LIGHT_PAGE = 35;
/** The service allows 15 aliases a request: suggestions are asked for 10 placements at a time. */
export const SUGGESTION_BATCH = 10;

export const REFERRALS = graphql(`
  query Referrals($providerId: ID!, $first: Int!, $after: String) {
    placements(
      first: $first
      after: $after
      filter: { providerId: $providerId, statuses: [AWAITING_ACCEPTANCE] }
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
`);

export const ACCEPT = graphql(`
  mutation Accept($id: ID!) {
    acceptPlacement(placementId: $id) {
      id
      status
    }
  }
`);
export const DECLINE = graphql(`
  mutation Decline($id: ID!, $reason: DeclineReason!, $note: String) {
    declinePlacement(placementId: $id, reason: $reason, note: $note) {
      id
      status
      declineReason
    }
  }
`);

/** Lighter than PLACEMENT (a name is enough to greet someone at the door), so more fit a page. */
export const TODAY = graphql(`
  query Today($providerId: ID!, $first: Int!, $after: String) {
    placements(first: $first, after: $after, filter: { providerId: $providerId, statuses: [CONFIRMED, ARRIVED] }) {
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
`);

export const ARRIVE = graphql(`
  mutation Arrive($id: ID!) {
    recordArrival(placementId: $id) {
      id
      status
      arrivedAt
    }
  }
`);
export const NO_SHOW = graphql(`
  mutation NoShow($id: ID!) {
    recordNoShow(placementId: $id) {
      id
      status
    }
  }
`);
export const DEPART = graphql(`
  mutation Depart($id: ID!, $destination: MoveOnDestination!) {
    recordDeparture(placementId: $id, destination: $destination) {
      id
      status
      departedAt
      destination
    }
  }
`);

export const UNASSIGNED = graphql(`
  query Unassigned($providerId: ID!, $first: Int!, $after: String) {
    placements(first: $first, after: $after, filter: { providerId: $providerId, statuses: [CONFIRMED, ARRIVED] }) {
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
`);

export const SUGGESTION_FIELDS = graphql(`
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
`);

/**
 * One request for the suggestions of every placement shown, an alias per placement: built at run
 * time, so typed by hand as the Suggestion fragment it spreads.
 */
export function suggestionsQuery(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$p${i}: ID!`).join(', ');
  const fields = Array.from(
    { length: count },
    (_, i) => `s${i}: suggestSupportWorkers(placementId: $p${i}, limit: 3) { ...Suggestion }`,
  ).join('\n');
  return `query Suggestions(${variables}) {\n${fields}\n}\n${SUGGESTION_FIELDS.toString()}`;
}

export const ASSIGN = graphql(`
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
`);

export const MOVE_ON = graphql(`
  query MoveOn($providerId: ID!, $before: Date!, $first: Int!, $after: String) {
    moveOnPlans(first: $first, after: $after, filter: { providerId: $providerId, supportEndsBefore: $before }) {
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
`);

export const ACTIVATE_PLAN = graphql(`
  mutation ActivatePlan($id: ID!) {
    activateMoveOnPlan(planId: $id) {
      id
      status
    }
  }
`);

export const PLACEMENT_CHANGED = graphql(`
  subscription ProviderPlacementChanged {
    placementChanged {
      placementId
      safehouseId
      status
      at
    }
  }
`);

export type BoardHouse = NonNullable<BoardQuery['provider']>['safehouses'][number];
export type Placement = ProviderPlacementFragment;
export type Survivor = NonNullable<Placement['survivor']>;
export type TodayPlacement = TodayQuery['placements']['edges'][number]['node'];
export type UnassignedPlacement = UnassignedQuery['placements']['edges'][number]['node'];
export type Suggestion = SuggestionFragment;
export type MoveOnPlan = MoveOnQuery['moveOnPlans']['edges'][number]['node'];
